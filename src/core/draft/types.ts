import type { MessageType } from '../plan/types';

/** The form a draft takes; it decides the checker's budget (contract section 1). */
export const DRAFT_KINDS = ['email', 'letter', 'call'] as const;
export type DraftKind = (typeof DRAFT_KINDS)[number];

/** What a message is for; it decides which checker rules apply (contract section 1). */
export const DRAFT_PURPOSES = ['recovery', 'thank-you', 'withdraw', 'feedback'] as const;
export type DraftPurpose = (typeof DRAFT_PURPOSES)[number];

/** A drafted message. `text` never holds the `Subject:` line; `subject` is null for letters and calls. */
export type Draft = {
  type: MessageType;
  kind: DraftKind;
  purpose: DraftPurpose;
  subject: string | null;
  text: string;
};

/** Kind and purpose of each message type, in one place (contract section 4). */
export const DRAFT_SHAPES: Record<MessageType, { kind: DraftKind; purpose: DraftPurpose }> = {
  'recovery-email': { kind: 'email', purpose: 'recovery' },
  'thank-you-email': { kind: 'email', purpose: 'thank-you' },
  'expansive-letter': { kind: 'letter', purpose: 'recovery' },
  call: { kind: 'call', purpose: 'recovery' },
  withdraw: { kind: 'email', purpose: 'withdraw' },
  'feedback-request': { kind: 'email', purpose: 'feedback' },
};

/**
 * Word budgets the composers aim for: the checker's limits (email body 180, letter 450, call 220)
 * less a margin, because a reader (or another word counter) may count a little differently.
 */
export const WORD_TARGETS: Record<DraftKind, number> = { email: 165, letter: 420, call: 200 };

/** The composers' own text, before the shape is attached. */
export type ComposedText = { subject: string | null; text: string };
