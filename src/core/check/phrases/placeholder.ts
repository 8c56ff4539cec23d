/** Unfilled template slots: [Name], <company>, {role}, {{first_name}}, XXX, TBD, ____ . */
export const PLACEHOLDER_PHRASES: readonly RegExp[] = [
  /\[(?!\d+\]|sic\]|\.\.\.\]|\u2026\])[^[\]\n]{1,40}\]/,
  /<(?![a-z]+:\/\/)[A-Za-z][\w .'/\u00c0-\u024f-]{0,38}>/,
  /\{\{?[^{}\n]{1,40}\}?\}/,
  /\b(?:TBD|TBA|TODO|FIXME)\b/,
  /(?<![\w$])(?:XX+|xxx+)(?![A-Za-z0-9])/,
  /\b[Ll]orem [Ii]psum\b/,
  /_{3,}/,
];
