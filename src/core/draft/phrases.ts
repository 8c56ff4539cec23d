import type { DraftFacts, PointFact } from './facts';
import type { Picker } from './random';
import { quoteText, upperFirst } from './text';

/**
 * The sentence slots shared by every draft, each with several phrasings. Our own wording of the
 * seeds' advice: thank first, add the better answer with its proof, restate interest, offer a
 * real next step; apologize only for what hurt the interviewer, and then briefly.
 *
 * Every phrasing avoids the checker's themes (no hedges, excuses, pressure, or talk of nerves).
 */

/** What a slot needs: the facts and the picker that chooses the wording. */
export type Writer = { f: DraftFacts; p: Picker };

/** "the Operations Analyst role" (or "the Store Manager position" as written). */
export function theRole({ f, p }: Writer): string {
  return f.isRoleNoun ? `the ${f.role}` : `the ${f.role} ${p.pick(['role', 'position', 'role'] as const)}`;
}

export function emailGreeting({ f, p }: Writer): string {
  return p.pick([
    `Hi ${f.greetingName},`,
    `Hello ${f.greetingName},`,
    `Dear ${f.greetingName},`,
    `Hi ${f.greetingName},`,
  ]);
}

export function letterGreeting({ f, p }: Writer): string {
  return p.pick([`Dear ${f.interviewerName},`, `Dear ${f.greetingName},`]);
}

/** The closing word and the person's name; no name means no placeholder, only the closing. */
export function signOff({ f, p }: Writer, isFormal = false): string {
  const closing = isFormal
    ? p.pick(['Sincerely,', 'Kind regards,', 'With best regards,', 'Yours sincerely,'])
    : p.pick([
        'Best regards,',
        'Kind regards,',
        'Best wishes,',
        'Warm regards,',
        'All the best,',
        'With thanks,',
      ]);
  return f.candidateName ? `${closing}\n${f.candidateName}` : closing;
}

/** Thanks for the time, naming the role, the company and the day. */
export function thanksForInterview(w: Writer): string {
  const { f, p } = w;
  const role = theRole(w);
  const day = f.weekday;
  return p.pick([
    `Thank you for meeting with me on ${day} about ${role} at ${f.company}`,
    `Thank you for taking the time on ${day} to talk with me about ${role} at ${f.company}`,
    `Thank you for your time on ${day} and for a thoughtful conversation about ${role} at ${f.company}`,
    `I appreciated the chance to speak with you on ${day} about ${role} at ${f.company}, and I am grateful for your time`,
    `Thank you for the opportunity to interview for ${role} at ${f.company} on ${day}`,
    `Many thanks for our conversation on ${day} about ${role} at ${f.company}`,
  ]);
}

/** A warm word about the conversation itself (no claim about what was said). */
export function aboutTheConversation({ f, p }: Writer): string {
  return p.pick([
    `I enjoyed hearing how the team works at ${f.company}`,
    'Learning more about the team’s priorities made the role even more appealing',
    'It was a pleasure to hear your perspective on where the team is heading',
    'I appreciated how openly you described the role and its challenges',
    'Hearing about the projects ahead gave me a clear picture of the work',
  ]);
}

/** Rule 9: one brief, sincere sentence, only for harm to the interviewer. */
export function apologySentence({ f, p }: Writer): string | null {
  const { owesApologyForRemark: remark, owesApologyForDamage: damage } = f.mishaps;
  if (remark && damage) {
    return p.pick([
      'I am sorry for the damage I caused during our meeting and for a remark that was out of place',
      'I apologize for the accident during my visit and for a comment I should not have made',
    ]);
  }
  if (damage) {
    return p.pick([
      'I am sorry for the damage I caused during our meeting',
      'I want to apologize for the accident during my visit',
      'I am sorry about the mishap with your things during our conversation',
    ]);
  }
  if (remark) {
    return p.pick([
      'I am sorry for a remark I made during our conversation; it was out of place',
      'I want to apologize for a comment I made during the interview that I should not have made',
      'I am sorry for a careless remark I made while we spoke',
    ]);
  }
  return null;
}

/** Rule 9: offer to replace or repair. */
export function amendsSentence({ f, p }: Writer): string | null {
  if (!f.mishaps.makesAmends) return null;
  return p.pick([
    'I would like to replace or repair what was damaged, whichever is easier for you',
    'Please let me replace it or cover the repair; I can arrange either this week',
    'I would be glad to replace or repair it, and I can take care of the arrangements',
  ]);
}

/** Rule 10: one brief, non-personal sentence. */
export function distractionSentence({ f, p }: Writer): string | null {
  if (!f.mishaps.disclosesDistraction) return null;
  return p.pick([
    'For context, an urgent matter outside work needed my attention that day',
    'An urgent situation outside work was on my mind that day, and I wanted you to have that context',
    'I was also handling an urgent matter outside work that day, which I wanted you to know',
  ]);
}

/** How much room the slips get: all of them, the ones that matter most, or one short line each. */
export type SlipDetail = 'full' | 'brief' | 'minimal';

