/**
 * The message kinds and purposes of contract section 1: the one place their names live.
 */

/** What is being checked: an email (with a `Subject:` line), a longer letter, or a phone-call script. */
export const MESSAGE_KINDS = ['email', 'letter', 'call'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

/** What the message is for; some rules do not apply to every purpose. */
export const PURPOSES = ['recovery', 'thank-you', 'withdraw', 'feedback'] as const;
export type Purpose = (typeof PURPOSES)[number];

/** The severities of findings, from most to least serious. */
export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Word budgets per kind (contract: `too-long`). An email also has a paragraph budget. */
export const LENGTH_BUDGETS = {
  email: { words: 180, paragraphs: 2 },
  letter: { words: 450, paragraphs: null },
  call: { words: 220, paragraphs: null },
} as const satisfies Record<MessageKind, { words: number; paragraphs: number | null }>;

/**
 * The largest message the checker accepts, in UTF-16 code units (1 MiB). Far beyond any real note,
 * it keeps a pasted log or a binary file from tying up the CLI or the server.
 */
export const MAX_MESSAGE_LENGTH = 1024 * 1024;
