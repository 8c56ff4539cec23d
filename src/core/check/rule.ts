import type { Debrief } from '../debrief/schema';
import type { MessageKind, Purpose, Severity } from './kinds';
import type { ParsedMessage } from './text/parse-message';
import type { Span } from './text/span';

/** What a rule sees: the parsed message, its kind and purpose, and the debrief when one is given. */
export type RuleContext = {
  message: ParsedMessage;
  kind: MessageKind;
  purpose: Purpose;
  debrief: Debrief | null;
};

/** One place a rule fires, with an optional message and suggestion that replace the rule's defaults. */
export type RuleHit = Span & { message?: string; suggestion?: string };

/** What the generated rules document says about a rule: kept next to the rule so the two agree. */
export type RuleDoc = {
  /** When the rule fires, in one sentence. */
  firesWhen: string;
  /** Why it matters, citing the seed articles by number. */
  why: string;
  /** Seed numbers the rule comes from (`000`…`004`); empty for prose-quality rules. */
  seeds: readonly string[];
  /** A short passage that triggers the rule, in our own words. */
  bad: string;
  /** The same passage rewritten so the rule stays quiet. */
  good: string;
};

/** A checker rule: one id, one severity, one job. Findings are data; a rule never throws on input. */
export type Rule<Id extends string = string> = {
  id: Id;
  severity: Severity;
  /** The kinds of message the rule applies to. */
  kinds: readonly MessageKind[];
  /** Purposes for which the rule does not apply (contract section 1 table). */
  skipPurposes: readonly Purpose[];
  /** The default finding message: what is wrong and why, in words a person understands. */
  message: string;
  /** Default advice or replacement text. */
  suggestion?: string;
  doc: RuleDoc;
  check: (ctx: RuleContext) => RuleHit[];
};

/** Declares a rule, keeping its id as a literal type so the registry can derive the id union. */
export function defineRule<const Id extends string>(rule: Rule<Id>): Rule<Id> {
  return rule;
}

export const ALL_KINDS = ['email', 'letter', 'call'] as const satisfies readonly MessageKind[];
