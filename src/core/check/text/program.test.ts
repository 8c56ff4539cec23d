/// <reference types="vite/client" />
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DISPATCHED_PHRASES } from '../phrases/all';
import { lowerPatternSource, lowerSameLength } from './lowercase';
import { NotCovered, runProgram, type Program } from './program';
import { programFromSource, readLazyGroup, type LazyGroup } from './program-from-source';

/** What a sticky V8 regex finds at `at`: the match's end, or -1. */
function v8End(source: string, text: string, at: number): number {
  const re = new RegExp(source, 'y');
  re.lastIndex = at;
  const m = re.exec(text);
  return m === null ? -1 : at + m[0].length;
}

function programEnd(source: string, text: string, at: number): number {
  const program = programFromSource(source, false);
  if (program === null) throw new Error(`no program for ${source}`);
  return runProgram(program, text, at);
}

describe('programFromSource', () => {
  it('reads literal runs, alternation, groups and assertions', () => {
    expect(programFromSource('\\bI (?:am|was) sorry', true)).toEqual([
      2,
      [4, 'b'],
      'i ',
      [7, 'aw', 'am', 'was'],
      ' sorry',
    ]);
  });

  it('applies a quantifier to the last character of a literal run only', () => {
    expect(programFromSource('thanks?', false)).toEqual([2, 'thank', [3, 0, 1, 0, 's']]);
    expect(programFromSource('a{2,}?', false)).toEqual([3, 2, -1, 1, 'a']);
  });

  it('lowers what lowerPatternSource lowers, and gives up where it gives up', () => {
    for (const p of DISPATCHED_PHRASES) {
      const lowered = lowerPatternSource(p.source, '');
      const program = programFromSource(p.source, true);
      if (lowered === null) expect(program, p.source).toBeNull();
      else expect(program, p.source).toEqual(programFromSource(lowered, false));
    }
    expect(programFromSource('[A-Z]x', true)).toEqual([2, [0, [97, 122]], 'x']);
    expect(programFromSource('[A-z]', true)).toBeNull();
    expect(programFromSource('caf\\u00e9', true)).toBe('caf\u00e9');
    expect(programFromSource('\\u00c9t\\u00e9', true)).toBeNull();
    expect(programFromSource('\\Qx', true)).toBeNull();
  });

  it('leaves to V8 what programs do not cover', () => {
    for (const source of ['(a)\\1', '(?<name>a)', '\\p{L}', '\\cJ', 'a{', 'x]', '(?:a']) {
      expect(programFromSource(source, false), source).toBeNull();
    }
  });

  it('has a program for nearly every phrase pattern', () => {
    const without = DISPATCHED_PHRASES.filter((p) => programFromSource(p.source, true) === null);
    expect(without.length).toBeLessThanOrEqual(3);
  });
});

describe('word lists', () => {
  it('tries only the words that start with the character at hand, in order', () => {
    expect(programFromSource('(?:ab|a|b)c', false)).toEqual([2, [7, 'aab', 'ab', 'a', 'b'], 'c']);
    expect(programEnd('(?:ab|a|b)c', 'xac', 1)).toBe(3);
    expect(programEnd('(?:ab|a|b)c', 'xabc', 1)).toBe(4);
    expect(programEnd('(?:ab|a)', 'x', 1)).toBe(-1);
  });

  it('matches a word list inside a lookbehind right to left', () => {
    expect(programEnd('(?<=\\b(?:am|was) )sorry', 'i was sorry', 6)).toBe(11);
    expect(programEnd('(?<=\\b(?:am|was) )sorry', 'i is sorry', 5)).toBe(-1);
  });
});

