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

describe('isInsideQuotes with single quotes', () => {
  it.each([
    ["I redesigned our 'Sorry, something went wrong' page.", 'Sorry'],
    ["Users no longer felt cornered by a 'Maybe later' button.", 'Maybe'],
    ["I replaced forced 'say sorry' moments with repair talks.", 'sorry'],
    ["The 'Sorry, eh?' souvenir line sold out.", 'Sorry'],
  ])('is true inside %s', (text, word) => {
    expect(isInsideQuotes(text, text.indexOf(word))).toBe(true);
  });
  it.each([
    ["I'm sorry I didn't answer.", 'sorry'],
    ["In the '90s I was sorry to leave.", 'sorry'],
    ["Our teams' results were good, and I'm sorry I forgot them.", 'sorry'],
    ["The 'Sorry' card worked. I'm sorry I was late.", "I'm sorry"],
  ])('is false outside quotes in %s', (text, word) => {
    expect(isInsideQuotes(text, text.indexOf(word))).toBe(false);
  });
});
