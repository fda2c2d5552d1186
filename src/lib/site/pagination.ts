/**
 * Listings that grow with the catalog are cut into pages of a fixed size, so no page grows with it:
 * the first page keeps the listing's own address (`/changes/`) and the next ones add their number
 * (`/changes/2/`). Every page links its neighbors and a bounded window of page numbers, so readers
 * without JavaScript reach every entry.
 */

/** One page of a listing: its entries, its number (from 1) and how many pages the listing has. */
export interface ListingPage<T> {
  items: T[];
  number: number;
  count: number;
  /** How many entries come before this page's first one. */
  offset: number;
}

/** Cuts a list into pages of at most `size` entries, in order; an empty list is one empty page. */
export function paginate<T>(items: readonly T[], size: number): ListingPage<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`A page holds a whole number of entries, at least 1, not ${size}.`);
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, index) => ({
    items: items.slice(index * size, (index + 1) * size),
    number: index + 1,
    count,
    offset: index * size,
  }));
}

/**
 * The root-relative address of page `number` of the listing whose first page is at `first`
 * (which ends in a slash): page 1 is `first` itself, page 2 is `first` + `2/`.
 */
export const pageAddress = (first: string, number: number) => (number === 1 ? first : `${first}${number}/`);

/**
 * The route parameter Astro's `[...page]` routes take for a page: none for the first page, which
 * keeps the listing's address, else the page number.
 */
export const pageParam = (number: number) => (number === 1 ? undefined : String(number));

/**
 * The page numbers a pagination nav shows: the first, the last, and the current page with up to
 * `around` neighbors on each side; `null` marks a gap. Its length never exceeds `2 * around + 5`,
 * however many pages there are.
 */
export function pageWindow(current: number, count: number, around = 2): Array<number | null> {
  const shown = new Set([1, count]);
  for (let number = current - around; number <= current + around; number++) if (number >= 1 && number <= count) shown.add(number);
  const numbers = [...shown].sort((a, b) => a - b);
  return numbers.flatMap((number, index) => {
    const previous = numbers[index - 1];
    if (previous === undefined || number === previous + 1) return [number];
    // A gap of one page shows that page rather than an ellipsis standing for it.
    return number === previous + 2 ? [previous + 1, number] : [null, number];
  });
}
