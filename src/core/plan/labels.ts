import type { ActionType } from './types';

/** Short names of the plan's actions as a person reads them (timeline, calendar entries). */
export const ACTION_LABELS: Record<ActionType, string> = {
  'cool-off': 'Cool off',
  'rebuild-answers': 'Rebuild your weak answers',
  'gather-evidence': 'Gather your evidence',
  'recovery-email': 'Send the recovery email',
  'thank-you-email': 'Send a thank-you note',
  'expansive-letter': 'Send the longer letter',
  call: 'Call to elaborate',
  apology: 'Apologize for the incident',
  'make-amends': 'Make amends',
  'disclose-distraction': 'Briefly explain the emergency',
  withdraw: 'Withdraw graciously',
  'feedback-request': 'Ask for feedback',
  'congratulate-self': 'Celebrate the offer',
  wait: 'Wait quietly',
  lessons: 'Keep the lessons',
};
