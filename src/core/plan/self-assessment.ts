import { ANSWER_MISHAP_KINDS } from '../debrief/enums';
import type { Debrief } from '../debrief/schema';

/** An answer to one of the self-assessment questions. */
export type SelfAnswer = 'yes' | 'no' | 'unsure';

/** One of the four questions a person asks after every interview (seed 004), answered. */
export type SelfAssessmentItem = {
  id: 'want-job' | 'answered-effectively' | 'expressed-interest' | 'interviewer-knows';
  question: string;
  answer: SelfAnswer;
  /** What to do about it, in a sentence. */
  advice: string;
};

/**
 * The four self-assessment questions, answered from the debrief. A "no" on any of the last three
 * means the plan has salvage steps for it.
 *
 * @example
 * assessSelf(debrief).map((q) => `${q.question} ${q.answer}`);
 */
export function assessSelf(d: Debrief): SelfAssessmentItem[] {
  const hadTroubleAnswering =
    d.missedPoints.length > 0 ||
    d.mishaps.some((m) => ANSWER_MISHAP_KINDS.has(m.kind) && (m.severity !== 'minor' || m.noticed === 'yes'));
  const hasWrittenSince = d.contacts.some((c) => c.type !== 'other');
  const interviewerKnows = d.expressedInterest ? 'yes' : hasWrittenSince ? 'yes' : 'no';
  return [
    {
      id: 'want-job',
      question: 'Do I want the job?',
      answer: d.wantJob,
      advice:
        d.wantJob === 'no'
          ? 'Then a short, gracious withdrawal is the kind thing to do, for them and for you.'
          : d.wantJob === 'unsure'
            ? 'Decide before you send anything: a recovery only works when you mean it.'
            : 'Good: everything in the plan is aimed at showing them that.',
    },
    {
      id: 'answered-effectively',
      question: 'Did I answer their questions effectively?',
      answer: hadTroubleAnswering ? 'no' : 'yes',
      advice: hadTroubleAnswering
        ? 'Rebuild the weak answers with proof, then offer the better version in your message.'
        : 'Your answers held up; a warm note that builds on them is enough.',
    },
    {
      id: 'expressed-interest',
      question: 'Did I express interest in the job?',
      answer: d.expressedInterest ? 'yes' : 'no',
      advice: d.expressedInterest
        ? 'Say it again in your message, in one honest sentence.'
        : 'Say clearly, in your first message, that you want this role and why.',
    },
    {
      id: 'interviewer-knows',
      question: 'Does the interviewer know I want it?',
      answer: interviewerKnows,
      advice:
        interviewerKnows === 'yes'
          ? 'Keep it that way with a timely, confident message.'
          : 'They cannot know yet: your message, or a short call, has to tell them.',
    },
  ];
}
