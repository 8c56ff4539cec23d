import { describe, expect, it } from 'vitest';
import { compileToMachineCode } from './machine-code';

describe('compileToMachineCode', () => {
  it.each([
    ['a short Latin-1 note', 'I would be glad to send it.'],
    ['a short note with other characters', 'I would be glad to send it — today.'],
    ['a long note', 'I would be glad to send it. '.repeat(40)],
  ])('leaves a sticky regex finding the same in %s', (_name, text) => {
    const fresh = /would be glad to (?:send|share)/y;
    const warmed = compileToMachineCode(/would be glad to (?:send|share)/y, text);
    fresh.lastIndex = 2;
    warmed.lastIndex = 2;
    expect(warmed.exec(text)?.[0]).toBe(fresh.exec(text)?.[0]);
    expect(warmed.lastIndex).toBe(fresh.lastIndex);
  });

  it('puts lastIndex back', () => {
    const re = /x/g;
    re.lastIndex = 3;
    compileToMachineCode(re, 'short');
    expect(re.lastIndex).toBe(3);
  });
});
