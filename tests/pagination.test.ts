import { describe, expect, it } from 'vitest';
import { pageAddress, pageParam, pageWindow, paginate } from '../src/lib/site/pagination.ts';

const numbers = (count: number) => Array.from({ length: count }, (_, index) => index);

describe('paginate()', () => {
  it('cuts any list into pages of at most the page size, keeping every entry once and in order', () => {
    for (const size of [1, 3, 50])
      for (const length of [1, size - 1, size, size + 1, 7 * size + 2].filter((value) => value > 0)) {
        const pages = paginate(numbers(length), size);
        expect(pages.every((page) => page.items.length <= size && page.items.length > 0)).toBe(true);
        expect(pages.flatMap((page) => page.items)).toEqual(numbers(length));
        expect(pages.map((page) => page.number)).toEqual(numbers(pages.length).map((index) => index + 1));
        expect(pages.every((page) => page.count === pages.length && page.items[0] === page.offset)).toBe(true);
      }
  });

  it('gives an empty listing one empty page, so the listing still has its address', () => {
    expect(paginate([], 10)).toEqual([{ items: [], number: 1, count: 1, offset: 0 }]);
  });

  it('refuses a page size that is not a positive whole number', () => {
    for (const size of [0, -1, 2.5]) expect(() => paginate([1], size)).toThrow(/whole number/);
  });
});

describe('pageAddress() and pageParam()', () => {
  it("keeps the listing's own address for the first page and adds the number for the others", () => {
    expect(pageAddress('/changes/', 1)).toBe('/changes/');
    expect(pageAddress('/changes/', 2)).toBe('/changes/2/');
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(12)).toBe('12');
  });
});

describe('pageWindow()', () => {
  it('always shows the first, the last and the current page, in order, and never more than 2 × around + 5 entries', () => {
    for (const count of [1, 2, 5, 9, 10, 40, 1000])
      for (const current of new Set([1, 2, Math.ceil(count / 2), count - 1, count].filter((value) => value >= 1 && value <= count))) {
        const window = pageWindow(current, count);
        const shown = window.filter((entry): entry is number => entry !== null);
        expect(shown).toEqual(expect.arrayContaining([1, count, current]));
        expect(shown).toEqual([...new Set(shown)].sort((a, b) => a - b));
        expect(window.length).toBeLessThanOrEqual(2 * 2 + 5);
        expect(shown.every((number) => number >= 1 && number <= count)).toBe(true);
      }
  });

  it('marks a gap only where it hides two pages or more', () => {
    for (const count of [3, 7, 8, 30])
      for (let current = 1; current <= count; current++) {
        const window = pageWindow(current, count);
        window.forEach((entry, index) => {
          if (entry !== null) return;
          expect(window[index + 1]! - window[index - 1]!).toBeGreaterThan(2);
        });
      }
    expect(pageWindow(5, 9)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(pageWindow(1, 40)).toEqual([1, 2, 3, null, 40]);
    expect(pageWindow(20, 40)).toEqual([1, null, 18, 19, 20, 21, 22, null, 40]);
  });
});
