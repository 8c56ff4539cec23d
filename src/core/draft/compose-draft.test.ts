import { describe, expect, it } from 'vitest';
import { checkMessage } from '../check';
import type { Debrief } from '../debrief/schema';
import type { MessageType } from '../plan/types';
import { composeDraft, draftAsMessage, type Draft } from './index';
import { debriefOf, FIXTURES } from './test-debriefs';

function findingsOf(draft: Draft, debrief: Debrief) {
  return checkMessage(draftAsMessage(draft), { kind: draft.kind, purpose: draft.purpose, context: debrief })
    .findings;
}

const sentencesWith = (text: string, re: RegExp) => text.split(/(?<=[.!?])\s+/).filter((s) => re.test(s));

describe('composeDraft', () => {
  const cases: {
    name: string;
    debrief: Debrief;
    type: MessageType;
    kind: Draft['kind'];
    purpose: Draft['purpose'];
  }[] = [
    {
      name: 'recovery email',
      debrief: FIXTURES.recover,
      type: 'recovery-email',
      kind: 'email',
      purpose: 'recovery',
    },
    {
      name: 'thank-you email',
      debrief: FIXTURES.fine,
      type: 'thank-you-email',
      kind: 'email',
      purpose: 'thank-you',
    },
    {
      name: 'expansive letter',
      debrief: FIXTURES.letter,
      type: 'expansive-letter',
      kind: 'letter',
      purpose: 'recovery',
    },
    { name: 'call script', debrief: FIXTURES.letter, type: 'call', kind: 'call', purpose: 'recovery' },
    { name: 'withdrawal', debrief: FIXTURES.withdraw, type: 'withdraw', kind: 'email', purpose: 'withdraw' },
    {
      name: 'feedback request',
      debrief: FIXTURES.rejected,
      type: 'feedback-request',
      kind: 'email',
      purpose: 'feedback',
    },
  ];

  it.each(cases)('gives the $name its kind, purpose and subject rule', ({ debrief, type, kind, purpose }) => {
    const draft = composeDraft(debrief, type);
    expect(draft).toMatchObject({ type, kind, purpose });
    if (kind === 'email') expect(draft.subject).toMatch(/\S/);
    else expect(draft.subject).toBeNull();
    expect(draft.text).not.toMatch(/^Subject:/m);
  });

  it.each(cases)(
    'writes a $name that names the interviewer, the company and the role',
    ({ debrief, type }) => {
      const { text } = composeDraft(debrief, type);
      expect(text).toContain('Ruth');
      expect(text).toContain('Fennwick Mapping GmbH');
      expect(text).toContain('Geospatial Analyst');
    },
  );

  it.each(cases)('writes a $name the checker finds no fault with', ({ debrief, type }) => {
    const draft = composeDraft(debrief, type);
    const findings = findingsOf(draft, debrief).filter(
      (f) => f.severity === 'error' || f.rule === 'too-long',
    );
    expect(findings).toEqual([]);
  });

  it.each(cases)('signs a $name with the candidate’s name, never a placeholder', ({ debrief, type }) => {
    const { text, kind } = composeDraft(debrief, type);
    if (kind !== 'call') expect(text.trimEnd().endsWith('Theo Marsh')).toBe(true);
    else expect(text).toContain('this is Theo Marsh');
    expect(text).not.toMatch(/[[\]{}<>]|TBD|XXX/);
  });

  it('puts every number of the addressed evidence in the recovery email exactly as written', () => {
    const { text } = composeDraft(FIXTURES.recover, 'recovery-email');
    for (const n of ['6.5 hours', '48 minutes', '$2,400']) expect(text).toContain(n);
  });

  it('carries the better answer (wishISaid) of an addressed point', () => {
    const { text } = composeDraft(FIXTURES.recover, 'recovery-email');
    expect(text).toContain('tiling step of our raster pipeline at Kartograf');
  });

  it('never mentions a slip the plan leaves alone, nor nerves in any words', () => {
    for (const type of ['recovery-email', 'call', 'expansive-letter'] as const) {
      const { text } = composeDraft(FIXTURES.recover, type);
      expect(text).not.toMatch(/nerv|sweat|too fast/i);
    }
    expect(composeDraft(FIXTURES.fine, 'thank-you-email').text).not.toMatch(/nerv|sorry|apolog/i);
  });

  it('does not copy excuses from a mishap note', () => {
    const { text } = composeDraft(FIXTURES.letter, 'expansive-letter');
    expect(text).not.toMatch(/traffic|ring road/i);
  });

  it('covers every addressed point of a letter, each with its numbers', () => {
    const { text } = composeDraft(FIXTURES.letter, 'expansive-letter');
    for (const n of ['1,200', '0.3%', '35%']) expect(text).toContain(n);
  });

  it('writes a call script that asks for a few minutes and answers a likely concern', () => {
    const { text } = composeDraft(FIXTURES.letter, 'call');
    expect(text).toMatch(/a few minutes/);
    expect(text).toMatch(/pause|clarify|questions about/);
    expect(text).toMatch(/1,200/);
  });

  it('apologizes for damage in exactly one sentence, offers amends and discloses the emergency without details', () => {
    const { text } = composeDraft(FIXTURES.incident, 'recovery-email');
    expect(sentencesWith(text, /\b(?:sorry|apologi[sz]e)\b/i)).toHaveLength(1);
    expect(text).toMatch(/replace|repair/);
    expect(text).toMatch(/urgent (?:matter|situation) outside work/);
    expect(text).not.toMatch(/hospital|\bson\b|\btea\b/i);
    expect(text).toContain('340 km');
  });

  it('withdraws graciously: the apology that is owed, no arguments for the job', () => {
    const { text } = composeDraft(FIXTURES.withdraw, 'withdraw');
    expect(text).toMatch(/withdraw/);
    expect(sentencesWith(text, /\b(?:sorry|apologi[sz]e)\b/i)).toHaveLength(1);
    expect(text).not.toMatch(/40%|lazy/);
  });

  it('asks for feedback after a rejection without arguing for the job', () => {
    const { text } = composeDraft(FIXTURES.rejected, 'feedback-request');
    expect(text).toMatch(/feedback/);
    expect(text).toMatch(/future/);
    expect(text).not.toMatch(/40%/);
  });

  it('signs off without a name, and without a placeholder, when the candidate is unnamed', () => {
    const debrief = debriefOf({ ...FIXTURES.recover, candidate: undefined });
    const draft = composeDraft(debrief, 'recovery-email');
    const lastLine = draft.text.trimEnd().split('\n').pop();
    expect(lastLine).toMatch(
      /^(?:Best regards|Kind regards|Best wishes|Warm regards|All the best|With thanks),$/,
    );
    expect(findingsOf(draft, debrief).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('greets a titled interviewer by title and surname', () => {
    const debrief = debriefOf({ interviewer: { name: 'Dr. Amara Singh' } });
    expect(composeDraft(debrief, 'thank-you-email').text.split('\n')[0]).toMatch(
      /^(?:Hi|Hello|Dear) Dr\. Singh,$/,
    );
  });

  it('keeps the email within its budget when many points are addressed', () => {
    const debrief = debriefOf({
      missedPoints: Array.from({ length: 6 }, (_, i) => ({
        id: `p${i + 1}`,
        question: `What did project number ${i + 1} achieve for the regional planning office?`,
        wishISaid: `I led project ${i + 1} end to end with a team of analysts and field surveyors`,
        evidence: `delivery time fell by ${10 + i}% and costs by $${i + 1},500 over the following year`,
      })),
    });
    const draft = composeDraft(debrief, 'recovery-email');
    const findings = findingsOf(draft, debrief);
    expect(findings.filter((f) => f.rule === 'too-long' || f.severity === 'error')).toEqual([]);
    for (let i = 0; i < 6; i++) expect(draft.text).toContain(`${10 + i}%`);
  });
});

describe('composeDraft wording', () => {
  it('gives the same draft for the same debrief, whatever the key order of its JSON', () => {
    const reverseKeys = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(reverseKeys)
        : v && typeof v === 'object'
          ? Object.fromEntries(
              Object.entries(v)
                .reverse()
                .map(([k, x]) => [k, reverseKeys(x)]),
            )
          : v;
    const again = reverseKeys(FIXTURES.recover) as Debrief;
    expect(Object.keys(again)[0]).not.toBe(Object.keys(FIXTURES.recover)[0]);
    expect(composeDraft(again, 'recovery-email')).toEqual(composeDraft(FIXTURES.recover, 'recovery-email'));
  });

  it('words two debriefs differently even when only the names differ', () => {
    const other = debriefOf({
      ...FIXTURES.fine,
      interviewer: { name: 'Jonah Park' },
      company: 'Basalt Survey Ltd.',
    });
    const mask = (d: Debrief, text: string) =>
      text
        .replaceAll(d.interviewer.name.split(' ')[0] ?? '', '{i}')
        .replaceAll(d.company, '{c}')
        .replaceAll(d.role, '{r}');
    const a = mask(FIXTURES.fine, composeDraft(FIXTURES.fine, 'thank-you-email').text);
    const b = mask(other, composeDraft(other, 'thank-you-email').text);
    expect(a).not.toBe(b);
  });
});
