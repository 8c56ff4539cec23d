import type { CheckResult } from '../core/check';
import type { DebriefInput } from '../core/debrief/schema';
import type { ActionType } from '../core/plan/types';
import type { Issue } from '../core/result';
import type {
  Answer,
  DraftView,
  ImportSummary,
  InterviewDoc,
  InterviewListItem,
  JournalView,
  Lesson,
  MessageType,
  Outcome,
  PlanView,
  SessionView,
} from '../server/api-types';

/**
 * The one module of the web app that talks to the server. Every call is typed by the server's own
 * response types; every failure becomes an `ApiFailure` with the server's code and field issues.
 */

export class ApiFailure extends Error {
  readonly code: string;
  readonly status: number;
  readonly issues: Issue[];
  constructor(code: string, message: string, status: number, issues: Issue[] = []) {
    super(message);
    this.name = 'ApiFailure';
    this.code = code;
    this.status = status;
    this.issues = issues;
  }
}

let csrfToken: string | null = null;

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (csrfToken && method !== 'GET') headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  } catch {
    throw new ApiFailure('network/unreachable', 'The Rebound server is not answering', 0);
  }
  if (res.status === 204) return undefined as T;
  const data = (await res.json().catch(() => null)) as unknown;
  if (!res.ok) {
    const error = (data as { error?: { code?: string; message?: string; issues?: Issue[] } } | null)?.error;
    throw new ApiFailure(
      error?.code ?? `http/${res.status}`,
      error?.message ?? res.statusText,
      res.status,
      error?.issues ?? [],
    );
  }
  return data as T;
}

const enc = encodeURIComponent;
const interview = (id: string) => `/api/interviews/${enc(id)}`;

export type NewContact = { type: 'email' | 'call' | 'letter' | 'other'; note?: string; at?: string };

export const api = {
  async session(): Promise<SessionView> {
    const s = await call<SessionView>('GET', '/api/session');
    csrfToken = s.csrfToken;
    return s;
  },
  login: (email: string, password: string) =>
    call<{ user: { id: string; email: string } }>('POST', '/api/auth/login', { email, password }),
  register: (email: string, password: string) =>
    call<{ user: { id: string; email: string } }>('POST', '/api/auth/register', { email, password }),
  logout: () => call<void>('POST', '/api/auth/logout'),

  listInterviews: () =>
    call<{ interviews: InterviewListItem[] }>('GET', '/api/interviews').then((r) => r.interviews),
  getInterview: (id: string) => call<InterviewDoc>('GET', interview(id)),
  createInterview: (debrief: DebriefInput) => call<InterviewDoc>('POST', '/api/interviews', debrief),
  updateInterview: (id: string, debrief: DebriefInput) => call<InterviewDoc>('PUT', interview(id), debrief),
  deleteInterview: (id: string) => call<void>('DELETE', interview(id)),

  getPlan: (id: string) => call<PlanView>('GET', `${interview(id)}/plan`),
  setActionState: (id: string, type: ActionType, state: 'done' | 'skipped' | null) =>
    call<unknown>('POST', `${interview(id)}/actions/${enc(type)}`, { state }),
  addContact: (id: string, contact: NewContact) =>
    call<InterviewDoc>('POST', `${interview(id)}/contacts`, contact),
  setOutcome: (id: string, outcome: Outcome) =>
    call<InterviewDoc>('PUT', `${interview(id)}/outcome`, { outcome }),

  listDrafts: (id: string) =>
    call<{ drafts: DraftView[] }>('GET', `${interview(id)}/drafts`).then((r) => r.drafts),
  saveDraft: (id: string, type: MessageType, draft: { subject: string | null; text: string }) =>
    call<DraftView>('PUT', `${interview(id)}/drafts/${enc(type)}`, draft),
  /** A link that downloads the draft as an .eml file (a plain navigation: no fetch needed). */
  draftEmlUrl: (id: string, type: MessageType) => `${interview(id)}/drafts/${enc(type)}.eml`,
  planIcsUrl: (id: string) => `${interview(id)}/plan.ics`,

  check: (body: { text: string; kind: string; purpose: string }) =>
    call<CheckResult>('POST', '/api/check', body),

  journal: () => call<JournalView>('GET', '/api/journal'),
  addLesson: (lesson: { text: string; interviewId?: string | null }) =>
    call<Lesson>('POST', '/api/lessons', lesson),
  addAnswer: (answer: {
    question: string;
    answer: string;
    evidence?: string | null;
    interviewId?: string | null;
  }) => call<Answer>('POST', '/api/answers', answer),
  exportUrl: () => '/api/export',
  importData: (data: unknown) => call<ImportSummary>('POST', '/api/import', data),
};
