import { describe, expect, it } from 'vitest';
import { isInsideQuotes } from './quotes';

describe('isInsideQuotes', () => {
  it('is true inside a quoted title on the same line, false after it closes', () => {
    const text = 'her print "Not Sorry" sold; sorry';
    expect(isInsideQuotes(text, text.indexOf('Sorry'))).toBe(true);
    expect(isInsideQuotes(text, text.lastIndexOf('sorry'))).toBe(false);
  });

  it('does not carry a quote across lines', () => {
    const text = 'He said "hello\nsorry';
    expect(isInsideQuotes(text, text.indexOf('sorry'))).toBe(false);
  });
});
