import { describe, expect, it } from 'vitest';
import {
  cleanFragment,
  countWords,
  endSentence,
  greetingNameOf,
  numbersIn,
  quoteText,
  stripTemplateMarks,
  upperFirst,
} from './text';

describe('text helpers', () => {
  it.each([
    ['Dana Whitfield', 'Dana'],
    ['Dr. Priya Nair', 'Dr. Nair'],
    ['Ms Lena Park', 'Ms Park'],
    ['Omar', 'Omar'],
    ['Jean-Luc Picard', 'Jean-Luc'],
  ])('greets %s as %s', (name, expected) => {
    expect(greetingNameOf(name)).toBe(expected);
  });

  it.each([
    ['Acme Inc.', 'Acme Inc.'],
    ['a sentence', 'a sentence.'],
    ['a question?', 'a question?'],
  ])('ends "%s" with one full stop at most', (text, expected) => {
    expect(endSentence(text)).toBe(expected);
  });

  it('keeps a leading number as written when starting a sentence', () => {
    expect(upperFirst('2,400 devices deployed')).toBe('2,400 devices deployed');
    expect(upperFirst('cut costs by 22%')).toBe('Cut costs by 22%');
  });

  it('drops trailing punctuation and squashes spaces in a fragment', () => {
    expect(cleanFragment('  cut   costs by 22%. ')).toBe('cut costs by 22%');
    expect(quoteText('Which BI tools do you know?')).toBe('“Which BI tools do you know”');
  });

  it('removes template marks but keeps what they held', () => {
    expect(stripTemplateMarks('cut costs [about 20%] TBD')).toBe('cut costs about 20%');
    expect(stripTemplateMarks('revenue up 12% [TBD: check the figure]')).toBe('revenue up 12%');
  });

  it('counts "18%", "$240,000" and "don’t" as one word each', () => {
    expect(countWords('Costs fell 18% to $240,000, don’t worry')).toBe(7);
  });

  it('reads numbers with thousands separators, decimals and currency', () => {
    expect(numbersIn('$18,000 and 1.5% of 2,400')).toEqual(['18000', '1.5', '2400']);
  });
});

describe('greetingNameOf for names that are not "Given Surname"', () => {
  it.each([
    ['Hiring Manager', 'Hiring Manager'],
    ['the panel', 'the panel'],
    ['Lee, Jordan', 'Jordan'],
    ['Recruiting Team', 'Recruiting Team'],
    ['Ana María O’Neil-Ríos', 'Ana'],
  ])('greets %s as %s', (name, expected) => {
    expect(greetingNameOf(name)).toBe(expected);
  });
});