/** Addressed slips that are not answers: acknowledged plainly and turned toward the positive. */
export function slipSentences(w: Writer, detail: SlipDetail = 'full'): string[] {
  const { f, p } = w;
  const out: string[] = [];
  if (f.mishaps.isLate) {
    out.push(
      detail === 'minimal'
        ? 'Thank you for your patience with our late start'
        : p.pick([
            'I know our conversation started later than planned, and I appreciate you making the time all the same',
            'Thank you as well for your patience when our start was delayed; reliability matters to me, and you can count on it',
            'I appreciate your flexibility when we started late, and I want the rest of our conversation to be what stays with you',
          ]),
    );
  }
  if (f.mishaps.isUnprepared) {
    out.push(
      detail === 'minimal'
        ? `I have since read more about ${f.company}`
        : p.pick([
            `Since we spoke, I have spent time learning more about ${f.company}, and it has made the role even more appealing`,
            `After our conversation I read more about ${f.company} and its work, and I now see clearly where this role fits`,
            `I have since done more reading on ${f.company}, which has only strengthened my interest`,
          ]),
    );
  }
  if (f.mishaps.isRapport && detail === 'full') {
    out.push(
      p.pick([
        'I valued hearing your perspective and would welcome the chance to continue the conversation',
        'I enjoyed our exchange and would be glad to pick it up again',
      ]),
    );
  }
  if (f.mishaps.isOther && detail !== 'minimal') {
    out.push(
      p.pick([
        'If anything I said came across less clearly than I intended, I would be glad to clarify it',
        'I would welcome the chance to clear up any point from our conversation that did not come across as I meant it',
        'Should any part of our conversation have left a question open, I am happy to clarify it',
      ]),
    );
  }
  if (f.mishaps.isShaky && detail === 'full') {
    out.push(
      p.pick([
        'I want to make sure you have a full picture of what I can bring',
        'I would like to give you a clearer view of my experience than I did in the room',
        'I want to give you a fuller sense of how I work',
      ]),
    );
  }
  return out;
}

/** The positive turn for weak, blank or forgotten answers: "I would like to add to one of my answers". */
export function answerTopicSentence({ f, p }: Writer, isSpoken = false): string | null {
  // A missed point already carries the fuller answer; otherwise the answer is named in general
  // words, because a mishap's note is the person's private memo.
  if (!f.mishaps.answerCount || f.points.length) return null;
  const sentences = [
    p.pick([
      'I would like to add to one of my answers',
      'I want to expand on one of my answers',
      'There is one answer I would like to build on',
    ]),
  ];
  sentences.push(
    isSpoken
      ? p.pick([
          'I have thought it through since, and I would like to give you a clearer answer now',
          'With some time to reflect, here is the answer I wanted to give',
        ])
      : p.pick([
          'Having thought it through since, my answer is sharper, and I would welcome a few minutes to walk you through it',
          'I have since put my thoughts in order and can give you a clear, concrete answer whenever suits you',
          'With some time to reflect, I can now give you a much clearer answer',
        ]),
  );
  return sentences.join('. ');
}

/** Introduces a point by its question ("On your question, “...”, ..."), or generically. */
function pointLead({ p }: Writer, point: PointFact, isFirst: boolean): string {
  const q = point.question ? quoteText(point.question) : null;
  if (q && isFirst) {
    return p.pickFresh('lead-first', [
      `On your question, ${q}, I have a stronger example to share`,
      `I have kept thinking about your question, ${q}, since we spoke`,
      `I would like to come back to your question, ${q}, with a clearer answer`,
      `When you asked ${q}, I left out the example that answers it best`,
      `Your question, ${q}, stayed with me after we spoke`,
    ]);
  }
  if (q) {
    return p.pickFresh('lead-next', [
      `You also asked ${q}, and there is more I want to say`,
      `On ${q}, I want to add an example`,
      `As for ${q}, here is a fuller answer`,
      `There is also your question, ${q}, which I can answer better now`,
    ]);
  }
  return isFirst
    ? p.pickFresh('lead-bare-first', [
        'There is an example I want to add to one of my answers',
        'I would like to add an example to one of my answers',
      ])
    : p.pickFresh('lead-bare-next', [
        'I also want to add to another answer',
        'There is one more example I want to share',
      ]);
}

function wishSentence({ p }: Writer, point: PointFact): string | null {
  if (!point.wish) return null;
  if (point.isWishASentence) return upperFirst(point.wish);
  return p.pickFresh('wish', [
    `The answer I wanted to give: ${point.wish}`,
    `In short: ${point.wish}`,
    `What I meant to say was this: ${point.wish}`,
    `The short version: ${point.wish}`,
  ]);
}

function evidenceSentence({ p }: Writer, point: PointFact): string | null {
  if (!point.evidence) return null;
  const e = point.evidence;
  return point.hasNumbers
    ? p.pickFresh('evidence-numbers', [
        `The result: ${e}`,
        upperFirst(e),
        `To put a number on it: ${e}`,
        `The outcome: ${e}`,
        `The numbers tell the story: ${e}`,
      ])
    : p.pickFresh('evidence-words', [
        `The result: ${e}`,
        upperFirst(e),
        `The outcome: ${e}`,
        `What came of it: ${e}`,
      ]);
}

