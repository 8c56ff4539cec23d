import { afterEach, describe, expect, it } from 'vitest';
import { createTestDataDir } from '../test-store';

const debrief = (company: string, outcome: string, question: string) =>
  JSON.stringify({
    company,
    role: 'Data Engineer',
    interviewer: { name: 'Priya Balan' },
    interviewAt: '2026-11-10T10:00:00-05:00',
    wantJob: 'yes',
    mishaps: [{ id: 'm1', kind: 'blank-answer', severity: 'major', noticed: 'yes' }],
    missedPoints: [{ id: 'p1', question }],
    outcome,
  });

describe('rebound journal', () => {
  const t = createTestDataDir();
  afterEach(() => t.remove());

  it('shows the patterns across stored interviews', async () => {
    const files = {
      'a.json': debrief('Larkspur', 'next-round', 'Tell me about a pipeline you scaled.'),
      'b.json': debrief('Fenwick', 'rejected', 'tell me about a pipeline you scaled'),
    };
    expect((await t.cli(['new', '--from', 'a.json'], { files })).code).toBe(0);
    expect((await t.cli(['new', '--from', 'b.json'], { files })).code).toBe(0);
    const r = await t.cli(['journal', '--json']);
    expect(r.code).toBe(0);
    const p = JSON.parse(r.stdout);
    expect(p.outcomes).toMatchObject({ 'next-round': 1, rejected: 1 });
    expect(p.recoveries).toEqual({ total: 2, reachedNextRound: 1 });
    expect(p.troubleKinds).toEqual([{ kind: 'blank-answer', label: expect.any(String), count: 2 }]);
    expect(p.troubleQuestions).toEqual([
      { question: expect.stringMatching(/pipeline you scaled/i), count: 2 },
    ]);
    const human = await t.cli(['journal']);
    expect(human.stdout).toMatch(/Across your 2 interviews/);
    expect(human.stdout).toMatch(/Recoveries: 2, of which 1 led to a next round/);
  });

  it('says how to start when there is nothing yet', async () => {
    const r = await t.cli(['journal']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/No interviews yet/);
  });
});
