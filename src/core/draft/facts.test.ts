import { composeDraft } from './index';
import { describe, expect, it } from 'vitest';
import { gatherFacts } from './facts';
import { debriefOf, FIXTURES } from './test-debriefs';

describe('gatherFacts', () => {
  it('addresses only what the plan addresses', () => {
    const facts = gatherFacts(FIXTURES.recover);
    expect(facts.verdict).toBe('recover');
    expect(facts.points.map((p) => p.id)).toEqual(['p1']);
    expect(facts.mishaps.isShaky).toBe(false);
    // One addressed weak answer, referred to in general words: a mishap note is never quoted.
    expect(facts.mishaps.answerCount).toBe(1);
  });

  it.each([['[Your Name]'], ['{candidate name}'], ['<Your Name>']])(
    'signs without a name left as a slot: %s',
    (name) => {
      expect(gatherFacts(debriefOf({ candidate: { name } })).candidateName).toBeNull();
    },
  );

  it('never quotes a mishap note, however harmless or private it looks', () => {
    for (const note of [
      'thin answer about raster pipelines',
      'blanked on the question about my criminal record',
    ]) {
      const d = debriefOf({
        mishaps: [{ id: 'm1', kind: 'weak-answer', note, severity: 'major', noticed: 'yes' }],
      });
      for (const type of ['recovery-email', 'expansive-letter', 'call'] as const) {
        expect(composeDraft(d, type).text).not.toMatch(/raster pipelines|criminal record/);
      }
    }
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

  it('takes the weekday in the person’s zone, else from the interview’s own offset', () => {
    expect(
      gatherFacts(debriefOf({ interviewAt: '2026-04-14T23:30:00-07:00', timeZone: undefined })).weekday,
    ).toBe('Tuesday');
    // 22:00 UTC on a Friday is Saturday morning in Auckland.
    expect(
      gatherFacts(debriefOf({ interviewAt: '2026-11-20T22:00:00Z', timeZone: 'Pacific/Auckland' })).weekday,
    ).toBe('Saturday');
  });

  it('reads the zone’s offset through the injected zone rules (the CLI avoids Intl)', () => {
    const debrief = debriefOf({ interviewAt: '2026-11-20T22:00:00Z', timeZone: 'Pacific/Auckland' });
    const asked: string[] = [];
    const minusTwelve = (zone: string): number => {
      asked.push(zone);
      return -12 * 60;
    };
    // Rules that put the zone 12 hours behind UTC make it still Friday there.
    expect(gatherFacts(debrief, minusTwelve).weekday).toBe('Friday');
    expect(asked).toContain('Pacific/Auckland');
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
