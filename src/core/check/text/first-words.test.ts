import { describe, expect, it } from 'vitest';
import { analyzePattern, firstWords, requiredWords } from './first-words';

describe('firstWords', () => {
  it.each([
    [/\bsorry\b/, ['sorry']],
    [/\b(?:please )?(?:forgive|excuse|pardon) (?:me|my)\b/, ['please', 'forgive', 'excuse', 'pardon']],
    [/\bI(?:'m| am)? (?:so )?sorry/, ['i']],
    [/(?<=^|[.!?]\s{1,3})apologies\b/, ['apologies']],
    [/\bthank(?:s|ful)?\b/, ['thank']],
    [/\b(?:appeals? to me|drawn to)\b/, ['appeal', 'drawn']],
    [/\bstumbl(?:e|ed)|\btrip(?:ped)? over/, ['stumbl', 'trip']],
  ])('reads the first words of %s', (re, words) => {
    expect([...(firstWords(re.source) ?? [])].sort()).toEqual([...words].sort());
  });

  it.each([/\[[^\]]+\]/, /\w+ly\b/, /(?:very )?/, /'d rather/])('says %s may start anywhere', (re) => {
    expect(firstWords(re.source)).toBeNull();
  });
});

describe('requiredWords', () => {
  it.each([
    [/\bI (?:deeply )?regret (?:my|that)\b/, [['regret']]],
    [
      /\b(?:stuck|sat) in traffic\b/,
      [['stuck', 'sat'], ['traffic']].map((s) => s.filter((w) => w.length >= 3)),
    ],
    [/\bmy (?:\w+ )?mental health\b/, [['mental'], ['health']]],
    [/\b(?:kind|sort) of\b/, [['kind', 'sort']]],
    [/\bI (?:am|was) (?:so )?(?:sorry|a)\b/, []],
    // The letters after an optional one go on the same token: "honoured" holds no word "red".
    [/\bhonou?red to (?:present|share)\b/, [['hono'], ['present', 'share']]],
    [/\bcolou?rs? (?:red|blue)\b/, [['colo'], ['red', 'blue']]],
  ])('lists the words every match of %s contains', (re, req) => {
    expect(requiredWords(re.source)).toEqual(req);
  });

  it('agrees with the regular expression on every match it allows', () => {
    const re =
      /\b(?:would|could) (?:really )?(?:welcome|love) (?:the |a )?(?:chance|call) to (?:discuss|talk)\b/i;
    const { requiredWords: req } = analyzePattern(re.source);
    for (const text of ['I would welcome the chance to discuss', 'we could really love a call to talk']) {
      expect(re.test(text)).toBe(true);
      expect(req.every((anyOf) => anyOf.some((w) => text.toLowerCase().includes(w)))).toBe(true);
    }
  });
});

describe('exactWords', () => {
  it.each([
    [/\b(?:I|we)(?:'m| are)? sorry\b/, ['i', 'we']],
    [/\bthank(?:s|ful)?\b/, []],
    [/\btrains?\b/, []],
    [/\bfoo[\s,]bar/, ['foo']],
    [/\bfoo[\w,]bar/, []],
    [/\bab(?: x)*\b/, ['ab']],
    [/\bab(?:c )*d/, []],
    [/\b(?:ab ?)+c/, []],
    [/\bso+ x/, []],
    [/\bx(?=y)z/, []],
    [/\bsorry/, []],
    [/\bI\b|\bsorry$/, ['i', 'sorry']],
    [/(?:please )?(?:forgive|pardon) me/, ['please', 'forgive', 'pardon']],
  ])('says which first words of %s a match must be a whole token of', (re, words) => {
    expect([...analyzePattern(re.source).exactWords].sort()).toEqual([...words].sort());
  });

  it('never calls a first word exact when a match can go on with a letter or digit after it', () => {
    const re = /\b(?:I|we)(?:'d|'m)?(?: [\w-]+){0,2}? apologi[sz]e\b|\bthank(?:s|ful)?\b|\bkind of\b/i;
    const { exactWords } = analyzePattern(re.source);
    for (const text of ['I apologize', "we'd really apologise", 'thankful', 'kind of']) {
      const m = re.exec(text);
      const token = /^[A-Za-z0-9]+/.exec(m?.[0] ?? '')?.[0]?.toLowerCase() ?? '';
      for (const w of exactWords) if (token.startsWith(w)) expect(token).toBe(w);
    }
  });
});
