import { describe, expect, it } from 'vitest';
import { checkMessage } from '../core/check';
import { renderFindings, summarizeFindings } from './render-findings';

describe('renderFindings', () => {
  const result = checkMessage('Hi Dana,\n\nI am sorry. Hopefully this helps.\n\nBest,\nSam');

  it('lists each finding as place, severity, message and rule, then counts them', () => {
    const out = renderFindings({ result, isColour: false });
    expect(out).toMatch(/^ {2}3:1-3:11 +error {4}Apologizing/m);
    expect(out).toMatch(/ {2}apology\n/);
    expect(out.trimEnd().split('\n').at(-1)).toBe(summarizeFindings(result.findings));
  });

  it('colours severities only when asked', () => {
    expect(renderFindings({ result, isColour: false })).not.toContain('\u001b[');
    expect(renderFindings({ result, isColour: true })).toContain('\u001b[31m');
  });

  it.each([
    [[], 'No problems found'],
    [['error', 'error', 'warning'], '2 errors, 1 warning'],
    [['warning', 'info'], '1 warning, 1 info'],
  ] as const)('summarizes %j as %s', (severities, text) => {
    const findings = severities.map((severity) => ({ ...result.findings[0]!, severity }));
    expect(summarizeFindings(findings)).toBe(text);
  });
});
