import { LENGTH_BUDGETS, type Purpose } from './kinds';
import { RULES } from './registry';

const SEVERITY_LABEL = { error: 'error (exit code 1)', warning: 'warning', info: 'info' } as const;

/**
 * Renders docs/rules.md from the rule registry, so the document can never disagree with the code
 * (a test fails when the committed file is stale; `npm run docs:rules` rewrites it).
 *
 * @example
 * writeFileSync('docs/rules.md', renderRulesDoc());
 */
export function renderRulesDoc(): string {
  const out: string[] = [
    '# Checker rules',
    '',
    '<!-- Generated from src/core/check/registry.ts by `npm run docs:rules` (scripts/gen-rules-doc.mjs). Do not edit by hand. -->',
    '',
    '`rebound check` lints a message against these rules (contract section 1). Seeds are the articles in',
    '`seeds/`, cited by number. A clean, well-written note gets no finding at all.',
    '',
    `Length budgets: email body ${LENGTH_BUDGETS.email.paragraphs} paragraphs and ${LENGTH_BUDGETS.email.words} words ` +
      `(without the subject, greeting line and sign-off); letter ${LENGTH_BUDGETS.letter.words} words; ` +
      `call script ${LENGTH_BUDGETS.call.words} words.`,
    '',
    '| rule | severity | applies to | not for purposes |',
    '| --- | --- | --- | --- |',
    ...RULES.map(
      (r) =>
        `| [\`${r.id}\`](#${r.id}) | ${r.severity} | ${r.kinds.join(', ')} | ${purposes(r.skipPurposes)} |`,
    ),
    '',
  ];
  for (const r of RULES) {
    out.push(
      `## ${r.id}`,
      '',
      `Severity: ${SEVERITY_LABEL[r.severity]}. Applies to: ${r.kinds.join(', ')}.` +
        (r.skipPurposes.length ? ` Not checked for: ${purposes(r.skipPurposes)}.` : ''),
      '',
      `**Fires when** ${lowerFirst(r.doc.firesWhen)}`,
      '',
      `**Why it matters.** ${r.doc.why}${r.doc.seeds.length ? ` (Seeds ${r.doc.seeds.join(', ')}.)` : ''}`,
      '',
      '**Flagged:**',
      '',
      quote(r.doc.bad),
      '',
      '**Better:**',
      '',
      quote(r.doc.good),
      '',
      `Message shown: “${r.message}”`,
      '',
    );
  }
  return out.join('\n');
}

function purposes(list: readonly Purpose[]): string {
  return list.length ? list.join(', ') : '—';
}

function quote(text: string): string {
  return text
    .split('\n')
    .map((l) => (l ? `> ${l}` : '>'))
    .join('\n');
}

function lowerFirst(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s;
}
