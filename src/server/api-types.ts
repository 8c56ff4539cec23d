import type { Patterns } from '../core/journal/find-patterns';
import type { Debrief, Mishap, MissedPoint } from '../core/debrief/schema';
import type { Outcome } from '../core/debrief/enums';
import type { DraftKind, DraftPurpose } from '../core/draft/types';
import type { ActionType, MessageType, Verdict } from '../core/plan/types';
import type { Answer, ImportSummary, Lesson, StoredDraft } from '../store/types';
import type { ServerMode } from './env';

/**
 * The shapes the API answers with: the web app's only view of the server (types only, so the
 * browser bundle imports nothing of the server's code).
 */

export type { Answer, Debrief, ImportSummary, Lesson, MessageType, Outcome, ServerMode };

export type SessionView = {
  mode: ServerMode;
  /** The signed-in person; in local mode always the local user. `null` when nobody is signed in. */
  user: { id: string; email: string | null } | null;
  /** Send back as the `x-csrf-token` header on every change (multi-user mode). */
  csrfToken: string | null;
};

export type InterviewListItem = {
  id: string;
  company: string;
  role: string;
  interviewAt: string;
  outcome: Outcome;
  /** The first action not yet done or skipped, with its due time in the person's zone. */
  nextAction: { type: ActionType; label: string; due: string } | null;
  updatedAt: string;
};

export type InterviewDoc = {
  id: string;
  debrief: Debrief;
  createdAt: string;
  updatedAt: string;
};

export type ActionState = 'pending' | 'done' | 'skipped';

export type PlanActionView = {
  type: ActionType;
  label: string;
  due: string;
  why: string;
  addresses: string[];
  state: ActionState;
  /** The message type when this action sends a message (a draft exists for it). */
  messageType: MessageType | null;
};

export type MishapView = Mishap & { kindLabel: string; isAddressed: boolean; reason: string };

export type { SelfAnswer, SelfAssessmentItem } from '../core/plan/self-assessment';
import type { SelfAssessmentItem } from '../core/plan/self-assessment';

export type PlanView = {
  interviewId: string;
  /** The moment the plan was computed for. */
  now: string;
  /** The person's zone: an IANA name or a fixed offset like `-05:00`. */
  zone: string;
  verdict: Verdict;
  verdictText: string;
  address: string[];
  leaveAlone: string[];
  actions: PlanActionView[];
  /** The latest moment for the first message (rule 5), and whether it has passed. */
  deadline: { at: string; isPast: boolean };
  mishaps: MishapView[];
  missedPoints: MissedPoint[];
  strengths: string[];
  fit: Debrief['fit'];
  selfAssessment: SelfAssessmentItem[];
  contacts: Debrief['contacts'];
  outcome: Outcome;
};

export type DraftView = {
  type: MessageType;
  kind: DraftKind;
  purpose: DraftPurpose;
  /** What the person works on: their saved version, else the composed draft. */
  subject: string | null;
  text: string;
  /** The draft Rebound composed from the debrief, for "start over". */
  composed: { subject: string | null; text: string };
  saved: StoredDraft | null;
  /** Where the message goes: the interviewer's email, when known. */
  to: string | null;
};

export type JournalView = Patterns & {
  lessons: Lesson[];
  answers: Answer[];
};

export type CheckPosition = { line: number; column: number; offset: number };
