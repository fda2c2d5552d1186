/**
 * Search ranks the right credential first for real teachers' queries (tests/fixtures/search-relevance.ts),
 * in the built site's own search engine, so a change to the index or the pages cannot quietly
 * worsen ranking. Every miss is listed at once, with what came first instead.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { checkContent } from '../../src/lib/checks/check.ts';
import { buildVocabulary, wordsOf } from '../../src/lib/site/search-vocabulary.ts';
import { RELEVANCE_QUERIES } from '../fixtures/search-relevance.ts';
import { searchReady, useSite } from './site-fixture.ts';

const { catalog } = checkContent(join(import.meta.dirname, '..', '..'));
const ids = new Set(catalog.credentials.map((folder) => folder.id));
const credentials = catalog.credentials.flatMap((folder) => (folder.credential?.data ? [folder.credential.data] : []));
const describing = new Set(buildVocabulary(credentials));
/** Words only the references and the design history use: searching for them must find nothing. */
const historyOnlyWords = [
  ...new Set(
    credentials
      .flatMap((credential) => [...credential.research.flatMap((work) => work.authors), credential.history.proposedTitle])
      .flatMap(wordsOf)
      .filter((word) => word.length >= 5 && ![...describing].some((known) => known.startsWith(word) || word.startsWith(known))),
  ),
].slice(0, 8);

describe('search relevance', () => {
  const { open } = useSite();

  it('names only credentials the catalog has, in at least 20 queries', () => {
    expect(RELEVANCE_QUERIES.length).toBeGreaterThanOrEqual(20);
    expect(RELEVANCE_QUERIES.filter((entry) => !ids.has(entry.top))).toEqual([]);
  });

  it('ranks the expected credential first for every query', async () => {
    const { page } = await open('/catalog/');
    await searchReady(page);
    const misses: string[] = [];
    for (const { query, top } of RELEVANCE_QUERIES) {
      await page.fill('#query', query);
      // The URL follows the query once its results are shown.
      await page.waitForFunction((typed) => new URL(location.href).searchParams.get('q') === typed, query);
      const first = await page.locator('#catalog-list .card:not([hidden])').first().getAttribute('data-url');
      if (first !== `/credentials/${top}/`) misses.push(`"${query}": expected ${top} first, got ${first}`);
    }
    expect(misses).toEqual([]);
  });

  it('leaves references and design history out of the index', async () => {
    expect(historyOnlyWords.length).toBeGreaterThan(0);
    const { page } = await open('/catalog/');
    await searchReady(page);
    const found: string[] = [];
    for (const word of historyOnlyWords) {
      await page.fill('#query', word);
      await page.waitForFunction((typed) => new URL(location.href).searchParams.get('q') === typed, word);
      const shown = await page.locator('#catalog-list .card:not([hidden])').count();
      if (shown > 0) found.push(`"${word}" finds ${shown}`);
    }
    expect(found).toEqual([]);
  });
});
