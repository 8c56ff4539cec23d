import type { Debrief, DebriefInput } from '../core/debrief/schema';
import type { MishapKind, Noticed, Severity } from '../core/debrief/enums';
import { formatInZone, instantAt } from '../core/time/zone';

/**
 * The debrief wizard's form state and its conversion to and from the debrief document. Form fields
 * are strings as typed; the server validates the document with the one debrief schema and names
 * the bad field by its debrief path, which is also how the form finds where to show the error.
 */

export type MishapForm = {
  id: string;
  kind: MishapKind | '';
  note: string;
  severity: Severity | '';
  noticed: Noticed | '';
};
export type MissedPointForm = { id: string; question: string; wishISaid: string; evidence: string };

export type DebriefForm = {
  company: string;
  role: string;
  interviewerName: string;
  interviewerEmail: string;
  interviewerPhone: string;
  date: string;
  time: string;
  timeZone: string;
  durationMinutes: string;
  candidateName: string;
  candidateEmail: string;
  mishaps: MishapForm[];
  strengths: string[];
  missedPoints: MissedPointForm[];
  wantJob: 'yes' | 'no' | 'unsure';
  fit: 'good' | 'poor' | 'unsure';
  expressedInterest: 'yes' | 'no';
  decisionExpectedBy: string;
};

/** The browser's zone, the sensible default for someone debriefing right after the interview. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export function emptyForm(): DebriefForm {
  return {
    company: '',
    role: '',
    interviewerName: '',
    interviewerEmail: '',
    interviewerPhone: '',
    date: '',
    time: '',
    timeZone: browserTimeZone(),
    durationMinutes: '60',
    candidateName: '',
    candidateEmail: '',
    mishaps: [],
    strengths: [],
    missedPoints: [],
    wantJob: 'unsure',
    fit: 'unsure',
    expressedInterest: 'yes',
    decisionExpectedBy: '',
  };
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/;

/** The form for a stored debrief: the wall-clock date and time as written, in its own offset. */
export function formFromDebrief(d: Debrief): DebriefForm {
  const m = DATE_TIME.exec(d.interviewAt);
  return {
    company: d.company,
    role: d.role,
    interviewerName: d.interviewer.name,
    interviewerEmail: d.interviewer.email ?? '',
    interviewerPhone: d.interviewer.phone ?? '',
    date: m ? `${m[1]}-${m[2]}-${m[3]}` : '',
    time: m ? `${m[4]}:${m[5]}` : '',
    timeZone: d.timeZone ?? browserTimeZone(),
    durationMinutes: String(d.durationMinutes),
    candidateName: d.candidate?.name ?? '',
    candidateEmail: d.candidate?.email ?? '',
    mishaps: d.mishaps.map((x) => ({
      id: x.id,
      kind: x.kind,
      note: x.note ?? '',
      severity: x.severity,
      noticed: x.noticed,
    })),
    strengths: [...d.strengths],
    missedPoints: d.missedPoints.map((p) => ({
      id: p.id,
      question: p.question,
      wishISaid: p.wishISaid ?? '',
      evidence: p.evidence ?? '',
    })),
    wantJob: d.wantJob,
    fit: d.fit,
    expressedInterest: d.expressedInterest ? 'yes' : 'no',
    decisionExpectedBy: d.decisionExpectedBy?.slice(0, 10) ?? '',
  };
}

/**
 * The instant of the interview with the offset of its zone, e.g. `2026-11-20T10:00:00-05:00`; an
 * empty string when the date or time is missing or the zone unknown (the server then names the field).
 */
export function interviewAtOf(form: Pick<DebriefForm, 'date' | 'time' | 'timeZone'>): string {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(form.date);
  const t = /^(\d{2}):(\d{2})$/.exec(form.time);
  if (!d || !t) return '';
  try {
    const local = { year: +d[1]!, month: +d[2]!, day: +d[3]!, hour: +t[1]!, minute: +t[2]!, second: 0 };
    return formatInZone(instantAt(form.timeZone, local), form.timeZone);
  } catch {
    return '';
  }
}

const optional = (s: string) => (s.trim() === '' ? undefined : s.trim());

/**
 * The debrief document for the form, keeping what the form does not edit (contacts, outcome).
 * Empty optional fields are left out; a half-filled list entry is sent as is, so the server names it.
 */
export function debriefFromForm(form: DebriefForm, base?: Debrief | null): DebriefInput {
  const email = optional(form.interviewerEmail);
  const phone = optional(form.interviewerPhone);
  const candidateName = optional(form.candidateName);
  const candidateEmail = optional(form.candidateEmail);
  const duration = form.durationMinutes.trim() === '' ? undefined : Number(form.durationMinutes);
  const doc: DebriefInput = {
    ...(base ? { outcome: base.outcome, contacts: base.contacts } : {}),
    company: form.company,
    role: form.role,
    interviewer: { name: form.interviewerName, ...(email ? { email } : {}), ...(phone ? { phone } : {}) },
    interviewAt: interviewAtOf(form),
    timeZone: form.timeZone,
    ...(duration !== undefined ? { durationMinutes: duration } : {}),
    wantJob: form.wantJob,
    fit: form.fit,
    expressedInterest: form.expressedInterest === 'yes',
    mishaps: form.mishaps.map((m) => ({
      id: m.id,
      kind: m.kind as MishapKind,
      ...(optional(m.note) ? { note: m.note.trim() } : {}),
      severity: m.severity as Severity,
      noticed: m.noticed as Noticed,
    })),
    missedPoints: form.missedPoints.map((p) => ({
      id: p.id,
      question: p.question,
      ...(optional(p.wishISaid) ? { wishISaid: p.wishISaid.trim() } : {}),
      ...(optional(p.evidence) ? { evidence: p.evidence.trim() } : {}),
    })),
    strengths: form.strengths.filter((s) => s.trim() !== ''),
    ...(optional(form.decisionExpectedBy) ? { decisionExpectedBy: form.decisionExpectedBy } : {}),
    ...(candidateName || candidateEmail
      ? {
          candidate: {
            ...(candidateName ? { name: candidateName } : {}),
            ...(candidateEmail ? { email: candidateEmail } : {}),
          },
        }
      : {}),
  };
  return doc;
}

/** A fresh id for a new list entry (`m3`, `p2`), unique across mishaps and missed points. */
export function nextId(form: DebriefForm, prefix: 'm' | 'p'): string {
  const used = new Set([...form.mishaps.map((m) => m.id), ...form.missedPoints.map((p) => p.id)]);
  let n = 1;
  while (used.has(`${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
}

/** Which wizard step holds a debrief path, so an error elsewhere can link to its step. */
export function stepOfPath(path: string): number {
  if (path.startsWith('mishaps')) return 2;
  if (path.startsWith('strengths')) return 3;
  if (path.startsWith('missedPoints')) return 4;
  if (/^(wantJob|fit|expressedInterest|decisionExpectedBy)/.test(path)) return 5;
  return 1;
}
