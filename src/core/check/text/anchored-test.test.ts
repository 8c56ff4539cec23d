/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { COURTESY_AFTER, ON_BEHALF_AFTER, SYMPATHY_AFTER } from '../phrases/apology';
import { anchoredTest } from './anchored-test';
import { programFromSource } from './program-from-source';

const CORPUS = import.meta.glob<string>('../fixtures/corpus.jsonl', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** The 80 characters after every word end of the corpus's notes, as the apology rule reads them. */
function textsAfterWords(): string[] {
  const out: string[] = [];
  for (const raw of Object.values(CORPUS)) {
    for (const line of raw.split('\n').filter(Boolean)) {
      const { text } = JSON.parse(line) as { text: string };
      for (const m of text.matchAll(/\b\w+\b/g))
        out.push(text.slice(m.index + m[0].length, m.index + m[0].length + 80));
    }
  }
  return out;
}

const EDGES = [
  '',
  ' to hear about the reorganization',
  'to hear',
  ' TO HEAR ABOUT YOUR NEWS',
  ' for your loss',
  ' about the restructuring of the team',
  ' to bother you on a Friday',
  ' for the long email',
  ' for the late reply, but',
  ' to catch you before service',
  ' I missed your call yesterday',
  ' for missing your voicemail',
  ' once and plainly',
  ' once again for my answer',
  ' on behalf of the hotel',
  ' to the guests for the wait',
  ' to customers',
  ' to customersxyz',
  '\n\tto hear',
  ' for my answer on budgets',
  ' I rambled on the budget question',
];

describe('anchoredTest', () => {
  const texts = [...textsAfterWords(), ...EDGES];
  it.each([
    ['SYMPATHY_AFTER', SYMPATHY_AFTER],
    ['COURTESY_AFTER', COURTESY_AFTER],
    ['ON_BEHALF_AFTER', ON_BEHALF_AFTER],
  ] as const)('%s: the start-up program answers as V8 does on every text', (_name, patterns) => {
    // Read whole, not lazily: a list the program cannot read would be left to V8 unnoticed.
    expect(programFromSource(patterns.map((p) => p.source).join('|'), true)).not.toBeNull();
    const byProgram = anchoredTest(patterns, { maxProgramRuns: Infinity });
    const re = new RegExp(patterns.map((p) => p.source).join('|'), 'i');
    const differing = texts.filter((t) => byProgram(t) !== re.test(t));
    expect(differing).toEqual([]);
    // The comparison means something only if both answers occur.
    const matched = texts.filter((t) => re.test(t)).length;
    expect(matched).toBeGreaterThan(0);
    expect(matched).toBeLessThan(texts.length);
  });

  it('hands a test to V8 after its start-up runs, with the same answers', () => {
    const isSympathy = anchoredTest(SYMPATHY_AFTER, { maxProgramRuns: 2 });
    const answers = [' to hear that', ' for my answer', ' to hear that', ' for my answer'].map(isSympathy);
    expect(answers).toEqual([true, false, true, false]);
  });

  it('leaves patterns that are not anchored to V8', () => {
    const test = anchoredTest([/sorry/i]);
    expect(test('I am SORRY')).toBe(true);
    expect(test('thanks')).toBe(false);
  });
});