/** A point with neither a better answer nor proof yet: an offer to answer it properly. */
function bareLead({ p }: Writer, point: PointFact): string {
  const q = point.question ? quoteText(point.question) : null;
  return q
    ? p.pickFresh('lead-bare-question', [
        `I have given more thought to your question, ${q}, and would welcome the chance to answer it properly`,
        `I have a clearer answer now to your question, ${q}, and would be glad to walk you through it`,
      ])
    : p.pickFresh('lead-bare', [
        'There is one more question I would like to answer more fully',
        'I would also like to give a fuller answer to one more of your questions',
      ]);
}

/** A note-like answer and its proof in one sentence ("The route model at Metro: cut miles by 14%"). */
function wishWithEvidence({ p }: Writer, point: PointFact): string | null {
  if (!point.wish || !point.evidence || point.isWishASentence) return null;
  return p.pick([
    null,
    `${upperFirst(point.wish)}: ${point.evidence}`,
    `The example I had in mind is ${point.wish}, and the result was clear: ${point.evidence}`,
  ]);
}

/**
 * The sentences for one addressed missed point. `detail` 2 gives lead, answer and proof; 1 drops
 * the answer when there is proof; 0 keeps only the proof (or the answer when there is no proof).
 */
export function pointSentences(w: Writer, point: PointFact, isFirst: boolean, detail: 0 | 1 | 2): string[] {
  const combined = wishWithEvidence(w, point);
  const wish = wishSentence(w, point);
  const proof = evidenceSentence(w, point);
  if (!wish && !proof) return [bareLead(w, point)];
  if (detail === 0) return [proof ?? wish].filter((s): s is string => s !== null);
  const lead = pointLead(w, point, isFirst);
  if (detail === 1 && proof) return [lead, proof];
  if (combined) return [lead, combined];
  return [lead, wish, proof].filter((s): s is string => s !== null);
}

/** All the points' proof in one sentence, for drafts that must stay short. */
export function compactPointsSentence({ p }: Writer, points: readonly PointFact[]): string | null {
  const proofs = [...new Set(points.map((pt) => pt.evidence).filter((s): s is string => s !== null))];
  const wishes = [
    ...new Set(
      points
        .filter((pt) => !pt.evidence)
        .map((pt) => pt.wish)
        .filter((s): s is string => s !== null),
    ),
  ];
  if (!proofs.length) {
    if (!wishes.length) return null;
    return p.pick([
      `To add to my answers: ${wishes.join('; ')}`,
      `What I would add to my answers: ${wishes.join('; ')}`,
    ]);
  }
  const list = proofs.join('; ');
  const lead =
    proofs.length === 1
      ? p.pick([`One result I want you to have: ${list}`, `To add to my answers: ${list}`])
      : p.pick([
          `A few results I want to add to my answers: ${list}`,
          `To add to my answers, a few concrete results: ${list}`,
          `Here are the results behind my answers: ${list}`,
        ]);
  return wishes.length ? `${lead}. I can say more on the other questions too` : lead;
}

/** A strength from the debrief; colon frames read naturally whatever shape the note has. */
export function strengthSentence({ f, p }: Writer): string | null {
  const s = f.strengths[0];
  if (!s) return null;
  return p.pick([
    `One part I was glad came through: ${s}`,
    `A highlight for me was this: ${s}`,
    `As an example of what I would bring: ${s}`,
    `One strength I would bring from the first day: ${s}`,
  ]);
}

/** Restated interest in the role and the company. */
export function interestSentence(w: Writer): string {
  const { f, p } = w;
  return p.pick([
    `I remain very interested in the role and in the work your team is doing at ${f.company}`,
    `Our conversation made me even more enthusiastic about joining ${f.company}`,
    `I am excited about ${theRole(w)} and the chance to contribute to your team`,
    `This role is a strong match for what I want to do next, and I am eager to bring my experience to ${f.company}`,
    `I left our conversation more interested than ever in joining your team at ${f.company}`,
    `I am genuinely excited about this opportunity and about what I could help ${f.company} achieve`,
  ]);
}

/** A real next step: an offer to share more or talk further (not only "I look forward ..."). */
export function nextStepSentence({ f, p }: Writer): string {
  const about = f.points.some((pt) => pt.evidence) ? 'that work' : 'my experience';
  return p.pick([
    `I would be glad to share more detail on ${about} or talk it through whenever it suits you`,
    `If it would help, I can send a short written summary of ${about} or walk you through it in a quick call`,
    `I would welcome the chance to talk further, and I am happy to send more examples in the meantime`,
    `If a short call would be useful, I would be glad to go into more depth on ${about}`,
    `I am happy to share supporting material or continue our conversation at a time that works for you`,
  ]);
}
