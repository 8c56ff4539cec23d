import { DISPATCHED_PHRASES } from '../phrases/all';
import { PATTERN_INDEX } from '../phrases/pattern-index.generated';
import type { Match } from './match';
import { createPatternLookup } from './pattern-index';
import {
  indexText,
  isPossible,
  registerPattern,
  registerTable,
  matchEndAt,
  twoLetterKey,
  type Candidate,
  type DispatchTable,
} from './phrase-dispatch';
import type { Span } from './span';
import { firstPositionAt, type Tokens } from './tokens';

export { tokenize, type Tokens } from './tokens';

/** A compiled phrase list. */
export type PhraseMatcher = {
  /** Non-overlapping matches inside `region`, in text order. */
  find: (text: string, tokens: Tokens, region?: Span) => Match[];
  /** True when some phrase matches inside one of the regions. */
  test: (text: string, tokens: Tokens, regions: readonly Span[]) => boolean;
};

const NO_POSITIONS: readonly number[] = [];
const analysisOf = createPatternLookup(DISPATCHED_PHRASES, PATTERN_INDEX);

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
  const table: DispatchTable = { byFirstTwo: new Map(), single: new Array(128) };
  const anywhere: RegExp[] = [];
  patterns.forEach((p, order) => {
    if (options.isCaseSensitive) {
      anywhere.push(p);
      return;
    }
    const { firstWords: prefixes, requiredWords, exactWords } = analysisOf(p);
    if (prefixes === null) {
      anywhere.push(p);
      return;
    }
    const pattern = registerPattern(
      { source: p.source, isCaseless: true, isUnicode: p.flags.includes('u') },
      requiredWords,
    );
    for (const prefix of prefixes) {
      const entry: Candidate = { prefix, isExact: exactWords.has(prefix), pattern, order };
      if (prefix.length === 1) {
        (table.single[prefix.charCodeAt(0)] ??= []).push(entry);
        continue;
      }
      const key = twoLetterKey(prefix);
      const list = table.byFirstTwo.get(key);
      if (list) list.push(entry);
      else table.byFirstTwo.set(key, [entry]);
    }
  });
  for (const [key, list] of table.byFirstTwo) {
    list.push(...(table.single[key >> 7] ?? []));
    list.sort((a, b) => a.order - b.order);
  }
  const hasTable = table.byFirstTwo.size > 0 || table.single.some(Boolean);
  const id = hasTable ? registerTable(table) : -1;
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
    if (id >= 0) {
      const index = indexText(tokens);
      // Only the tokens where this list has candidates, each with its candidates in list order.
      const positions = index.positions[id] ?? NO_POSITIONS;
      const candidates = index.candidates[id] ?? [];
      let lastEnd = -1;
      for (let i = firstPositionAt(tokens, positions, region.start); i < positions.length; i++) {
        const at = tokens.starts[positions[i]!]!;
        if (at >= region.end) break;
        if (at < lastEnd) continue;
        for (const e of candidates[i]!) {
          if (!isPossible(index, e.pattern)) continue;
          const end = matchEndAt(tokens, e.pattern, text, at);
          if (end <= at || end > region.end) continue;
          lastEnd = end;
          out.push({ start: at, end: lastEnd, text: text.slice(at, lastEnd), pattern: e.order });
          break;
        }
        if (isFirstOnly && out.length) return out;
      }
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
