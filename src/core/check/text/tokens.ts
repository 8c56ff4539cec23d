import { lowerSameLength } from './lowercase';

/** The words of a text, found once and shared by every phrase list. */
export type Tokens = {
  /** Offset of each token in the text. */
  starts: number[];
  /** Each token, lowercased. */
  lowers: string[];
  /** The text tokenized, and its lowercased copy (same length) that lowered patterns run on. */
  text: string;
  lowered: string;
};

/**
 * Splits text into ASCII word tokens (runs of `[A-Za-z0-9]`: `I'm` gives `i` and `m`), remembering
 * where each starts. One pass over char codes; the tokens are cut from one lowercased copy.
 *
 * @example
 * tokenize("I'm in.").lowers; // ['i', 'm', 'in']
 */
export function tokenize(text: string): Tokens {
  const lowered = lowerSameLength(text);
  const starts: number[] = [];
  const lowers: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0;
    const isWord = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
    if (isWord && start < 0) start = i;
    else if (!isWord && start >= 0) {
      starts.push(start);
      lowers.push(lowered.slice(start, i));
      start = -1;
    }
  }
  return { starts, lowers, text, lowered };
}

/**
 * The index of the first of `positions` (ascending token indexes) whose token starts at or after
 * `offset`; `positions.length` when none does.
 *
 * @example
 * firstPositionAt(tokenize('a b c'), [0, 2], 1); // 1 (token 2, "c", is the first at or after offset 1)
 */
export function firstPositionAt(tokens: Tokens, positions: readonly number[], offset: number): number {
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens.starts[positions[mid]!]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
