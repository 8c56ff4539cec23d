/**
 * A regex made on first use and kept. Constructing a pattern with Unicode property classes
 * (`\p{Lu}`) costs V8 ~0.3 ms, paid at start-up by every `rebound check` even when the note never
 * reaches that pattern (a bare-name greeting, a one-line sign-off, a greeting without a name).
 *
 * @example
 * const NAME = lazyRegExp(() => /^\p{Lu}\p{L}*$/u);
 * NAME().test('Dana'); // true
 */
export function lazyRegExp(make: () => RegExp): () => RegExp {
  let re: RegExp | undefined;
  return () => (re ??= make());
}
