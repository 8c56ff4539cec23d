/** The plan's vocabulary (contract section 2): one registry per concept, unions derived from them. */

export const VERDICTS = ['recover', 'fine', 'withdraw', 'closed'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const ACTION_TYPES = [
  'cool-off',
  'rebuild-answers',
  'gather-evidence',
  'recovery-email',
  'thank-you-email',
  'expansive-letter',
  'call',
  'apology',
  'make-amends',
  'disclose-distraction',
  'withdraw',
  'feedback-request',
  'congratulate-self',
  'wait',
  'lessons',
] as const;
export type ActionType = (typeof ACTION_TYPES)[number];

/** The messages that can open the conversation after the interview (rule 5's "first message"). */
export const FIRST_MESSAGE_TYPES = ['recovery-email', 'thank-you-email', 'expansive-letter'] as const;
export type FirstMessageType = (typeof FIRST_MESSAGE_TYPES)[number];

/** Action types that are a message to the interviewer: these are the ones a draft exists for. */
export const MESSAGE_TYPES = [
  'recovery-email',
  'thank-you-email',
  'expansive-letter',
  'call',
  'withdraw',
  'feedback-request',
] as const;
export type MessageType = (typeof MESSAGE_TYPES)[number];

export type Action = {
  type: ActionType;
  /** ISO 8601 with the person's offset; never earlier than the plan's `now`. */
  due: string;
  /** One calm sentence or two on why this step, and what to do. */
  why: string;
  /** Ids of the mishaps and missed points this action deals with. */
  addresses?: string[];
};

export type Plan = {
  verdict: Verdict;
  /** Ids of the mishaps and missed points the messages should address. */
  address: string[];
  /** Ids of mishaps not to mention. */
  leaveAlone: string[];
  actions: Action[];
};
