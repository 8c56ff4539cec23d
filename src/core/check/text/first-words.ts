/**
 * Reads a phrase pattern's source and returns the lowercase prefixes its first word can start
 * with, or null when the pattern may start anywhere (a class, a wildcard, punctuation).
 *
 * Handles the subset of syntax the phrase lists use: `\b`, `^`, lookarounds, `(?:…)` groups with
 * `|`, literal letters, escapes and the quantifiers `? * + {m,n}` (lazy or not).
 *
 * @example
 * firstWords('\\b(?:please )?(?:forgive|pardon) me'); // Set { 'please', 'forgive', 'pardon' }
 */
export function firstWords(source: string): Set<string> | null {
  return analyzePattern(source).firstWords;
}

/** Both analyses in one parse. */
export function analyzePattern(source: string): {
  firstWords: Set<string> | null;
  requiredWords: string[][];
} {
  const r = parseAlternatives(source, 0);
  const isAnywhere = r.set === null || r.isNullable || r.set.size === 0;
  return { firstWords: isAnywhere ? null : r.set, requiredWords: r.req };
}

/**
 * The literal words a match must contain, as a list of any-of sets: every set needs one of its
 * words somewhere in the (lowercased) text. A cheap `includes` check on them spares compiling a
 * pattern that cannot match. Words shorter than 3 letters are not worth checking and are left out.
 *
 * @example
 * requiredWords('\\bI (?:deeply )?regret (?:my|that)'); // [['regret']]
 */
export function requiredWords(source: string): string[][] {
  return parseAlternatives(source, 0).req;
}

/** `req`: any-of sets of literal words that every match contains. */
type Parsed = { set: Set<string> | null; isNullable: boolean; i: number; req: string[][] };

function parseAlternatives(src: string, start: number): Parsed {
  let set: Set<string> | null = new Set();
  let isNullable = false;
  let i = start;
  const branches: string[][][] = [];
  for (;;) {
    const seq = parseSequence(src, i);
    set = union(set, seq.set);
    isNullable ||= seq.isNullable;
    branches.push(seq.req);
    i = seq.i;
    if (src[i] === '|') i++;
    else return { set, isNullable, i, req: mergeBranches(branches) };
  }
}

/** One branch alone keeps all its requirements; alternatives need one of each branch's best set. */
function mergeBranches(branches: string[][][]): string[][] {
  if (branches.length === 1) return branches[0] ?? [];
  if (branches.some((b) => b.length === 0)) return [];
  const best = branches.map((b) =>
    b.reduce((x, y) => (Math.min(...y.map((w) => w.length)) > Math.min(...x.map((w) => w.length)) ? y : x)),
  );
  return [[...new Set(best.flat())]];
}

function parseSequence(src: string, start: number): Parsed {
  let set: Set<string> | null = new Set();
  let isOpen = true;
  let i = start;
  const req: string[][] = [];
  while (i < src.length && src[i] !== '|' && src[i] !== ')') {
    const el = parseElement(src, i);
    i = el.i;
    if (!el.isNullable) req.push(...el.req);
    if (isOpen) {
      set = union(set, el.set);
      if (set === null || !el.isNullable) isOpen = false;
    }
  }
  return { set, isNullable: isOpen, i, req };
}

function parseElement(src: string, i: number): Parsed {
  const c = src[i] ?? '';
  if (c === '\\') {
    const n = src[i + 1] ?? '';
    if (n === 'b' || n === 'B') return { set: new Set(), isNullable: true, i: i + 2, req: [] };
    // \p{…} and \u{…} carry a braced argument.
    const end = (n === 'p' || n === 'P' || n === 'u') && src[i + 2] === '{' ? src.indexOf('}', i) + 1 : i + 2;
    return quantified(src, end, null);
  }
  if (c === '^' || c === '$') return { set: new Set(), isNullable: true, i: i + 1, req: [] };
  if (c === '(') {
    if (
      src[i + 1] === '?' &&
      (src[i + 2] === '=' ||
        src[i + 2] === '!' ||
        (src[i + 2] === '<' && (src[i + 3] === '=' || src[i + 3] === '!')))
    )
      return { set: new Set(), isNullable: true, i: closingParen(src, i) + 1, req: [] };
    const inner = parseAlternatives(src, src.startsWith('(?:', i) ? i + 3 : i + 1);
    return quantified(src, inner.i + 1, inner.set, inner.isNullable, inner.req);
  }
  if (c === '[') {
    let j = i + 1;
    while (j < src.length && src[j] !== ']') j += src[j] === '\\' ? 2 : 1;
    return quantified(src, j + 1, null);
  }
  if (isWordChar(c)) {
    let j = i;
    while (isWordChar(src[j])) j++;
    let run = src.slice(i, j);
    if (isOptionalQuantifier(src, j)) run = run.slice(0, -1);
    if (run === '') return quantified(src, j, new Set([src[j - 1]!.toLowerCase()]));
    const word = run.toLowerCase();
    return { set: new Set([word]), isNullable: false, i: j, req: word.length >= 3 ? [[word]] : [] };
  }
  // Punctuation, a space or `.`: the pattern does not start at a word.
  return quantified(src, i + 1, null);
}

/** Applies a quantifier after an element ending at `i`. */
function quantified(
  src: string,
  i: number,
  set: Set<string> | null,
  isNullable = false,
  req: string[][] = [],
): Parsed {
  const c = src[i];
  let end = i;
  if (c === '?' || c === '*' || c === '+') end = i + 1;
  else if (c === '{') {
    const close = src.indexOf('}', i);
    if (close !== -1 && /^\{\d*(?:,\d*)?\}$/.test(src.slice(i, close + 1))) end = close + 1;
  }
  if (end === i) return { set, isNullable, i, req };
  if (src[end] === '?') end++;
  const isOptional = c === '?' || c === '*' || (c === '{' && src[i + 1] === '0');
  return { set, isNullable: isNullable || isOptional, i: end, req: isOptional ? [] : req };
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
