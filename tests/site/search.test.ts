/**
 * Catalog search in a real browser, under the site's Content-Security-Policy: full text, every
 * facet with correct live counts, shareable URLs, "did you mean", excerpts, what a query downloads,
 * the phone layout, and a usable list without JavaScript.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { checkContent } from '../../src/lib/checks/check.ts';
import { credentialFacetValues, facetContext, searchFacets } from '../../src/lib/site/search-facets.ts';
import { buildVocabulary } from '../../src/lib/site/search-vocabulary.ts';
import { searchReady, useSite } from './site-fixture.ts';

const { catalog } = checkContent(join(import.meta.dirname, '..', '..'));
const program = catalog.program!.data!;
const frameworks = catalog.standards.flatMap((yaml) => (yaml.data ? [yaml.data] : []));
const credentials = catalog.credentials.flatMap((folder) =>
  folder.credential?.data ? [{ credential: folder.credential.data, rubric: folder.rubric?.data, alignment: folder.alignment?.data }] : [],
);
const stacks = catalog.stacks.flatMap((yaml) => (yaml.data ? [yaml.data] : []));
const context = facetContext(credentials, program, frameworks, stacks);
/** The facet values each credential should carry, computed independently of the browser. */
const expected = credentials.map((bundle) => ({
  url: `/credentials/${bundle.credential.id}/`,
  values: credentialFacetValues(bundle, context),
}));
const offeredFacets = searchFacets(credentials, context).map((facet) => facet.id);
/** The first query may transfer this much; the engine and the filters load before typing. */
const FIRST_QUERY_BUDGET = 40 * 1024;

const visibleUrls = (page: Page) =>
  page.locator('#catalog-list .card:not([hidden])').evaluateAll((cards) => cards.map((card) => (card as HTMLElement).dataset.url!));
const settle = async (page: Page) => {
  await searchReady(page);
  // The filters start collapsed on a narrow screen; open them as a teacher would.
  await page.locator('#filter-panel').evaluate((panel) => ((panel as HTMLDetailsElement).open = true));
};

