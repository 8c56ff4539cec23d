import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { intlZoneOffsets } from '../../core/time/zone';
import type { CliIo } from '../io';
import { createTestDataDir, DEBRIEF_JSON } from '../test-store';
import { askDebrief, type Prompter } from './new';

describe('rebound new', () => {
  let t: ReturnType<typeof createTestDataDir>;
  beforeEach(() => {
    t = createTestDataDir();
  });
  afterEach(() => t.remove());

  it('stores a debrief from a file and prints only the new id', async () => {
    const r = await t.cli(['new', '--from', 'd.json'], { files: { 'd.json': DEBRIEF_JSON } });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^[0-9a-z]{8}\n$/);
    const list = await t.cli(['list', '--json']);
    expect(JSON.parse(list.stdout).interviews[0].id).toBe(r.stdout.trim());
  });

  it('reads the debrief from standard input with --from -', async () => {
    const r = await t.cli(['new', '--from', '-', '--json'], { stdin: DEBRIEF_JSON });
    expect(r.code).toBe(0);
    expect(Object.keys(JSON.parse(r.stdout))).toEqual(['id']);
  });

  it.each([
    [
      'an invalid debrief',
      ['new', '--from', 'd.json'],
      { 'd.json': DEBRIEF_JSON.replace('"yes"', '"perhaps"') },
      /wantJob: expected one of yes, no, unsure/,
    ],
    [
      'a missing file',
      ['new', '--from', 'nope.json'],
      {},
      /nope.json: cannot read the file \(no such file\)/,
    ],
    ['no file and no terminal', ['new'], {}, /--from: expected a debrief JSON file/],
  ])('refuses %s with exit 2 and stores nothing', async (_what, argv, files, message) => {
    const r = await t.cli(argv, { files });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(JSON.parse((await t.cli(['list', '--json'])).stdout).total).toBe(0);
  });
});

describe('the debrief wizard', () => {
  /** Answers the wizard's questions in order, failing loudly when it asks something unexpected. */
  function scripted(answers: (string | boolean)[]): Prompter & { asked: string[] } {
    const asked: string[] = [];
    const next = (message: string) => {
      asked.push(message);
      if (!answers.length) throw new Error(`no scripted answer for "${message}"`);
      return answers.shift()!;
    };
    return {
      asked,
      input: async (q) => String(next(q.message)),
      select: async <T extends string>(q: { message: string }) => next(q.message) as T,
      confirm: async (q) => next(q.message) === true,
    };
  }

  const io = {
    now: () => new Date('2026-11-20T15:00:00-05:00'),
    zoneOffsets: intlZoneOffsets,
    stderr: () => undefined,
  } as unknown as CliIo;

  it('turns the answers into a valid debrief with ids for each mishap and missed point', async () => {
    const ask = scripted([
      'Larkspur Analytics',
      'Data Engineer',
      'Priya Balan',
      'priya@example.com',
      '',
      'not a date',
      '2026-11-20T10:00:00-05:00',
      '45',
      'yes',
      'good',
      false,
      true,
      'blank-answer',
      'froze on the outage question',
      'major',
      'yes',
      false,
      true,
      'How did you handle a failing pipeline?',
      '',
      'failed loads dropped from 9 a month to 1',
      false,
      'clear schema walkthrough',
      '',
      'Sam Rivera',
    ]);
    const debrief = await askDebrief(ask, io);
    expect(debrief).toMatchObject({
      company: 'Larkspur Analytics',
      interviewer: { name: 'Priya Balan', email: 'priya@example.com' },
      interviewAt: '2026-11-20T10:00:00-05:00',
      durationMinutes: 45,
      expressedInterest: false,
      mishaps: [{ id: 'm1', kind: 'blank-answer', severity: 'major', noticed: 'yes' }],
      missedPoints: [{ id: 'p1', evidence: 'failed loads dropped from 9 a month to 1' }],
      strengths: ['clear schema walkthrough'],
      candidate: { name: 'Sam Rivera' },
    });
    // The bad date was asked again, saying what was expected.
    expect(ask.asked.filter((m) => m.startsWith('When did it start?'))).toHaveLength(2);
    expect(ask.asked[6]).toMatch(/like 2026-11-20T10:30-05:00/);
  });
});
