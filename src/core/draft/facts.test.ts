import { describe, expect, it } from 'vitest';
import { gatherFacts, topicOf } from './facts';
import { debriefOf, FIXTURES } from './test-debriefs';

describe('topicOf', () => {
  it.each([
    ['thin answer about scheduling tools', { kind: 'topic', text: 'scheduling tools' }],
    ['froze on the question about network tracing', { kind: 'topic', text: 'network tracing' }],
    ['forgot to mention my PMP certification', { kind: 'topic', text: 'PMP certification' }],
    [
      'could not size the merchant market for UPI autopay',
      { kind: 'ask', text: 'size the merchant market for UPI autopay' },
    ],
    ['went blank on the spot', null],
    ['talked about my divorce', null],
    ['vague answer on the tricky question', null],
    [undefined, null],
  ])('reads "%s" as %j', (note, expected) => {
    expect(topicOf(note)).toEqual(expected);
  });
});

describe('gatherFacts', () => {
  it('addresses only what the plan addresses', () => {
    const facts = gatherFacts(FIXTURES.recover);
    expect(facts.verdict).toBe('recover');
    expect(facts.points.map((p) => p.id)).toEqual(['p1']);
    expect(facts.mishaps.isShaky).toBe(false);
    expect(facts.mishaps.answerTopics).toEqual([{ kind: 'topic', text: 'raster pipelines' }]);
  });

  it('addresses no missed point when withdrawing, but still owes the apology', () => {
    const facts = gatherFacts(FIXTURES.withdraw);
    expect(facts.points).toEqual([]);
    expect(facts.mishaps.owesApologyForRemark).toBe(true);
  });

  it('owes amends for damage and discloses an addressed distraction', () => {
    const { mishaps } = gatherFacts(FIXTURES.incident);
    expect(mishaps).toMatchObject({
      owesApologyForDamage: true,
      makesAmends: true,
      disclosesDistraction: true,
    });
  });

  it('takes the weekday from the interview’s own offset', () => {
    expect(gatherFacts(debriefOf({ interviewAt: '2026-04-14T23:30:00-07:00' })).weekday).toBe('Tuesday');
  });

  it('keeps evidence verbatim, or only its safe clauses with numbers', () => {
    const safe = gatherFacts(FIXTURES.recover).points[0]?.evidence;
    expect(safe).toBe('nightly run time fell from 6.5 hours to 48 minutes, saving $2,400 a month');
    const risky = debriefOf({
      missedPoints: [{ id: 'p1', question: 'Q?', evidence: 'I bombed the demo, but sales grew 30% after' }],
    });
    expect(gatherFacts(risky).points[0]?.evidence).toBe('sales grew 30% after');
  });

  it('leaves out a question or better answer that would read badly', () => {
    const d = debriefOf({
      missedPoints: [
        {
          id: 'p1',
          question: 'Why was your answer so tricky?',
          wishISaid: 'sorry, I meant the Atlas project',
        },
      ],
    });
    expect(gatherFacts(d).points[0]).toMatchObject({ question: null, wish: null });
  });
});
