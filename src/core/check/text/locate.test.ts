import { describe, expect, it } from 'vitest';
import { createLocator } from './locate';

describe('createLocator', () => {
  it.each([
    [0, 1, 1],
    [2, 1, 3],
    [3, 2, 1],
    [5, 2, 3],
    [7, 3, 1],
  ])('maps offset %i to line %i, column %i', (offset, line, column) => {
    expect(createLocator('ab\ncd\r\n')(offset)).toEqual({ line, column, offset });
  });

  it('counts UTF-16 code units, so an emoji takes two columns', () => {
    expect(createLocator('😬x')(2)).toEqual({ line: 1, column: 3, offset: 2 });
  });
});
