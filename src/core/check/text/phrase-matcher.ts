import { DISPATCHED_PHRASES } from '../phrases/all';
import { PATTERN_INDEX } from '../phrases/pattern-index.generated';
import type { Match } from './match';
import {
  dispatchList,
  isPossible,
  matchEndAt,
  noteIndex,
  useGeneratedIndex,
  type Candidate,
  type ListDispatch,
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

useGeneratedIndex(DISPATCHED_PHRASES, PATTERN_INDEX);

const NO_POSITIONS: readonly number[] = [];
/** The lists made but not yet used; see `find`. */
const UNPREPARED: (() => ListDispatch)[] = [];
const NO_CANDIDATES: readonly (readonly Candidate[])[] = [];

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
  // Made on first use: creating the ~20 lists costs nothing at start-up.
  let dispatch: ListDispatch | null = null;
  let scan: RegExp | null = null;
  const prepare = (): ListDispatch => {
    if (dispatch) return dispatch;
    const { list, anywhere } = options.isCaseSensitive
      ? { list: dispatchList([]).list, anywhere: [...patterns] }
      : dispatchList(patterns);
    if (anywhere.length) {
      scan = new RegExp(anywhere.map((p) => `(?:${p.source})`).join('|'), `g${flags(anywhere[0]!)}`);
    }
    dispatch = list;
    return list;
  };
  UNPREPARED.push(prepare);

  const find = (
    text: string,
    tokens: Tokens,
    region: Span = { start: 0, end: text.length },
    isFirstOnly = false,
  ): Match[] => {
    const out: Match[] = [];
    // Every list made so far is prepared at once: a list added after a note was indexed makes
    // the note be indexed again.
    if (!dispatch) for (const p of UNPREPARED.splice(0)) p();
    const list = prepare();
    if (list.orderOf.size > 0) {
      // Only the tokens where this list has candidates, each with its candidates in list order.
      const note = noteIndex(tokens);
      const positions = note.positions[list.id] ?? NO_POSITIONS;
      const candidates = note.candidates[list.id] ?? NO_CANDIDATES;
      let lastEnd = -1;
      for (let i = firstPositionAt(tokens, positions, region.start); i < positions.length; i++) {
        const at = tokens.starts[positions[i]!]!;
        if (at >= region.end) break;
        if (at < lastEnd) continue;
        const here = candidates[i]!;
        for (let c = 0; c < here.length; c++) {
          const e = here[c]!;
          if (!isPossible(note, e.pattern)) continue;
          const end = matchEndAt(note, tokens, e.pattern, text, at);
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
