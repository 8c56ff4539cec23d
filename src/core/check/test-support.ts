import { parseDebrief } from '../debrief/parse';
import type { Debrief, DebriefInput } from '../debrief/schema';
import { checkMessage, type CheckOptions } from './check-message';
import type { RuleId } from './registry';

/** Test helper: the excerpts of `text` that one rule flags. */
export function flagged(rule: RuleId, text: string, opts: CheckOptions = {}): string[] {
  return checkMessage(text, { kind: 'call', ...opts })
    .findings.filter((f) => f.rule === rule)
    .map((f) => text.slice(f.start.offset, f.end.offset));
}

/** Test helper: whether `rule` fires on `text`. */
export function fires(rule: RuleId, text: string, opts: CheckOptions = {}): boolean {
  return flagged(rule, text, opts).length > 0;
}

/** Test helper: a valid debrief with defaults applied, overridable per test. */
export function debriefOf(overrides: Partial<DebriefInput> = {}): Debrief {
  const parsed = parseDebrief({
    company: 'Northwind Logistics',
    role: 'Operations Analyst',
    interviewer: { name: 'Dana Whitfield' },
    interviewAt: '2026-11-20T10:30:00-05:00',
    wantJob: 'yes',
    ...overrides,
  });
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

/** A complete, clean recovery email to vary one part at a time. */
export const CLEAN_EMAIL = `Subject: Thank you, and more on forecasting

Hi Dana,

Thank you for your time this morning. At Bellhaven I rebuilt the weekly demand model, and forecast error fell from 18% to 7% in two quarters.

I am very interested in the Operations Analyst role at Northwind, and I would be glad to walk you through the model.

Best regards,
Sam Rivera
`;
