import type { CheckResult, Finding } from '../core/check';

/**
 * Turns checker findings into what the editor shows: inline highlights over the body, and the
 * one-click fixes the person may apply. Findings are positioned on the whole message (an email
 * starts with its `Subject:` line); the editor edits the body, so positions shift by the prefix.
 */

/** Rules about something missing from the message as a whole: listed, not highlighted inline. */
const WHOLE_MESSAGE_RULES = new Set([
  'missing-gratitude',
  'missing-evidence',
  'missing-interest',
  'missing-next-step',
  'missing-personalization',
  'missing-subject',
  'too-long',
]);

/** Rules whose flagged sentence is best removed outright (the suggestion says to delete or replace it). */
const REMOVE_SENTENCE_RULES = new Set([
  'minor-mistake',
  'apology',
  'over-candid',
  'excuse',
  'too-personal',
  'pushy',
]);

/** Rules whose example sentence is safe to insert as a starting point (no invented facts). */
const INSERT_EXAMPLE_RULES = new Map<string, 'start' | 'end'>([
  ['missing-gratitude', 'start'],
  ['missing-interest', 'end'],
  ['missing-next-step', 'end'],
]);

export type EditorFinding = Finding & {
  key: string;
  /** Offsets in the body being edited; null when the finding is in the subject line. */
  bodyStart: number | null;
  bodyEnd: number | null;
  isInline: boolean;
  fix: Fix | null;
};

export type Fix = { label: string; start: number; end: number; insert: string };

/** The whole message the checker reads for a draft. */
export function messageOf(subject: string | null, body: string): { text: string; prefix: number } {
  if (subject === null) return { text: body, prefix: 0 };
  const head = `Subject: ${subject}\n\n`;
  return { text: head + body, prefix: head.length };
}

/** The sentence around [start, end): back to the previous sentence end, forward past the next. */
export function sentenceAround(body: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  while (s > 0 && !/[.!?\n]/.test(body[s - 1]!)) s -= 1;
  while (s < start && /\s/.test(body[s]!)) s += 1;
  let e = end;
  while (e < body.length && !/[.!?\n]/.test(body[e]!)) e += 1;
  if (e < body.length && /[.!?]/.test(body[e]!)) e += 1;
  while (e < body.length && body[e] === ' ') e += 1;
  return { start: s, end: e };
}

function exampleOf(suggestion: string | undefined): string | null {
  const m = /“([^”]+)”/.exec(suggestion ?? '');
  return m ? m[1]! : null;
}

function fixFor(f: Finding, body: string, start: number, end: number): Fix | null {
  if (f.rule === 'hedging' && end > start) {
    // Remove the hedge and one space next to it.
    const after = body[end] === ' ' ? end + 1 : end;
    return { label: 'Remove the hedge', start, end: after, insert: '' };
  }
  if (REMOVE_SENTENCE_RULES.has(f.rule) && end > start) {
    const s = sentenceAround(body, start, end);
    return { label: 'Remove this sentence', start: s.start, end: s.end, insert: '' };
  }
  const where = INSERT_EXAMPLE_RULES.get(f.rule);
  const example = exampleOf(f.suggestion);
  if (where && example) {
    const at = where === 'start' ? start : end;
    const before = where === 'start' ? '' : ' ';
    const after = where === 'start' ? ' ' : '';
    return {
      label: 'Add an example sentence to edit',
      start: at,
      end: at,
      insert: `${before}${example}${after}`,
    };
  }
  return null;
}

/**
 * The findings of a check, placed on the body the editor shows.
 *
 * @example
 * const findings = placeFindings(result, prefix, body);
 */
export function placeFindings(result: CheckResult, prefix: number, body: string): EditorFinding[] {
  return result.findings.map((f, i) => {
    const isInSubject = f.start.offset < prefix && f.end.offset <= prefix && prefix > 0;
    const bodyStart = isInSubject ? null : Math.max(0, f.start.offset - prefix);
    const bodyEnd = isInSubject ? null : Math.max(0, f.end.offset - prefix);
    const isInline = !isInSubject && !WHOLE_MESSAGE_RULES.has(f.rule) && bodyEnd! > bodyStart!;
    return {
      ...f,
      key: `${f.rule}-${f.start.offset}-${i}`,
      bodyStart,
      bodyEnd,
      isInline,
      fix: bodyStart === null ? null : fixFor(f, body, bodyStart, bodyEnd!),
    };
  });
}

/** Applies a fix to the body, tidying a doubled space it may leave. */
export function applyFix(body: string, fix: Fix): string {
  const next = body.slice(0, fix.start) + fix.insert + body.slice(fix.end);
  return next.replace(/ {2,}/g, ' ').replace(/ +\n/g, '\n');
}

export type Segment = { text: string; severity: Finding['severity'] | null; key: string };

const RANK = { error: 3, warning: 2, info: 1 } as const;

/**
 * Splits the body into plain and highlighted runs for the backdrop behind the textarea. Where
 * findings overlap, the most serious one colours the run.
 *
 * @example
 * segmentsOf('I think maybe it went badly', findings); // [{ text: 'I think maybe', severity: 'info' }, ...]
 */
export function segmentsOf(body: string, findings: readonly EditorFinding[]): Segment[] {
  const level = new Array<number>(body.length + 1).fill(0);
  for (const f of findings) {
    if (!f.isInline || f.bodyStart === null || f.bodyEnd === null) continue;
    for (let i = f.bodyStart; i < Math.min(f.bodyEnd, body.length); i++)
      level[i] = Math.max(level[i]!, RANK[f.severity]);
  }
  const byRank = [null, 'info', 'warning', 'error'] as const;
  const out: Segment[] = [];
  let start = 0;
  for (let i = 1; i <= body.length; i++) {
    if (i === body.length || level[i] !== level[start]) {
      out.push({ text: body.slice(start, i), severity: byRank[level[start]!]!, key: `${start}` });
      start = i;
    }
  }
  return out;
}
