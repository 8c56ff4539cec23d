import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDataDir, DEBRIEF_JSON } from '../test-store';

describe('rebound export and import', () => {
  let from: ReturnType<typeof createTestDataDir>;
  let to: ReturnType<typeof createTestDataDir>;
  beforeEach(() => {
    from = createTestDataDir();
    to = createTestDataDir();
  });
  afterEach(() => {
    from.remove();
    to.remove();
  });

  async function fill() {
    const id = (
      await from.cli(['new', '--from', 'd.json'], { files: { 'd.json': DEBRIEF_JSON } })
    ).stdout.trim();
    await from.cli(['done', id, 'cool-off']);
    await from.cli(['contact', id, '--type', 'email']);
    await from.cli(['lessons', id, '--add', 'Have an outage story ready']);
    await from.cli(['answers', '--add', '--question', 'Q?', '--answer', 'A.']);
    return id;
  }

  it('moves everything to an empty store unchanged', async () => {
    await fill();
    const exported = await from.cli(['export', '--out', 'all.json']);
    expect(exported.stdout).toBe('Exported 1 interview, 1 lesson and 1 answer to all.json\n');
    const file = exported.files.get('all.json')!;
    const imported = await to.cli(['import', 'all.json'], { files: { 'all.json': file } });
    expect(imported.code).toBe(0);
    expect(imported.stdout).toBe('Imported 1 interview, 1 lesson and 1 answer from all.json\n');
    expect((await to.cli(['export'])).stdout).toBe((await from.cli(['export'])).stdout);
  });

  it('refuses a bad file naming the record and field, and imports nothing of it', async () => {
    await fill();
    const data = JSON.parse((await from.cli(['export'])).stdout);
    data.interviews.push({ ...JSON.parse(JSON.stringify(data.interviews[0])), id: 'second01' });
    data.interviews[1].debrief.mishaps[0].kind = 'tripped';
    const r = await to.cli(['import', 'bad.json'], { files: { 'bad.json': JSON.stringify(data) } });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      /^rebound: bad.json: The import file has 1 problem; nothing was imported:\n {2}interviews\[1\]\.debrief\.mishaps\[0\]\.kind: expected one of late, unprepared/,
    );
    expect(JSON.parse((await to.cli(['list', '--json'])).stdout).total).toBe(0);
  });

  it.each([
    ['not JSON', '{"format": ', /bad.json: The import file is not valid JSON/],
    ['empty', '', /bad.json: The import file is empty/],
    [
      'not an export',
      '{"interviews": []}',
      /format: expected "rebound-export" \(is this a Rebound export file\?\)/,
    ],
  ])('refuses a file that is %s', async (_what, text, message) => {
    const r = await to.cli(['import', 'bad.json'], { files: { 'bad.json': text } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});
