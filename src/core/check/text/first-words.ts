/**
 * Reads a phrase pattern's source and returns the lowercase prefixes its first word can start
 * with, or null when the pattern may start anywhere (a class, a wildcard, punctuation).
 *
 * Handles the subset of syntax the phrase lists use: `\b`, `^`, lookarounds, `(?:…)` groups with
 * `|`, literal letters, escapes, classes and the quantifiers `? * + {m,n}` (lazy or not).
 *
 * @example
 * firstWords('\\b(?:please )?(?:forgive|pardon) me'); // Set { 'please', 'forgive', 'pardon' }
 */
export function firstWords(source: string): Set<string> | null {
  return analyzePattern(source).firstWords;
}

/**
 * The literal words a match must contain, as a list of any-of sets: every set needs a token of the
 * text that starts with one of its words. Only runs that begin a word are listed (after a space,
 * punctuation or the start), so each is a token prefix. A cheap check on them spares compiling a
 * pattern that cannot match. Words shorter than 3 letters are not worth checking and are left out.
 *
 * @example
 * requiredWords('\\bI (?:deeply )?regret (?:my|that)'); // [['regret']]
 */
export function requiredWords(source: string): string[][] {
  return analyzePattern(source).requiredWords;
}

/** Both analyses in one parse. */
export function analyzePattern(source: string): {
  firstWords: Set<string> | null;
  requiredWords: string[][];
} {
  const r = parseAlternatives(source, 0, true);
  const isAnywhere = r.set === null || r.isNullable || r.set.size === 0;
  return { firstWords: isAnywhere ? null : r.set, requiredWords: r.req };
}

/**
 * `set`: first-word prefixes (null: anywhere); `req`: any-of sets of words every match contains;
 * `endsAtWordStart`: whether what follows the element begins a new token.
 */
type Parsed = {
  set: Set<string> | null;
  isNullable: boolean;
  i: number;
  req: string[][];
  endsAtWordStart: boolean;
};

function parseAlternatives(src: string, start: number, atWordStart: boolean): Parsed {
  let set: Set<string> | null = new Set();
  let isNullable = false;
  let endsAtWordStart = true;
  let i = start;
  const branches: string[][][] = [];
  for (;;) {
    const seq = parseSequence(src, i, atWordStart);
    set = union(set, seq.set);
    isNullable ||= seq.isNullable;
    endsAtWordStart &&= seq.endsAtWordStart;
    branches.push(seq.req);
    i = seq.i;
    if (src[i] === '|') i++;
    else return { set, isNullable, i, req: mergeBranches(branches), endsAtWordStart };
  }
}

/** One branch alone keeps all its requirements; alternatives need one of each branch's best set. */
function mergeBranches(branches: string[][][]): string[][] {
  if (branches.length === 1) return branches[0] ?? [];
  if (branches.some((b) => b.length === 0)) return [];
  const shortest = (set: string[]) => Math.min(...set.map((w) => w.length));
  const best = branches.map((b) => b.reduce((x, y) => (shortest(y) > shortest(x) ? y : x)));
  return [[...new Set(best.flat())]];
}

function parseSequence(src: string, start: number, atWordStart: boolean): Parsed {
  let set: Set<string> | null = new Set();
  let isOpen = true;
  let i = start;
  let here = atWordStart;
  const req: string[][] = [];
  while (i < src.length && src[i] !== '|' && src[i] !== ')') {
    const el = parseElement(src, i, here);
    i = el.i;
    // An optional element may be skipped, so a word start holds after it only if it holds both ways.
    here = el.isNullable ? here && el.endsAtWordStart : el.endsAtWordStart;
    if (!el.isNullable) req.push(...el.req);
    if (isOpen) {
      set = union(set, el.set);
      if (set === null || !el.isNullable) isOpen = false;
    }
  }
  return { set, isNullable: isOpen, i, req, endsAtWordStart: here };
}

