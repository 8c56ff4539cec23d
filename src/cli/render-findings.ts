import { createColors } from 'picocolors';
import type { CheckResult, Finding, Severity } from '../core/check';

export type FindingsView = {
  result: CheckResult;
  /** Shown as a header line (the file name), when given. */
  source?: string;
  isColour: boolean;
};

const PLURAL: Record<Severity, [string, string]> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  info: ['info', 'infos'],
};

/**
 * Renders findings in the familiar lint layout, one per line, then a summary:
 *
 * ```
 *   3:1-3:24  error    Apologizing keeps …  apology
 *
 * 1 error, 2 warnings
 * ```
 *
 * @example
 * io.stdout(renderFindings({ result: checkMessage(text), source: 'note.txt', isColour: io.isTTY }));
 */
export function renderFindings(v: FindingsView): string {
  const c = createColors(v.isColour);
  const { findings } = v.result;
  const out: string[] = [];
  if (v.source && findings.length) out.push(c.underline(v.source));
  const places = findings.map(place);
  const placeWidth = Math.max(0, ...places.map((p) => p.length));
  const colourOf = (s: Severity) => (s === 'error' ? c.red : s === 'warning' ? c.yellow : c.blue);
  findings.forEach((f, i) => {
    const where = c.dim((places[i] ?? '').padEnd(placeWidth));
    const severity = colourOf(f.severity)(f.severity.padEnd(7));
    out.push(`  ${where}  ${severity}  ${f.message}  ${c.dim(f.rule)}`);
    if (f.suggestion)
      out.push(`  ${' '.repeat(placeWidth)}  ${' '.repeat(7)}  ${c.dim(`→ ${f.suggestion}`)}`);
  });
  if (findings.length) out.push('');
  out.push(summarize(findings, c));
  return `${out.join('\n')}\n`;
}

/** "2 errors, 1 warning" or "No problems found". */
export function summarizeFindings(findings: readonly Finding[]): string {
  return summarize(findings, createColors(false));
}

function summarize(findings: readonly Finding[], c: ReturnType<typeof createColors>): string {
  if (findings.length === 0) return c.green('No problems found');
  const counts = (['error', 'warning', 'info'] as const)
    .map((s) => [s, findings.filter((f) => f.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${PLURAL[s][n === 1 ? 0 : 1]}`)
    .join(', ');
  return findings.some((f) => f.severity === 'error') ? c.red(c.bold(counts)) : c.yellow(counts);
}

function place(f: Finding): string {
  return `${f.start.line}:${f.start.column}-${f.end.line}:${f.end.column}`;
}
