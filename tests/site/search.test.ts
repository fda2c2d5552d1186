/**
 * Catalog search in a real browser, under the site's Content-Security-Policy: full text, every
 * facet with correct live counts, shareable URLs, and a usable list without JavaScript.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { checkContent } from '../../src/lib/checks/check.ts';
import { credentialFacetValues, FACETS } from '../../src/lib/site/search-facets.ts';
import { useSite } from './site-fixture.ts';

const { catalog } = checkContent(join(import.meta.dirname, '..', '..'));
const program = catalog.program!.data!;
const frameworks = catalog.standards.flatMap((yaml) => (yaml.data ? [yaml.data] : []));
const credentials = catalog.credentials.flatMap((folder) =>
  folder.credential?.data ? [{ credential: folder.credential.data, rubric: folder.rubric?.data, alignment: folder.alignment?.data }] : [],
);
/** The facet values each credential should carry, computed independently of the browser. */
const expected = credentials.map((bundle) => ({
  url: `/credentials/${bundle.credential.id}/`,
  values: credentialFacetValues(bundle, program, frameworks),
}));

const visibleUrls = (page: Page) =>
  page.locator('#catalog-list .card:not([hidden])').evaluateAll((cards) => cards.map((card) => (card as HTMLElement).dataset.url!));
const settle = (page: Page) => page.waitForFunction(() => !document.getElementById('search-panel')?.hasAttribute('aria-busy'));

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

  describe.each(FACETS.map((facet) => [facet.id] as const))('the %s filter', (facet) => {
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
      expect(wanted.length).toBeLessThan(credentials.length + 1);
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
    const { page } = await open('/catalog/?q=design&evidence=Student+data');
    await settle(page);
    expect(await page.inputValue('#query')).toBe('design');
    expect(await page.locator('fieldset[data-facet="evidence"] input[value="Student data"]').isChecked()).toBe(true);
    const shown = await visibleUrls(page);
    expect(shown.length).toBeGreaterThan(0);
    for (const url of shown) expect(expected.find((entry) => entry.url === url)!.values.evidence).toContain('Student data');
  });

  it('clears everything with one button', async () => {
    const { page } = await open('/catalog/?q=robot&level=Level+3');
    await settle(page);
    await page.click('#clear-search');
    await expect.poll(() => visibleUrls(page).then((urls) => urls.length)).toBe(credentials.length);
    expect(new URL(page.url()).search).toBe('');
  });
});
