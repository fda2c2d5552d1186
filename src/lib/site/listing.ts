/**
 * How the site's listings stay small whatever the size of the catalog: the catalog and a pathway's
 * level are split into numbered pages of at most CARDS_PER_PAGE cards, and a summary (a pathway page,
 * the pathway map) shows the first few of a group and says how many more there are. Pure and free
 * of Node APIs, so the pages and the catalog's search script page through results the same way.
 */

/**
 * Cards one listing page holds. A card weighs 1.4 to 1.9 KB of HTML (the summary is at most 320
 * characters), so a page of 36 stays under 100 KB with the search panel and the site's chrome even
 * when every card is as long as the schema allows (measured at 1,000 credentials: 48 cards came to
 * 85 KB, too close). 36 fills whole rows of one, two, three or four columns.
 */
export const CARDS_PER_PAGE = 36;

export interface ListPage<T> {
  /** 1 for the first page. */
  number: number;
  /** How many pages the whole list takes (at least 1, an empty list being one empty page). */
  pageCount: number;
  items: T[];
  /** Positions of the page's first and last items in the whole list, from 1 (0 and 0 when empty). */
  first: number;
  last: number;
  total: number;
}

/** How many pages a list of `total` items takes; an empty list is one (empty) page. */
export const pageCountOf = (total: number, perPage = CARDS_PER_PAGE) => Math.max(1, Math.ceil(total / perPage));

/** Page `number` of a list (clamped to the pages there are). */
export function pageOf<T>(items: readonly T[], number: number, perPage = CARDS_PER_PAGE): ListPage<T> {
  const pageCount = pageCountOf(items.length, perPage);
  const current = Math.min(Math.max(1, Math.trunc(number) || 1), pageCount);
  const start = (current - 1) * perPage;
  const pageItems = items.slice(start, start + perPage);
  return {
    number: current,
    pageCount,
    items: pageItems,
    first: pageItems.length > 0 ? start + 1 : 0,
    last: start + pageItems.length,
    total: items.length,
  };
}

/** Every page of a list, in order: what a build writes as /catalog/, /catalog/2/, … */
export function paginate<T>(items: readonly T[], perPage = CARDS_PER_PAGE): ListPage<T>[] {
  return Array.from({ length: pageCountOf(items.length, perPage) }, (_, index) => pageOf(items, index + 1, perPage));
}

/** The address of page `number` of a listing whose first page is `firstPage` (`/catalog/` → `/catalog/2/`). */
export const pagePath = (firstPage: string, number: number) => (number <= 1 ? firstPage : `${firstPage}${number}/`);

/** The route parameter of a page in a `[...page]` route: none for the first page, else its number. */
export const pageParam = (number: number) => (number <= 1 ? undefined : String(number));

/**
 * The page numbers a pagination bar links to: the first, the last, and the current page with its
 * neighbors; `null` marks a gap. A bar has at most 7 entries however many pages there are.
 */
export function pageLinks(current: number, pageCount: number): Array<number | null> {
  const wanted = [...new Set([1, current - 1, current, current + 1, pageCount])]
    .filter((number) => number >= 1 && number <= pageCount)
    .sort((a, b) => a - b);
  return wanted.flatMap((number, index) => (index > 0 && number - wanted[index - 1]! > 1 ? [null, number] : [number]));
}

/** A count as the site writes it: 1,000. */
export const formatCount = (value: number) => value.toLocaleString('en-US');

/** "Showing all 18 credentials." or "Showing 49–96 of 1,000 credentials.": what one listing page shows. */
export function showingText(page: Pick<ListPage<unknown>, 'first' | 'last' | 'total' | 'pageCount'>): string {
  return page.pageCount === 1
    ? `Showing all ${formatCount(page.total)} credentials.`
    : `Showing ${formatCount(page.first)}–${formatCount(page.last)} of ${formatCount(page.total)} credentials.`;
}

/**
 * What a search found, said once: "3 of 18 credentials match." and, when the matches take more than
 * one page, which of them this page shows.
 */
export function matchesText(page: Pick<ListPage<unknown>, 'first' | 'last' | 'total' | 'pageCount'>, catalogSize: number): string {
  if (page.total === 0) return 'No credential matches. Remove a filter or try another word.';
  const matches = `${formatCount(page.total)} of ${formatCount(catalogSize)} credentials match.`;
  return page.pageCount === 1 ? matches : `${matches} Showing ${formatCount(page.first)}–${formatCount(page.last)}.`;
}

/**
 * Cards a pathway's page shows of each level before linking to the level's own pages: the levels
 * share one listing page's worth, so the pathway page is never longer than a catalog page.
 */
export const levelPreviewSize = (levelCount: number) => Math.max(4, Math.floor(CARDS_PER_PAGE / Math.max(1, levelCount)));

/** The first items of a group that a summary shows, and how many it leaves out. */
export interface Preview<T> {
  shown: T[];
  more: number;
}

/**
 * A group summarized to at most `limit` entries: a group that fits is shown whole; a longer one
 * shows `limit - 1` items and leaves the last place to a "N more" link, so the summary never holds
 * more than `limit` entries and never says "1 more" in place of the item itself.
 */
export function preview<T>(items: readonly T[], limit: number): Preview<T> {
  if (items.length <= limit) return { shown: [...items], more: 0 };
  const shown = items.slice(0, Math.max(0, limit - 1));
  return { shown, more: items.length - shown.length };
}
