import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { createFdWriter, isTerminal } from './process-streams';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tempFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rebound-fd-'));
  dirs.push(dir);
  return join(dir, 'out.txt');
}

describe('createFdWriter', () => {
  it('writes every piece in order, multi-byte text included, before returning', () => {
    const file = tempFile();
    const fd = openSync(file, 'w');
    const unused = new PassThrough();
    const write = createFdWriter(fd, () => unused);
    write('Thank you — ');
    write('x'.repeat(200_000));
    write(' ✓\n');
    closeSync(fd);
    expect(readFileSync(file, 'utf8')).toBe(`Thank you — ${'x'.repeat(200_000)} ✓\n`);
    expect(unused.readableLength).toBe(0);
  });

  it('throws errors other than a full or closed pipe, so they are not lost', () => {
    const file = tempFile();
    writeFileSync(file, '');
    const fd = openSync(file, 'r');
    const write = createFdWriter(fd, () => new PassThrough());
    expect(() => write('text')).toThrow(/EBADF/);
    closeSync(fd);
  });
});

describe('isTerminal', () => {
  it('answers false for a file without loading tty, and for a closed descriptor', () => {
    const file = tempFile();
    const fd = openSync(file, 'w');
    expect(isTerminal(fd)).toBe(false);
    closeSync(fd);
    expect(isTerminal(fd)).toBe(false);
  });

  it('answers false for /dev/null, a character device that is no terminal', () => {
    const fd = openSync('/dev/null', 'w');
    expect(isTerminal(fd)).toBe(false);
    closeSync(fd);
  });
});
