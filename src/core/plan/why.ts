import type { Debrief } from '../debrief/schema';

/**
 * The `why` of each action: what to do and why it helps, in plain words for someone who is
 * worried. Our own wording of the seeds' advice.
 */

const quote = (s: string) => `“${s.replace(/[.?!]+$/, '')}”`;

function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join('; ')} and ${items[items.length - 1]}`;
}

export const why = {
  coolOff(d: Debrief): string {
    const base =
      'Step away for an hour: take a walk, eat something, let the adrenaline fade. Interviews almost always feel worse right afterwards than they looked from the other side of the table.';
    return d.wantJob === 'unsure'
      ? `${base} Then decide honestly whether you want this job before you send anything: the rest of this plan assumes you do.`
      : base;
  },

  rebuildAnswers(d: Debrief, ids: readonly string[]): string {
    const questions = d.missedPoints.filter((p) => ids.includes(p.id)).map((p) => quote(p.question));
    const slips = d.mishaps.filter((m) => ids.includes(m.id) && m.note).map((m) => m.note ?? '');
    const parts = [
      ...(questions.length ? [`the points you wish you had made (${listOf(questions)})`] : []),
      ...(slips.length ? [`the answers that went wrong (${listOf(slips)})`] : []),
    ];
    const what = parts.length ? listOf(parts) : 'the answers that went wrong';
    return `Rebuild ${what}: for each, one specific example, what you did and the result. A sharp, short answer is what your next message or conversation will carry.`;
  },

  gatherEvidence(d: Debrief, ids: readonly string[]): string {
    const questions = d.missedPoints.filter((p) => ids.includes(p.id)).map((p) => quote(p.question));
    return `Find the proof behind ${questions.length ? listOf(questions) : 'your better answer'}: a number, a named project and its result, or a former manager who could vouch for you. Concrete facts persuade where reassurances do not.`;
  },

  recoveryEmail(isLate: boolean): string {
    return isLate
      ? 'The ideal window has passed, but this email is still worth sending now: thank them, add the better answer with its proof, and say you are still keen. A late, specific note beats silence.'
      : 'Send a short email while you are still fresh in their mind: thank them, add the answer you wish you had given with a concrete result, and say you are still keen. Two short paragraphs at most.';
  },

  expansiveLetter(isLate: boolean, count: number): string {
    const base = `Several points (${count}) deserve a fuller answer than a short email can carry, so write a letter: thank them, take each point in turn with its proof, and close by restating your interest and offering to talk.`;
    return isLate ? `The ideal window has passed, but the letter is still worth sending now. ${base}` : base;
  },

  thankYouEmail(isLate: boolean): string {
    const base =
      'Nothing the interviewer would have noticed needs fixing. A warm, brief thank-you that restates your interest is all this needs; do not bring up the small slips.';
    return isLate ? `${base} The ideal window has passed, but it is still worth sending now.` : base;
  },

  call(d: Debrief): string {
    const reason = d.expressedInterest
      ? 'A short call shows how much you care about getting this right.'
      : 'You did not get to say clearly that you want this job, and a short call fixes that better than any email.';
    return `${reason} Ask ${d.interviewer.name} for a few minutes, name the one point you want to clarify, give the example with its result, say you want the role, and keep it brief.`;
  },

  apology(): string {
    return 'This affected the interviewer, not just your performance, so a brief, sincere apology is owed: one or two sentences, no drama, no excuses, then move on.';
  },

  makeAmends(): string {
    return 'Offer to replace or repair what was damaged, and follow through: a small concrete gesture says more than a long apology.';
  },

  discloseDistraction(): string {
    return 'If a real emergency was on your mind, one brief sentence explaining it can put the interview in context. Keep private details out: say only what you would be comfortable with a stranger knowing.';
  },

  withdraw(d: Debrief): string {
    return d.wantJob === 'no'
      ? 'You do not want this job, and that is a useful thing to know. Withdraw graciously: thank them for their time and wish them well. It keeps the door open for a better fit later.'
      : 'This does not look like the right fit. Trust that, withdraw politely with thanks, and put your energy where it fits better; a courteous exit keeps your reputation intact.';
  },

  feedbackRequest(): string {
    return 'A rejection is not the end of the relationship. Thank them, say you are still interested in the company, and ask what would make a future application stronger. Keep it short and never argue the decision.';
  },

  congratulateSelf(): string {
    return 'You got the offer, so the interview went better than it felt. Take a moment to enjoy it before you decide.';
  },

  waitAfterContacts(decisionExpectedBy: string | undefined): string {
    const until = decisionExpectedBy
      ? `until ${decisionExpectedBy}, when they expect to decide`
      : 'for about ten days';
    return `You have already reached out twice, and more would read as pressure. Wait quietly ${until}; after that one short, polite check-in is fine.`;
  },

  waitAfterMessage(decisionExpectedBy: string | undefined): string {
    const until = decisionExpectedBy
      ? `until ${decisionExpectedBy}, when they expect to decide`
      : 'for about ten days after your last message';
    return `Then give them room: no more messages ${until}. If you have heard nothing by then, one brief, friendly check-in is appropriate; more than that would be nagging.`;
  },

  lessons(): string {
    return 'Write down what you learned while it is fresh: the questions that caught you out and the better answers you built. They go into your answer bank for the next interview.';
  },
};
