import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../check';
import type { Debrief } from '../debrief/schema';
import { buildPlan, MESSAGE_TYPES, type MessageType } from '../plan';
import { debriefArb } from './debrief-arbitrary';
import { composeDraft, draftAsMessage } from './index';
import { numbersIn } from './text';

/** Messages the plan asks for; the plan's clock is the interview itself, so runs are reproducible. */
function plannedMessages(d: Debrief): MessageType[] {
  const plan = buildPlan(d, new Date(d.interviewAt));
  return plan.actions
    .map((a) => a.type)
    .filter((t): t is MessageType => (MESSAGE_TYPES as readonly string[]).includes(t));
}

function addressedEvidence(d: Debrief): string[] {
  const { address } = buildPlan(d, new Date(d.interviewAt));
  return d.missedPoints.filter((p) => address.includes(p.id) && p.evidence).map((p) => p.evidence ?? '');
}

const HONORIFIC = /^(?:mr|mrs|ms|miss|mx|dr|prof)\.?$/i;
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const hasWord = (text: string, word: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(word)}(?![\\p{L}\\p{N}])`, 'iu').test(text);
const namesInterviewer = (text: string, name: string) =>
  hasWord(text, name) ||
  name.split(/\s+/).some((part) => part.length >= 2 && !HONORIFIC.test(part) && hasWord(text, part));

const RUNS = { numRuns: 500, seed: 20261120 };

describe('every planned draft, over 500 generated debriefs', () => {
  it('has no error finding and stays within its length budget', () => {
    fc.assert(
      fc.property(debriefArb, (d) => {
        for (const type of plannedMessages(d)) {
          const draft = composeDraft(d, type);
          const { findings } = checkMessage(draftAsMessage(draft), {
            kind: draft.kind,
            purpose: draft.purpose,
            context: d,
          });
          const bad = findings.filter((f) => f.severity === 'error' || f.rule === 'too-long');
          expect(bad.map((f) => `${type}: ${f.rule} ${f.message}`)).toEqual([]);
        }
      }),
      RUNS,
    );
  });

  it('names the interviewer, the company and the role', () => {
    fc.assert(
      fc.property(debriefArb, (d) => {
        for (const type of plannedMessages(d)) {
          const { subject, text } = composeDraft(d, type);
          const all = `${subject ?? ''}\n${text}`;
          expect(namesInterviewer(all, d.interviewer.name)).toBe(true);
          expect(all).toContain(d.company);
          expect(all).toContain(d.role);
        }
      }),
      RUNS,
    );
  });

  it('shows every number of every addressed point’s evidence, exactly as written', () => {
    fc.assert(
      fc.property(debriefArb, (d) => {
        for (const type of plannedMessages(d)) {
          if (type === 'withdraw' || type === 'feedback-request') continue;
          const shown = new Set(numbersIn(composeDraft(d, type).text));
          for (const evidence of addressedEvidence(d)) {
            for (const n of numbersIn(evidence))
              expect(shown, `${type} lacks ${n} of "${evidence}"`).toContain(n);
          }
        }
      }),
      RUNS,
    );
  });
});

describe('every message type, even one the plan did not ask for', () => {
  it('has no error finding over 300 generated debriefs', () => {
    fc.assert(
      fc.property(debriefArb, (d) => {
        for (const type of MESSAGE_TYPES) {
          const draft = composeDraft(d, type);
          const { findings } = checkMessage(draftAsMessage(draft), {
            kind: draft.kind,
            purpose: draft.purpose,
            context: d,
          });
          expect(findings.filter((f) => f.severity === 'error').map((f) => `${type}: ${f.rule}`)).toEqual([]);
        }
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('is deterministic: the same debrief always gives the same draft', () => {
    fc.assert(
      fc.property(debriefArb, fc.constantFrom(...MESSAGE_TYPES), (d, type) => {
        expect(composeDraft(structuredClone(d), type)).toEqual(composeDraft(d, type));
      }),
      { numRuns: 200, seed: 11 },
    );
  });
});