function parseElement(src: string, i: number, atWordStart: boolean): Parsed {
  const c = src[i] ?? '';
  const assertion = (end: number): Parsed => ({
    set: new Set(),
    isNullable: true,
    i: end,
    req: [],
    endsAtWordStart: atWordStart,
  });
  if (c === '\\') {
    const n = src[i + 1] ?? '';
    if (n === 'b' || n === 'B') return assertion(i + 2);
    // \p{…} and \u{…} carry a braced argument.
    const end = (n === 'p' || n === 'P' || n === 'u') && src[i + 2] === '{' ? src.indexOf('}', i) + 1 : i + 2;
    // An escaped mark (\. \- \') or whitespace ends a token; a class (\w, \d, \p) may not.
    return quantified(src, end, null, false, [], !isWordChar(n) || n === 's');
  }
  if (c === '^' || c === '$') return assertion(i + 1);
  if (c === '(') {
    const isLookaround =
      src[i + 1] === '?' &&
      (src[i + 2] === '=' || src[i + 2] === '!' || src[i + 2] === '<') &&
      src[i + 2] + (src[i + 3] ?? '') !== '<:';
    if (isLookaround) return assertion(closingParen(src, i) + 1);
    const inner = parseAlternatives(src, src.startsWith('(?:', i) ? i + 3 : i + 1, atWordStart);
    return quantified(src, inner.i + 1, inner.set, inner.isNullable, inner.req, inner.endsAtWordStart);
  }
  if (c === '[') {
    let j = i + 1;
    while (j < src.length && src[j] !== ']') j += src[j] === '\\' ? 2 : 1;
    return quantified(src, j + 1, null, false, [], false);
  }
  if (isWordChar(c)) {
    let j = i;
    while (isWordChar(src[j])) j++;
    let run = src.slice(i, j);
    if (isOptionalQuantifier(src, j)) run = run.slice(0, -1);
    if (run === '') return quantified(src, j, new Set([src[j - 1]!.toLowerCase()]), false, [], false);
    const word = run.toLowerCase();
    const req = word.length >= 3 && atWordStart ? [[word]] : [];
    return { set: new Set([word]), isNullable: false, i: j, req, endsAtWordStart: false };
  }
  // Punctuation or a space ends a token; `.` may match a letter. Neither starts a word.
  return quantified(src, i + 1, null, false, [], c !== '.');
}

/** Applies a quantifier after an element ending at `i`. */
function quantified(
  src: string,
  i: number,
  set: Set<string> | null,
  isNullable: boolean,
  req: string[][],
  endsAtWordStart: boolean,
): Parsed {
  const c = src[i];
  let end = i;
  if (c === '?' || c === '*' || c === '+') end = i + 1;
  else if (c === '{') {
    const close = src.indexOf('}', i);
    if (close !== -1 && /^\{\d*(?:,\d*)?\}$/.test(src.slice(i, close + 1))) end = close + 1;
  }
  if (end === i) return { set, isNullable, i, req, endsAtWordStart };
  if (src[end] === '?') end++;
  const isOptional = c === '?' || c === '*' || (c === '{' && src[i + 1] === '0');
  return { set, isNullable: isNullable || isOptional, i: end, req: isOptional ? [] : req, endsAtWordStart };
}

function isOptionalQuantifier(src: string, i: number): boolean {
  return src[i] === '?' || src[i] === '*' || (src[i] === '{' && src[i + 1] === '0');
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
}

function closingParen(src: string, open: number): number {
  let depth = 0;
  for (let j = open; j < src.length; j++) {
    if (src[j] === '\\') j++;
    else if (src[j] === '[') while (j < src.length && src[j] !== ']') j += src[j] === '\\' ? 2 : 1;
    else if (src[j] === '(') depth++;
    else if (src[j] === ')' && --depth === 0) return j;
  }
  return src.length - 1;
}

function union(a: Set<string> | null, b: Set<string> | null): Set<string> | null {
  if (a === null || b === null) return null;
  for (const x of b) a.add(x);
  return a;
}
