/**
 * A catalog larger than one listing page, built for real: a copy of the project whose content holds
 * the real credentials and copies of them under new ids and codes, past two pages of cards. Without
 * JavaScript every credential is a link away on the catalog's numbered pages; with it, search and
 * filters cover the whole catalog and render the cards the page does not hold exactly as the server
 * does; the map, the pathway pages, the plan and the compare chooser stay summarized.
 */
import { readdirSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { CARDS_PER_PAGE } from '../../src/lib/site/listing.ts';
import { MAP_CELL_LIMIT } from '../../src/lib/site/pathway-map.ts';
import { copyProject, editYamlFile, runScript } from './project-copy.ts';
import { searchReady, useSite } from './site-fixture.ts';

/** Enough credentials for three catalog pages, the last holding one card. */
const SIZE = 2 * CARDS_PER_PAGE + 1;

/** The listed credentials' pages, gathered by following each catalog page's "Next" link without JavaScript. */
async function walkCatalog(page: Page): Promise<{ urls: string[]; perPage: number[]; statuses: string[] }> {
  const urls: string[] = [];
  const perPage: number[] = [];
  const statuses: string[] = [];
  for (;;) {
    const cards = await page.locator('#catalog-list .card').evaluateAll((list) => list.map((card) => (card as HTMLElement).dataset.url!));
    urls.push(...cards);
    perPage.push(cards.length);
    statuses.push((await page.locator('#result-status').textContent()) ?? '');
    const next = page.locator('#catalog-pages a[rel="next"]');
    if ((await next.count()) === 0) return { urls, perPage, statuses };
    await next.click();
    await page.waitForLoadState('networkidle');
  }
}

/** A card's markup as the teacher's browser has it, without the page's one script tag that Astro puts in the first card. */
const cardMarkup = (page: Page, url: string) =>
  page.locator(`#catalog-list .card[data-url="${url}"]`).evaluate((card) => {
    const copy = card.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('script').forEach((script) => script.remove());
    return copy.outerHTML.replace(/\s+/g, ' ');
  });

describe('a catalog of more than one page', () => {
  let dist = '';
  let listed: string[] = [];

  beforeAll(() => {
    const project = copyProject();
    const folders = join(project, 'content/credentials');
    const originals = readdirSync(folders, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    for (let index = 0; originals.length + index < SIZE; index += 1) {
      const id = originals[index % originals.length]!;
      const copy = Math.floor(index / originals.length) + 1;
      const folder = join(folders, `${id}-copy-${copy}`);
      cpSync(join(folders, id), folder, { recursive: true });
      editYamlFile(join(folder, 'credential.yaml'), (doc) => {
        doc.set('id', `${id}-copy-${copy}`);
        doc.set(
          'code',
          String(doc.get('code')).replace(/\.(\d+)$/, (_, number: string) => `.${Number(number) + 100 * copy}`),
        );
        doc.set('title', `${String(doc.get('title'))} ${copy}`);
      });
    }
    listed = readdirSync(folders, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `/credentials/${entry.name}/`);
    expect(listed).toHaveLength(SIZE);
    // A preview build, so the in-review credentials are listed.
    const result = runScript(project, 'node_modules/astro/bin/astro.mjs', ['build'], { CATALOG_DRAFTS: '1' });
    expect(result.status, result.stderr + result.stdout).toBe(0);
    dist = join(project, 'dist');
  });
  const { open } = useSite(() => dist);

  it('lists every credential once across numbered pages of at most CARDS_PER_PAGE cards, without JavaScript', async () => {
    const { page } = await open('/catalog/', { javaScriptEnabled: false });
    const { urls, perPage, statuses } = await walkCatalog(page);
    expect(urls.sort()).toEqual([...listed].sort());
    expect(perPage).toEqual([CARDS_PER_PAGE, CARDS_PER_PAGE, 1]);
    expect(statuses[1]).toBe(`Showing ${CARDS_PER_PAGE + 1}–${2 * CARDS_PER_PAGE} of ${SIZE} credentials.`);
    expect(await page.locator('link[rel="prev"]').getAttribute('href')).toBe('/catalog/2/');
    await page.context().close();
  });

  it('filters the whole catalog and renders the cards this page does not hold as the server renders them', async () => {
    const { page, errors } = await open('/catalog/?level=Level+3');
    await searchReady(page);
    await expect.poll(() => page.locator('#result-status').textContent()).toMatch(/credentials match\. Showing 1–/);
    const shown = await page.locator('#catalog-list .card').evaluateAll((cards) => cards.map((card) => (card as HTMLElement).dataset.url!));
    expect(shown).toHaveLength(CARDS_PER_PAGE);
    const rendered = new Map(await Promise.all(shown.map(async (url) => [url, await cardMarkup(page, url)] as const)));
    // The same cards on the server's pages, enhanced by the same scripts.
    let compared = 0;
    for (const path of ['/catalog/', '/catalog/2/', '/catalog/3/']) {
      const server = await open(path);
      for (const url of shown)
        if ((await server.page.locator(`#catalog-list .card[data-url="${url}"]`).count()) > 0 && path !== '/catalog/') {
          expect(await cardMarkup(server.page, url), url).toBe(rendered.get(url));
          compared += 1;
        }
      await server.page.context().close();
    }
    expect(compared).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('pages through the results with a bar of result pages, the page kept in the address', async () => {
    const { page, errors } = await open('/catalog/?level=Level+3');
    await searchReady(page);
    const bar = page.locator('nav[aria-label="Pages of results"]');
    await expect.poll(() => bar.isVisible()).toBe(true);
    expect(await page.locator('#catalog-pages').isVisible()).toBe(false);
    const first = await page.locator('#catalog-list .card').first().getAttribute('data-url');
    await bar.locator('a[rel="next"]').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('page')).toBe('2');
    expect(await page.locator('#result-status').textContent()).toMatch(new RegExp(`Showing ${CARDS_PER_PAGE + 1}–`));
    expect(await page.locator('#catalog-list .card').first().getAttribute('data-url')).not.toBe(first);
    await page.click('#clear-search');
    await expect.poll(() => page.locator('#catalog-pages').isVisible()).toBe(true);
    expect(await page.locator('#catalog-list .card').count()).toBe(CARDS_PER_PAGE);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('summarizes the pathway map and the pathway pages, and the pages of a long level list every credential of it', async () => {
    const { page } = await open('/', { viewport: { width: 1280, height: 900 } });
    const boxes = await page.locator('svg.pathway-map a.node').count();
    expect(boxes).toBeLessThanOrEqual(MAP_CELL_LIMIT * (await page.locator('.map-group').count()));
    // The map's "more" boxes lead to a pathway's level; a level longer than its page shows links to its own pages.
    const sections = await page
      .locator('svg.pathway-map a.node.more[href^="/pathways/"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    expect(sections.length).toBeGreaterThan(0);
    let all = page.locator('nothing');
    for (const section of sections) {
      expect(section).toMatch(/^\/pathways\/[^/]+\/#level-\d$/);
      await page.goto(new URL(section, page.url()).href);
      expect(await page.locator('.card').count()).toBeLessThanOrEqual(CARDS_PER_PAGE);
      all = page.locator(`section:has(h2#${section.split('#')[1]}) a[href*="/level-"]`);
      if ((await all.count()) > 0) break;
    }
    const total = Number((await all.textContent())!.match(/^All (\d+)/)![1]);
    await all.click();
    await page.waitForLoadState('networkidle');
    const urls: string[] = [];
    for (;;) {
      const cards = await page.locator('.card-list .card').evaluateAll((list) => list.map((card) => (card as HTMLElement).dataset.url!));
      expect(cards.length).toBeLessThanOrEqual(CARDS_PER_PAGE);
      urls.push(...cards);
      const next = page.locator('nav.pagination a[rel="next"]');
      if ((await next.count()) === 0) break;
      await next.click();
      await page.waitForLoadState('networkidle');
    }
    expect(new Set(urls).size).toBe(total);
    await page.context().close();
  });

  it('offers on the plan page one catalog page of credentials to add, and in the compare chooser only those compared', async () => {
    const plan = await open('/plan/', { javaScriptEnabled: false });
    expect(await plan.page.locator('#all-credentials li > a').count()).toBe(CARDS_PER_PAGE);
    expect(await plan.page.locator('#all-credentials a[href="/catalog/"]').count()).toBe(1);
    const ids = listed.slice(-2).map((url) => url.split('/')[2]);
    const compare = await open(`/compare/?c=${ids.join(',')}`);
    await expect.poll(() => compare.page.locator('.compare-column').count()).toBe(2);
    expect(await compare.page.locator('#compare-options input').count()).toBe(2);
    expect(await compare.page.locator('#compare-more').isVisible()).toBe(true);
    expect(compare.errors).toEqual([]);
  });
});
