import { PATTERN_INDEX } from '../phrases/pattern-index.generated';
import { lookUpPattern } from './pattern-index';
import type { Match } from './match';
import type { Span } from './span';

/** The words of a text, found once and shared by every phrase list. */
export type Tokens = {
  starts: Int32Array;
  lowers: string[];
  /** Char code of each token's first (lowercase) letter, for dispatch without hashing. */
  firsts: Uint8Array;
  /** The distinct tokens, sorted, for the required-word check (a prefix search); built on first use. */
  sorted: string[] | null;
  /** Which patterns' required words the text holds, filled in as patterns are tried. */
  possible: Map<object, boolean>;
  /** Which required words the text holds (shared by patterns). */
  holds: Map<string, boolean>;
  /** The first one, two and three letters of every token as numbers (`prefixCode`): a quick "no". */
  heads: Set<number> | null;
};

const TOKEN = /[A-Za-z0-9]+/g;

/** Splits text into ASCII word tokens (`I'm` gives `i` and `m`), remembering where each starts. */
export function tokenize(text: string): Tokens {
  const starts: number[] = [];
  const lowers: string[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    starts.push(m.index);
    lowers.push(m[0].toLowerCase());
  }
  const firsts = Uint8Array.from(lowers, (w) => w.charCodeAt(0));
  return {
    starts: Int32Array.from(starts),
    lowers,
    firsts,
    sorted: null,
    possible: new Map(),
    holds: new Map(),
    heads: null,
  };
}

/** A number for a word's first three letters and how many there are (at most 3), ASCII only. */
function prefixCode(word: string, length = Math.min(3, word.length)): number {
  let code = length;
  for (let i = 0; i < length; i++) code = (code << 7) | (word.charCodeAt(i) & 127);
  return code;
}

function headsOf(tokens: Tokens): Set<number> {
  if (tokens.heads) return tokens.heads;
  const heads = new Set<number>();
  for (const w of tokens.lowers) {
    for (let n = 1; n <= Math.min(3, w.length); n++) heads.add(prefixCode(w, n));
  }
  tokens.heads = heads;
  return heads;
}

/** One pattern; its sticky copy is compiled on first use, since most patterns never run. */
type Compiled = { source: string; flags: string; re: RegExp | null; req: string[][]; codes: number[][] };
type Entry = { prefix: string; pattern: Compiled; order: number };

/** True when the text holds every required word of the entry (memoized per text). */
function isPossible(tokens: Tokens, c: Compiled): boolean {
  let ok = tokens.possible.get(c);
  if (ok === undefined) {
    // Most required words are absent: their first three letters rule them out without a search.
    const heads = headsOf(tokens);
    ok = c.req.every((anyOf, g) => anyOf.some((w, i) => heads.has(c.codes[g]![i]!) && holds(tokens, w)));
    tokens.possible.set(c, ok);
  }
  return ok;
}

function holds(tokens: Tokens, word: string): boolean {
  let ok = tokens.holds.get(word);
  if (ok === undefined) {
    tokens.sorted ??= [...new Set(tokens.lowers)].sort();
    ok = hasTokenStartingWith(tokens.sorted, word);
    tokens.holds.set(word, ok);
  }
  return ok;
}

function hasTokenStartingWith(sorted: readonly string[], prefix: string): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo]!.startsWith(prefix);
}

function stickyOf(c: Compiled): RegExp {
  c.re ??= new RegExp(c.source, c.flags);
  return c.re;
}

/** A compiled phrase list. */
export type PhraseMatcher = {
  /** Non-overlapping matches inside `region`, in text order. */
  find: (text: string, tokens: Tokens, region?: Span) => Match[];
  /** True when some phrase matches inside one of the regions. */
  test: (text: string, tokens: Tokens, regions: readonly Span[]) => boolean;
};

/**
 * Compiles a phrase list for first-word dispatch. Each pattern becomes a sticky regular expression
 * tried only at tokens that can start it (by the prefixes `firstWords` reads from its source), so
 * a note is tokenized once and most patterns never run. Scanning the whole text with one big
 * alternation costs V8 hundreds of milliseconds on first use, because it interprets every
 * alternative at every position before it tiers up (docs/adr/0001-checker-engine.md).
 *
 * @example
 * const m = createPhraseMatcher([/\bsorry\b/]);
 * m.find('I am sorry.', tokenize('I am sorry.')); // [{ start: 5, end: 10, text: 'sorry' }]
 */
