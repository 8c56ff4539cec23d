import type { Debrief } from '../debrief/schema';
import type { MessageType } from '../plan/types';
import type { ZoneOffsets } from '../time/zone';
import { composeCall } from './compose-call';
import { composeExpansiveLetter } from './compose-expansive-letter';
import { composeFeedbackRequest } from './compose-feedback-request';
import { composeRecoveryEmail } from './compose-recovery-email';
import { composeThankYouEmail } from './compose-thank-you-email';
import { composeWithdraw } from './compose-withdraw';
import { gatherFacts, type DraftFacts } from './facts';
import { canonicalJson, hashString } from './random';
import { DRAFT_SHAPES, type ComposedText, type Draft } from './types';

export {
  DRAFT_KINDS,
  DRAFT_PURPOSES,
  DRAFT_SHAPES,
  type Draft,
  type DraftKind,
  type DraftPurpose,
} from './types';
export { gatherFacts, type DraftFacts } from './facts';

const COMPOSERS: Record<MessageType, (facts: DraftFacts, seed: number) => ComposedText> = {
  'recovery-email': composeRecoveryEmail,
  'thank-you-email': composeThankYouEmail,
  'expansive-letter': composeExpansiveLetter,
  call: composeCall,
  withdraw: composeWithdraw,
  'feedback-request': composeFeedbackRequest,
};

export type DraftOptions = {
  /** Where UTC offsets of named zones come from (default: Intl); see core/time/zone.ts. */
  zoneOffsets?: ZoneOffsets;
};

/**
 * Drafts one message from the debrief's own facts. Pure and deterministic: what is addressed
 * follows the plan's decision rules (never the clock), and the wording is chosen by a hash of the
 * debrief, so the same debrief always gives the same draft.
 *
 * @example
 * const draft = composeDraft(debrief, 'recovery-email');
 * `Subject: ${draft.subject}\n\n${draft.text}`;
 */
export function composeDraft(debrief: Debrief, type: MessageType, options: DraftOptions = {}): Draft {
  const { kind, purpose } = DRAFT_SHAPES[type];
  const seed = hashString(`${type}\n${canonicalJson(debrief)}`);
  const { subject, text } = COMPOSERS[type](gatherFacts(debrief, options.zoneOffsets), seed);
  return { type, kind, purpose, subject: kind === 'email' ? subject : null, text };
}

/** The message as the checker reads it: emails start with their `Subject:` line. */
export function draftAsMessage(draft: Draft): string {
  return draft.subject ? `Subject: ${draft.subject}\n\n${draft.text}` : draft.text;
}
