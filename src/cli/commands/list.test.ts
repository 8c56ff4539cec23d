import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDataDir, DEBRIEF_JSON } from '../test-store';

describe('rebound list', () => {
  const t = createTestDataDir();
  const ids: string[] = [];
  beforeAll(async () => {
    for (let day = 1; day <= 25; day++) {
      const d = {
        ...JSON.parse(DEBRIEF_JSON),
        company: `Company ${day}`,
        interviewAt: `2026-10-${String(day).padStart(2, '0')}T10:00:00-04:00`,
      };
      const r = await t.cli(['new', '--from', 'd.json'], { files: { 'd.json': JSON.stringify(d) } });
      ids.push(r.stdout.trim());
    }
  });
  afterAll(() => t.remove());

  it('says how to start when there is nothing yet', async () => {
    const empty = createTestDataDir();
    expect((await empty.cli(['list'])).stdout).toBe('No interviews yet. Record one with: rebound new\n');
    empty.remove();
  });

  it('shows a page of the most recent interviews with the next action and how to see more', async () => {
    const r = await t.cli(['list']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ID\s+COMPANY\s+ROLE\s+DATE\s+NEXT$/);
    expect(lines[1]).toMatch(
      new RegExp(`^${ids[24]}\\s+Company 25\\s+Data Engineer\\s+2026-10-25 10:00\\s+\\S+, `),
    );
    expect(lines).toHaveLength(1 + 20 + 1);
    expect(lines.at(-1)).toBe('Showing 1–20. Next page: rebound list --page 2');
  });

  it('pages with --page and --limit, and shows all with --all', async () => {
    const page2 = await t.cli(['list', '--page', '2']);
    expect(page2.stdout.trimEnd().split('\n').at(-1)).toBe('Showing 21–25.');
    expect((await t.cli(['list', '--page', '9'])).stdout).toBe(
      'No interviews on page 9: rebound list shows the first page.\n',
    );
    const json = JSON.parse((await t.cli(['list', '--json', '--limit', '3', '--page', '2'])).stdout);
    expect(json.total).toBe(25);
    expect(json.interviews.map((i: { company: string }) => i.company)).toEqual([
      'Company 22',
      'Company 21',
      'Company 20',
    ]);
    const all = await t.cli(['list', '--all']);
    expect(all.stdout.trimEnd().split('\n')).toHaveLength(26);
  });

  it.each([
    [['list', '--page', '0'], /--page: expected a whole number of at least 1, got "0"/],
    [['list', '--limit', 'many'], /--limit: expected a whole number of at least 1, got "many"/],
  ])('refuses %j with exit 2', async (argv, message) => {
    const r = await t.cli(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });
});
