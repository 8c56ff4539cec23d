import type { DraftFacts } from './facts';
import { composeWithinBudget, type Layout } from './layout';
import {
  amendsSentence,
  apologySentence,
  emailGreeting,
  signOff,
  thanksForInterview,
  type Writer,
} from './phrases';
import { paragraph } from './text';
import { WORD_TARGETS, type ComposedText } from './types';

/**
 * A gracious withdrawal (rule 1, seed 001): thanks, a clear and courteous exit, good wishes.
 * Nothing about the job's merits and no missed points; an owed apology still goes in (rule 9).
 *
 * @example
 * const { subject, text } = composeWithdraw(gatherFacts(debrief), seed);
 */
export function composeWithdraw(facts: DraftFacts, seed: number): ComposedText {
  return composeWithinBudget(facts, seed, WORD_TARGETS.email, 0, layoutWithdraw);
}

function layoutWithdraw(w: Writer): Layout {
  const { f, p } = w;
  const subject = p.pick([
    `Withdrawing my application for the ${f.roleTitle} role`,
    'Thank you, and an update on my application',
    `An update on my ${f.roleTitle} application`,
    'Withdrawing from consideration',
  ]);
  const decision = p.pick([
    'After careful thought, I have decided to withdraw from consideration for the role',
    'Having thought it over, I would like to withdraw my application',
    'I have decided to step back from the process and withdraw my candidacy',
    'I am writing to withdraw my application for the role',
    'I would like to withdraw from the hiring process',
  ]);
  const reason = f.isPoorFit
    ? p.pick([
        'Our conversation helped me see that the role is not the right fit for me at this point, and I would rather say so now than take more of your team’s time',
        'What I learned about the role showed me that it is not the best match for my skills and goals',
        'Having heard more about the day-to-day work, I can see that my strengths lie elsewhere',
      ])
    : p.pick([
        'I have realized that the direction of this role differs from where I want to take my career',
        'I have concluded that this opportunity is not the right next step for me',
        'On reflection, my plans have moved in a different direction',
      ]);
  const wishes = p.pick([
    'I wish you and the team every success, and I would be glad to stay in touch',
    `I have great respect for the work at ${f.company}, and I wish you all the best with the search`,
    'Thank you again for your openness, and the very best of luck finding the right person for the role',
    'I hope our paths cross again, and I wish your team every success',
    `It was a pleasure to meet you, and I wish ${f.company} continued success`,
  ]);
  const warmth = p.chance(0.5)
    ? p.pick([
        'I appreciated how openly you described the role and its challenges',
        `I enjoyed learning how the team works at ${f.company}`,
        'It was a pleasure to hear your perspective on where the team is heading',
      ])
    : null;
  const first = paragraph([
    thanksForInterview(w),
    warmth,
    apologySentence(w),
    amendsSentence(w),
    decision,
    reason,
  ]);
  return {
    subject,
    greeting: emailGreeting(w),
    paragraphs: [first, paragraph([wishes])],
    signOff: signOff(w),
  };
}
