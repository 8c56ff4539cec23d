import { apology } from './rules/apology';
import { excuse } from './rules/excuse';
import { hedging } from './rules/hedging';
import { minorMistake } from './rules/minor-mistake';
import { missingEvidence } from './rules/missing-evidence';
import { missingGratitude } from './rules/missing-gratitude';
import { missingInterest } from './rules/missing-interest';
import { missingNextStep } from './rules/missing-next-step';
import { missingPersonalization } from './rules/missing-personalization';
import { missingSubject } from './rules/missing-subject';
import { overCandid } from './rules/over-candid';
import { placeholder } from './rules/placeholder';
import { pushy } from './rules/pushy';
import { tooLong } from './rules/too-long';
import { tooPersonal } from './rules/too-personal';

/** Every rule of contract section 1, in the contract's order: the one place rule ids live. */
export const RULES = [
  apology,
  overCandid,
  excuse,
  minorMistake,
  missingGratitude,
  missingEvidence,
  missingInterest,
  missingNextStep,
  tooLong,
  placeholder,
  missingPersonalization,
  pushy,
  hedging,
  missingSubject,
  tooPersonal,
] as const;

export type RuleId = (typeof RULES)[number]['id'];

/** The rule ids, in registry order. */
export const RULE_IDS = RULES.map((r) => r.id) as readonly RuleId[];