export function createPhraseMatcher(
  patterns: readonly RegExp[],
  options: { isCaseSensitive?: boolean } = {},
): PhraseMatcher {
  const flags = (p: RegExp) => `${options.isCaseSensitive ? '' : 'i'}${p.flags.includes('u') ? 'u' : ''}`;
  // Candidates by a token's first two letters (tokens are ASCII words), so a token only meets the
  // patterns that can start with it; one-letter prefixes ("i", "a") join every list of their letter.
  const single: (Entry[] | undefined)[] = new Array(128);
  const byFirstTwo = new Map<number, Entry[]>();
  const anywhere: RegExp[] = [];
  patterns.forEach((p, order) => {
    if (options.isCaseSensitive) {
      anywhere.push(p);
      return;
    }
    const { firstWords: prefixes, requiredWords: req } = lookUpPattern(PATTERN_INDEX, p.source);
    if (prefixes === null) {
      anywhere.push(p);
      return;
    }
    // Smallest word groups first: one missing rare word rules the pattern out in a lookup or two.
    const bySize = [...req].sort((a, b) => a.length - b.length);
    const codes = bySize.map((anyOf) => anyOf.map((w) => prefixCode(w)));
    const pattern: Compiled = { source: p.source, flags: `y${flags(p)}`, re: null, req: bySize, codes };
    for (const prefix of prefixes) {
      const entry = { prefix, pattern, order };
      if (prefix.length === 1) {
        const key = prefix.charCodeAt(0);
        (single[key] ??= []).push(entry);
        continue;
      }
      const key = twoLetterKey(prefix);
      const list = byFirstTwo.get(key);
      if (list) list.push(entry);
      else byFirstTwo.set(key, [entry]);
    }
  });
  for (const [key, list] of byFirstTwo) {
    list.push(...(single[key >> 7] ?? []));
    list.sort((a, b) => a.order - b.order);
  }
  const scan = anywhere.length
    ? new RegExp(anywhere.map((p) => `(?:${p.source})`).join('|'), `g${flags(anywhere[0]!)}`)
    : null;

  const find = (
    text: string,
    tokens: Tokens,
    region: Span = { start: 0, end: text.length },
    isFirstOnly = false,
  ): Match[] => {
    const out: Match[] = [];
    let lastEnd = -1;
    for (let k = firstTokenAt(tokens, region.start); k < tokens.starts.length; k++) {
      const at = tokens.starts[k]!;
      if (at >= region.end) break;
      if (at < lastEnd) continue;
      const lower = tokens.lowers[k]!;
      const candidates =
        (lower.length > 1 ? byFirstTwo.get(twoLetterKey(lower)) : undefined) ?? single[tokens.firsts[k]!];
      if (candidates === undefined) continue;
      for (const e of candidates) {
        if (!lower.startsWith(e.prefix) || !isPossible(tokens, e.pattern)) continue;
        const re = stickyOf(e.pattern);
        re.lastIndex = at;
        const m = re.exec(text);
        if (m === null || m[0].length === 0 || at + m[0].length > region.end) continue;
        out.push({ start: at, end: at + m[0].length, text: m[0], pattern: e.order });
        lastEnd = at + m[0].length;
        break;
      }
      if (isFirstOnly && out.length) return out;
    }
    if (scan) {
      scan.lastIndex = region.start;
      for (let m = scan.exec(text); m !== null && m.index < region.end; m = scan.exec(text)) {
        if (m[0].length === 0) scan.lastIndex = m.index + 1;
        else if (m.index + m[0].length <= region.end)
          out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
      }
      out.sort((a, b) => a.start - b.start);
      return out.filter((m, i) => i === 0 || m.start >= out[i - 1]!.end);
    }
    return out;
  };
  return {
    find: (text, tokens, region) => find(text, tokens, region),
    test: (text, tokens, regions) => regions.some((r) => find(text, tokens, r, true).length > 0),
  };
}

/** A number for the first two letters of a word (ASCII, so 7 bits each). */
function twoLetterKey(word: string): number {
  return ((word.charCodeAt(0) & 127) << 7) | (word.charCodeAt(1) & 127);
}

function firstTokenAt(tokens: Tokens, offset: number): number {
  let lo = 0;
  let hi = tokens.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens.starts[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