describe('catalog search', () => {
  const { open } = useSite();

  it('lists every credential before any query, and without JavaScript', async () => {
    const { page } = await open('/catalog/', { javaScriptEnabled: false });
    expect(await page.locator('#catalog-list .card').count()).toBe(credentials.length);
    expect(await page.locator('#search-panel').isHidden()).toBe(true);
  });

  it('finds the one credential that contains a distinctive word, with no CSP violation', async () => {
    const { page, errors } = await open('/catalog/');
    await settle(page);
    await page.fill('#query', 'Gantt');
    await expect.poll(() => visibleUrls(page)).toEqual(['/credentials/pe-engineering-project-management/']);
    await expect.poll(() => page.locator('#result-status').textContent()).toBe(`1 of ${credentials.length} credentials match.`);
    expect(errors).toEqual([]);
  });

  describe.each(offeredFacets.map((facet) => [facet] as const))('the %s filter', (facet) => {
    it('narrows the list to exactly the credentials carrying the value, and its counts are right', async () => {
      const { page } = await open('/catalog/');
      await settle(page);
      const box = page.locator(`fieldset[data-facet="${facet}"] input`).first();
      const value = await box.getAttribute('value');
      const counts = await page.locator(`fieldset[data-facet="${facet}"] .count`).allTextContents();
      const values = await page
        .locator(`fieldset[data-facet="${facet}"] input`)
        .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
      values.forEach((candidate, index) =>
        expect(Number(counts[index]), candidate).toBe(expected.filter((entry) => entry.values[facet].includes(candidate)).length),
      );

      await box.evaluate((element) => element.closest('details')?.setAttribute('open', ''));
      await box.check();
      const wanted = expected
        .filter((entry) => entry.values[facet].includes(value!))
        .map((entry) => entry.url)
        .sort();
      await expect.poll(async () => (await visibleUrls(page)).sort()).toEqual(wanted);
      expect(wanted.length).toBeLessThan(credentials.length);
      await expect.poll(() => new URL(page.url()).searchParams.getAll(facet)).toEqual([value]);
    });
  });

  it('combines facets with AND and values within a facet with OR, with counts that follow', async () => {
    const { page } = await open('/catalog/?level=Level+2&level=Level+3&pathway=Pre-Engineering');
    await settle(page);
    const wanted = expected
      .filter(
        (entry) =>
          ['Level 2', 'Level 3'].some((level) => entry.values.level.includes(level)) && entry.values.pathway.includes('Pre-Engineering'),
      )
      .map((entry) => entry.url)
      .sort();
    await expect.poll(async () => (await visibleUrls(page)).sort()).toEqual(wanted);
    const level1 = expected.filter(
      (entry) => entry.values.level.includes('Level 1') && entry.values.pathway.includes('Pre-Engineering'),
    ).length;
    expect(await page.locator('fieldset[data-facet="level"] [data-count-for="Level 1"]').textContent()).toBe(String(level1));
  });

  it('restores query and filters from a shared URL', async () => {
    const level = expected[0]!.values.level[0]!;
    const { page } = await open(`/catalog/?q=design&level=${encodeURIComponent(level)}`);
    await settle(page);
    expect(await page.inputValue('#query')).toBe('design');
    expect(await page.locator(`fieldset[data-facet="level"] input[value="${level}"]`).isChecked()).toBe(true);
    await expect.poll(() => page.locator('#active-count').textContent()).toBe(' (1 active)');
    const shown = await visibleUrls(page);
    expect(shown.length).toBeGreaterThan(0);
    for (const url of shown) expect(expected.find((entry) => entry.url === url)!.values.level).toContain(level);
  });

  it('offers a filter value only when it narrows the list', () => {
    for (const facet of searchFacets(credentials, context))
      for (const value of facet.values) expect(value.count, `${facet.id} ${value.value}`).toBeLessThan(credentials.length);
  });

  it('clears everything with one button', async () => {
    const { page } = await open('/catalog/?q=robot&level=Level+3');
    await settle(page);
    await page.click('#clear-search');
    await expect.poll(() => visibleUrls(page).then((urls) => urls.length)).toBe(credentials.length);
    expect(new URL(page.url()).search).toBe('');
  });

  it('offers the catalog word closest to a misspelled one, and searching for it finds the credential', async () => {
    const vocabulary = buildVocabulary(credentials.map((bundle) => bundle.credential));
    // A long word of a title, with one letter dropped from its middle, as a hurried teacher types it.
    const target = credentials.find((bundle) => bundle.credential.title.split(' ').some((word) => word.length >= 8))!.credential;
    const word = target.title
      .split(' ')
      .find((candidate) => candidate.length >= 8)!
      .toLowerCase();
    const typo = word.slice(0, 3) + word.slice(4);
    expect(vocabulary.some((known) => known.startsWith(typo))).toBe(false);
    const { page, errors } = await open('/catalog/');
    await settle(page);
    await page.fill('#query', typo);
    await expect.poll(() => page.locator('#did-you-mean').isVisible()).toBe(true);
    expect(await page.locator('#suggestion').textContent()).toBe(word);
    await page.click('#suggestion');
    expect(await page.inputValue('#query')).toBe(word);
    await expect.poll(() => visibleUrls(page)).toContain(`/credentials/${target.id}/`);
    await expect.poll(() => page.locator('#did-you-mean').isHidden()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('shows why a card on screen matched, with the matched words highlighted', async () => {
    const { page } = await open('/catalog/');
    await settle(page);
    const word = credentials[0]!.credential.title
      .split(' ')
      .find((candidate) => candidate.length >= 6)!
      .toLowerCase();
    await page.fill('#query', word);
    const first = page.locator('#catalog-list .card:not([hidden])').first();
    await expect.poll(() => first.locator('.match-excerpt mark').count()).toBeGreaterThan(0);
    expect((await first.locator('.match-excerpt mark').first().textContent())!.toLowerCase()).toContain(word);
  });

  it('downloads, for a first query, only the index it needs and the text of the cards on screen', async () => {
    const { page } = await open('/catalog/', { viewport: { width: 390, height: 844 } });
    await searchReady(page);
    await page.waitForLoadState('networkidle');
    const fetched: Array<Promise<{ url: string; bytes: number }>> = [];
    page
      .context()
      .on('requestfinished', (request) =>
        fetched.push(request.sizes().then((sizes) => ({ url: request.url(), bytes: sizes.responseBodySize + sizes.responseHeadersSize }))),
      );
    await page.fill('#query', 'design');
    // The excerpt of the first card on screen is the last thing a query loads.
    await expect.poll(() => page.locator('#catalog-list .card:not([hidden]) .match-excerpt mark').count()).toBeGreaterThan(0);
    await page.waitForLoadState('networkidle');
    const requests = await Promise.all(fetched);
    const shown = (await visibleUrls(page)).length;
    const fragments = requests.filter((request) => request.url.includes('/fragment/')).length;
    expect(fragments).toBeGreaterThan(0);
    expect(fragments).toBeLessThan(Math.max(shown, 2));
    expect(requests.reduce((sum, request) => sum + request.bytes, 0)).toBeLessThan(FIRST_QUERY_BUDGET);
  });

  it('puts the count beside the box and the first result within the first screen of a phone, filters collapsed', async () => {
    const { page } = await open('/catalog/', { viewport: { width: 390, height: 844 } });
    await searchReady(page);
    await page.fill('#query', 'design');
    await expect.poll(() => page.locator('#result-status').textContent()).toMatch(/match/);
    expect(await page.locator('#filter-panel').getAttribute('open')).toBeNull();
    const status = (await page.locator('#result-status').boundingBox())!;
    const box = (await page.locator('#query').boundingBox())!;
    expect(status.y - (box.y + box.height)).toBeLessThan(box.height);
    const card = (await page.locator('#catalog-list .card:not([hidden])').first().boundingBox())!;
    expect(card.y).toBeLessThan(844);
  });
});
