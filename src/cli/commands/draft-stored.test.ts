import { afterEach, describe, expect, it } from 'vitest';
import { createTestDataDir, DEBRIEF_JSON } from '../test-store';

describe('rebound draft ID', () => {
  const t = createTestDataDir();
  afterEach(() => t.remove());

  it('drafts from a stored interview by its id', async () => {
    const created = await t.cli(['new', '--from', 'd.json', '--json'], { files: { 'd.json': DEBRIEF_JSON } });
    expect(created.code).toBe(0);
    const id =
      /"id":\s*"([^"]+)"/.exec(created.stdout)?.[1] ?? created.stdout.trim().split('\n').at(-1) ?? '';
    const r = await t.cli(['draft', '--type', 'recovery-email', '--json', id]);
    expect(r.code).toBe(0);
    const draft = JSON.parse(r.stdout);
    expect(draft.text).toContain('Larkspur Analytics');
    expect(draft.text).toContain('Priya');
  });

  it('names the id when no file and no interview has it', async () => {
    const r = await t.cli(['draft', '--type', 'recovery-email', 'nosuch01']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/no interview with id "nosuch01"/);
  });
});