describe('runs then literals', () => {
  it('repeats a run of a class and a literal as one node, as V8 matches it', () => {
    const source = "\\b(?:the|a) (?:[\\w-]+ ){0,2}?(?:format|room) (?:didn't|did not) suit me";
    const program = programFromSource(source, false, { isLazy: true });
    expect(JSON.stringify(program)).toContain('[8,');
    for (const [text, at] of [
      ["so the video call format didn't suit me", 3],
      ["so the room didn't suit me", 3],
      ["so the big loud video room didn't suit me", 3],
    ] as const) {
      const re = new RegExp(source, 'y');
      re.lastIndex = at;
      const m = re.exec(text);
      expect(runProgram(program!, text, at), text).toBe(m ? at + m[0].length : -1);
    }
  });

  it('tries each count of a greedy or lazy repeat, and honours the minimum', () => {
    expect(programEnd('(?:\\w+ ){1,3}x', 'a b c x', 0)).toBe(7);
    expect(programEnd('(?:\\w+ ){1,3}?\\w', 'a b c x', 0)).toBe(3);
    expect(programEnd('(?:\\w+ ){2,}x', 'a x', 0)).toBe(-1);
    expect(programEnd('(?:\\w+ )*x', 'a b c d', 0)).toBe(-1);
  });

  it('takes a literal first when what follows the repeat starts outside the class', () => {
    const source = "\\bI(?:'m| am)?(?: \\w+){0,3}? (?:keen|interested)\\b";
    expect(JSON.stringify(programFromSource(source, false, { isLazy: true }))).toContain(',1,1]');
    for (const text of [
      "I'm very keen",
      'I am really truly deeply keen',
      'I am so very interested',
      'I was keen',
    ]) {
      const re = new RegExp(source, 'y');
      const m = re.exec(text);
      expect(runProgram(programFromSource(source, false, { isLazy: true })!, text, 0), text).toBe(
        m ? m[0].length : -1,
      );
    }
    // A word character may follow: a shorter run could match, so the repeat stays as it is.
    expect(JSON.stringify(programFromSource('(?: \\w+){0,2}?s', false))).not.toContain('[8,');
    expect(programEnd('(?: \\w+){0,2}?s', ' ab cs', 0)).toBe(/(?: \w+){0,2}?s/y.exec(' ab cs')![0].length);
  });

  it('matches such a repeat right to left inside a lookbehind', () => {
    expect(programEnd('(?<=\\bthe (?:[\\w-]+ )?)room', 'the big room', 8)).toBe(12);
    expect(programEnd('(?<=\\bthe (?:[\\w-]+ )?)room', 'a big room', 6)).toBe(-1);
  });
});

describe('alternatives that start with literal text', () => {
  it('tries only those that start with the character at hand, in order, as V8 does', () => {
    const source = '\\b(?:gridlock\\w*|jam|roads?|cost me (?:\\w+ ){1,2}minutes)\\b';
    expect(JSON.stringify(programFromSource(source, false))).toContain('[9,"gjrc",');
    for (const [text, at] of [
      ['the gridlocked road', 4],
      ['a jam', 2],
      ['the roads', 4],
      ['it cost me forty minutes', 3],
      ['a ram', 2],
    ] as const) {
      const re = new RegExp(source, 'y');
      re.lastIndex = at;
      const m = re.exec(text);
      expect(programEnd(source, text, at), text).toBe(m ? at + m[0].length : -1);
    }
  });
});

describe('lazily read groups', () => {
  it('leaves a group unread until a match reaches it, then reads it once', () => {
    const program = programFromSource('\\bnot (?:at all|(?:really|quite) so)\\b', false, { isLazy: true });
    const group = (program as unknown as [2, ...unknown[]]).find(
      (e): e is [6, LazyGroup] => Array.isArray(e) && e[0] === 6,
    )![1];
    expect(group.body).toBeUndefined();
    expect(runProgram(program!, 'is it so', 3)).toBe(-1);
    expect(group.body).toBeUndefined();
    expect(runProgram(program!, 'not quite so', 0)).toBe(12);
    expect(readLazyGroup(group)).toEqual([1, 'at all', [2, [7, 'rq', 'really', 'quite'], ' so']]);
  });

  it('throws NotCovered when a group read late uses what programs leave to V8', () => {
    const program = programFromSource('\\bsee (?:(a)\\1|b)', false, { isLazy: true });
    expect(program).not.toBeNull();
    expect(() => runProgram(program!, 'see aa', 0)).toThrow(NotCovered);
  });

  it('finds what V8 finds, groups nested in classes and escapes included', () => {
    for (const [source, text] of [
      ['x(?:[)(]|\\(|y(?:z|w))+', 'x((yzyw)('],
      ['(?<!\\b(?:a|b(?:c)) )d', 'bc d'],
      ['a(?:(?:b)|c)*?d', 'abcbd'],
    ] as const) {
      const program = programFromSource(source, false, { isLazy: true })!;
      for (let at = 0; at <= text.length; at++)
        expect(runProgram(program, text, at)).toBe(v8End(source, text, at));
    }
  });
});

