import { describe, expect, it } from 'vitest';
import { parseDebrief } from '../core/debrief/parse';
import {
  debriefFromForm,
  emptyForm,
  formFromDebrief,
  interviewAtOf,
  nextId,
  stepOfPath,
} from './debrief-form';

function filledForm() {
  return {
    ...emptyForm(),
    company: 'Harbor Lane Foods',
    role: 'Supply Planner',
    interviewerName: 'Priya Natarajan',
    interviewerEmail: 'priya@harborlane.example',
    date: '2026-11-20',
    time: '10:00',
    timeZone: 'America/New_York',
    candidateName: 'Jordan Ellis',
    mishaps: [
      { id: 'm1', kind: 'nerves' as const, note: '', severity: 'minor' as const, noticed: 'unsure' as const },
    ],
    strengths: ['clear scorecard walkthrough', ''],
    missedPoints: [
      { id: 'p1', question: 'A forecast you improved', wishISaid: 'chilled goods', evidence: '' },
    ],
    wantJob: 'yes' as const,
  };
}

describe('the debrief form', () => {
  it('writes the interview time with the offset of the chosen zone, daylight saving included', () => {
    expect(interviewAtOf({ date: '2026-11-20', time: '10:00', timeZone: 'America/New_York' })).toBe(
      '2026-11-20T10:00:00-05:00',
    );
    expect(interviewAtOf({ date: '2026-07-01', time: '10:00', timeZone: 'America/New_York' })).toBe(
      '2026-07-01T10:00:00-04:00',
    );
    expect(interviewAtOf({ date: '', time: '10:00', timeZone: 'America/New_York' })).toBe('');
  });

  it('builds a debrief the one schema accepts, leaving out empty optional fields', () => {
    const doc = debriefFromForm(filledForm());
    const parsed = parseDebrief(doc);
    expect(parsed.ok).toBe(true);
    expect(doc.interviewer).toEqual({ name: 'Priya Natarajan', email: 'priya@harborlane.example' });
    expect(doc.strengths).toEqual(['clear scorecard walkthrough']);
    expect(doc.missedPoints?.[0]).toEqual({
      id: 'p1',
      question: 'A forecast you improved',
      wishISaid: 'chilled goods',
    });
  });

  it('round-trips a stored debrief through the form, keeping contacts and outcome', () => {
    const parsed = parseDebrief({
      ...debriefFromForm(filledForm()),
      outcome: 'silence',
      contacts: [{ type: 'email', at: '2026-11-20T17:00:00-05:00' }],
    });
    if (!parsed.ok) throw new Error('fixture should be valid');
    const again = debriefFromForm(formFromDebrief(parsed.value), parsed.value);
    expect(parseDebrief(again)).toEqual(parsed);
  });

  it('gives new list entries ids unused by either list', () => {
    const form = filledForm();
    expect(nextId(form, 'm')).toBe('m2');
    expect(nextId({ ...form, missedPoints: [{ ...form.missedPoints[0]!, id: 'm2' }] }, 'm')).toBe('m3');
  });

  it.each([
    ['company', 1],
    ['interviewer.email', 1],
    ['mishaps[0].kind', 2],
    ['strengths[1]', 3],
    ['missedPoints[0].question', 4],
    ['wantJob', 5],
  ])('knows that %s is asked on step %i', (path, step) => {
    expect(stepOfPath(path)).toBe(step);
  });
});
