import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

const sentences = (text: string) =>
  splitSentences(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it.each([
    ['Hi Mr. Park. Thanks!', ['Hi Mr. Park.', 'Thanks!']],
    ['We met at 6 a.m. sharp. Then we left.', ['We met at 6 a.m. sharp.', 'Then we left.']],
    ['I met J. Smith. He was kind.', ['I met J. Smith.', 'He was kind.']],
    ['I met É. Ōno. Élan followed.', ['I met É. Ōno.', 'Élan followed.']],
    ['It was a café. élan followed.', ['It was a café. élan followed.']],
    ['The Straße. Next one.', ['The Straße.', 'Next one.']],
    ['Done.\u00a0Next.', ['Done.', 'Next.']],
    ['First.\n\nSecond', ['First.', 'Second']],
  ])('splits %j', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });
});
