import { fail, ok, type Result } from './result';

/** Parses JSON text with a size limit and a message that says what was wrong and where. */
export function parseJsonText(text: string, what: string, maxLength: number): Result<unknown> {
  if (text.length > maxLength) {
    return fail('input/too-large', `The ${what} is too large`, [
      { path: '', message: `expected at most ${maxLength} characters of JSON, got ${text.length}` },
    ]);
  }
  if (text.trim() === '') {
    return fail('input/empty', `The ${what} is empty`, [
      { path: '', message: `expected a JSON ${what}, got empty input` },
    ]);
  }
  try {
    // A byte-order mark (Windows Notepad writes one) is not part of the JSON.
    return ok(JSON.parse(text.replace(/^\uFEFF/, '')) as unknown);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return fail('input/not-json', `The ${what} is not valid JSON`, [
      { path: '', message: `expected valid JSON: ${describeJsonError(text, detail)}` },
    ]);
  }
}

/** Adds a line and column to the engine's "at position N" so the person can find the spot. */
function describeJsonError(text: string, detail: string): string {
  const m = /position (\d+)/.exec(detail);
  if (!m) return detail;
  const offset = Number(m[1]);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `${detail} (line ${line}, column ${column})`;
}