describe('runProgram', () => {
  it.each([
    ['a lookbehind, read right to left', '(?<=\\b(?:my|your) )\\w+', 'in your hands', 8],
    ['a negative lookbehind with a variable length', '(?<!\\bnot (?:\\w+ )?)sure', 'not very sure', 9],
    ['a lazy repeat taking as little as it can', 'a[^.]{0,9}?b', 'axxbxxb', 0],
    ['a greedy repeat backing off', '\\w+ing\\b', 'singing now', 0],
    ['a repeat whose iterations may match empty', '(?:a?)*b', 'aab', 0],
    ['an optional group that must not loop on empty', '(?:|x)*y', 'xxy', 0],
    ['a lookahead that does not consume', 'to (?!talk\\b)\\w+', 'to talkative', 0],
    ['\\B between two letters', 'a\\Bb', 'ab', 0],
    ['start and end', '^thanks$', 'thanks', 0],
    ['a class with escapes and ranges', "[\\w&'-]+", "r&d-team's", 0],
    ['the dot, which stops at a line break', 'a.+', 'abc\nd', 0],
    ['an exact count', 'x{3}', 'xxxx', 0],
  ])('matches as V8 does: %s', (_name, source, text, at) => {
    expect(programEnd(source, text, at)).toBe(v8End(source, text, at));
  });

  it('finds what V8 finds on random text made of a pattern’s own words', () => {
    const sources = DISPATCHED_PHRASES.filter((_, i) => i % 9 === 0).map((p) =>
      lowerPatternSource(p.source, ''),
    );
    const usable = sources.filter((s): s is string => s !== null);
    const words = [
      ...new Set(usable.flatMap((s) => s.match(/[a-z']+/g) ?? []).filter((w) => w.length > 1)),
    ].slice(0, 400);
    const text = fc
      .array(fc.oneof(fc.constantFrom(...words), fc.constantFrom(' ', ' ', ', ', '. ', '\n', "'")), {
        maxLength: 30,
      })
      .map((parts) => parts.join(' ').replace(/ +/g, ' '));
    fc.assert(
      fc.property(fc.constantFrom(...usable), fc.boolean(), text, (source, isLazy, t) => {
        const program = programFromSource(source, false, { isLazy }) as Program;
        for (let at = 0; at <= t.length; at++) {
          expect(runProgram(program, t, at)).toBe(v8End(source, t, at));
        }
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});

// Every phrase pattern against V8 at every word of a sample of the fixture notes: the two must
// agree wherever dispatch could try the pattern, or the start-up program would change a finding.
const NOTE_SETS = import.meta.glob<string>('../../../../fixtures/holdout*/check-cases.jsonl', {
  query: '?raw',
  import: 'default',
  eager: true,
});

describe('the start-up programs on the fixture notes', () => {
  it('end every match where V8 ends it', () => {
    const notes = Object.values(NOTE_SETS)
      .flatMap((text) => text.split('\n').filter((line) => line.trim()))
      .filter((_, i) => i % 40 === 0)
      .map((line) => lowerSameLength((JSON.parse(line) as { text: string }).text));
    expect(notes.length).toBeGreaterThan(50);
    const patterns = DISPATCHED_PHRASES.flatMap((p) => {
      const lowered = lowerPatternSource(p.source, '');
      // As the checker runs them: groups read when a match first reaches them.
      const program = programFromSource(p.source, true, { isLazy: true });
      return lowered === null || program === null ? [] : [{ re: new RegExp(lowered, 'y'), program }];
    });
    const differences: string[] = [];
    for (const note of notes) {
      const starts = [...note.matchAll(/[a-z0-9']+/g)].map((m) => m.index);
      for (const { re, program } of patterns) {
        for (const at of starts) {
          re.lastIndex = at;
          const m = re.exec(note);
          const expected = m === null ? -1 : at + m[0].length;
          if (runProgram(program, note, at) !== expected)
            differences.push(`${re.source} at ${note.slice(at, at + 40)}`);
        }
      }
    }
    expect(differences).toEqual([]);
  });
});
