/**
 * What a teacher on a phone meets, measured in a real browser: how far each page scrolls sideways,
 * how long each credential page is, and what the catalog transfers before and after a first query.
 * Figures for the issue notes (`npm run report:site -- --phone`), not assertions.
 */
import type { Browser, Page } from 'playwright-core';

/** An iPhone-sized viewport, and the narrowest width the site promises to fit. */
export const PHONE = { width: 390, height: 844 } as const;
export const NARROWEST = 320;

export interface PageLength {
  path: string;
  words: number;
  /** Page height in viewport heights at PHONE size. */
  screens: number;
}

export interface SearchTransfer {
  query: string;
  /** Bytes on the wire (compressed) from navigation until the search panel is ready. */
  beforeQuery: number;
  /** Bytes on the wire the first query adds. */
  firstQuery: number;
  results: number;
}

/** Counts bytes on the wire (headers and compressed bodies) of every request a page's context finishes, workers included. */
function countBytes(page: Page): () => number {
  let total = 0;
  page.context().on('requestfinished', (request) => {
    void request.sizes().then((sizes) => (total += sizes.responseHeadersSize + sizes.responseBodySize));
  });
  return () => total;
}

const idle = (page: Page) => page.waitForLoadState('networkidle');

/** Pages wider than the viewport at `width`, with their scroll width. */
export async function sidewaysScroll(browser: Browser, origin: string, paths: string[], width: number) {
  const context = await browser.newContext({ viewport: { width, height: PHONE.height } });
  const page = await context.newPage();
  const wide: Array<{ path: string; scrollWidth: number }> = [];
  for (const path of paths) {
    await page.goto(`${origin}${path}`);
    await idle(page);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    if (scrollWidth > width) wide.push({ path, scrollWidth });
  }
  await context.close();
  return wide;
}

/** Words of visible text in the main region and the page's height in phone screens. */
export async function pageLengths(browser: Browser, origin: string, paths: string[]): Promise<PageLength[]> {
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  const lengths: PageLength[] = [];
  for (const path of paths) {
    await page.goto(`${origin}${path}`);
    await idle(page);
    const { words, height } = await page.evaluate(() => ({
      words: (document.querySelector('main')?.innerText ?? '').split(/\s+/).filter(Boolean).length,
      height: document.documentElement.scrollHeight,
    }));
    lengths.push({ path, words, screens: Math.round((height / PHONE.height) * 10) / 10 });
  }
  await context.close();
  return lengths;
}

/** Opens the catalog on a phone, waits for search to be ready, then types one query. */
export async function searchTransfer(browser: Browser, origin: string, query: string): Promise<SearchTransfer> {
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  const received = countBytes(page);
  await page.goto(`${origin}/catalog/`);
  await page.waitForFunction(() => !document.getElementById('search-panel')?.hasAttribute('aria-busy'));
  await idle(page);
  const beforeQuery = received();
  await page.fill('#query', query);
  await page.waitForFunction(() => /match/.test(document.getElementById('result-status')?.textContent ?? ''));
  // The excerpt of the first card on screen is the last thing a query with results loads.
  await page.waitForSelector('#catalog-list .match-excerpt:not([hidden])', { timeout: 10_000 }).catch(() => undefined);
  await idle(page);
  const results = await page.locator('#catalog-list .card:not([hidden])').count();
  const firstQuery = received() - beforeQuery;
  await context.close();
  return { query, beforeQuery, firstQuery, results };
}
