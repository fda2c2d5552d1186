/**
 * What a principal gets on paper: the one-pager on one Letter page naming the program, its owner,
 * the credential's address with a QR code, what comes first and the standards addressed; the full
 * rubric with every criterion and its three descriptors, none split across pages; the catalog as a
 * compact list. Expectations come from the content, read independently of the site build.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { checkContent } from '../../src/lib/checks/check.ts';
import { searchReady, useSite } from './site-fixture.ts';

const { catalog } = checkContent(join(import.meta.dirname, '..', '..'));
const program = catalog.program!.data!;
const frameworks = catalog.standards.flatMap((yaml) => (yaml.data ? [yaml.data] : []));
const folders = catalog.credentials.filter((folder) => folder.credential?.data && folder.rubric?.data);
const codeOf = (id: string) => catalog.credentials.find((folder) => folder.id === id)?.credential?.data?.code;

/** Pages in a PDF, counted from its page objects. */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
const printPdf = (page: Page) => page.pdf({ format: 'Letter', preferCSSPageSize: true, printBackground: false });
/** The text a printout shows: the page in print media, with whatever print hides left out. */
async function printedText(page: Page): Promise<string> {
  await page.emulateMedia({ media: 'print' });
  return (await page.locator('main').innerText()).replace(/\s+/g, ' ');
}
const sidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('printed one-pagers', () => {
  const { open } = useSite();

  it.each(folders.map((folder) => [folder.id]))(
    'prints %s on one Letter page with the program, the address, a QR code, prerequisites and standards',
    async (id) => {
      const folder = folders.find((candidate) => candidate.id === id)!;
      const credential = folder.credential!.data!;
      const { page, errors } = await open(`/credentials/${id}/one-pager/`);
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      const address = new URL('../', canonical!).href;
      const text = await printedText(page);

      expect(text).toContain(program.name);
      expect(text).toContain(program.owner);
      expect(text).toContain(address);
      const qr = page.locator('svg.qr-code');
      expect(await qr.count()).toBe(1);
      expect(await qr.getAttribute('role')).toBe('img');
      expect(await qr.getAttribute('aria-label')).toContain(address);
      expect(await qr.locator('path').count()).toBeGreaterThan(0);
      expect(await qr.evaluate((svg) => [svg, ...svg.querySelectorAll('*')].some((node) => node.hasAttribute('style')))).toBe(false);
      expect(await qr.isVisible()).toBe(true);

      if (credential.prerequisites.length === 0) expect(text).toContain('Required first: none.');
      if (credential.recommendedBefore.length === 0) expect(text).toContain('(encouraged, not required): none.');
      for (const before of [...credential.prerequisites, ...credential.recommendedBefore]) expect(text).toContain(codeOf(before));
      for (const entry of folder.alignment?.data?.alignments ?? []) {
        const framework = frameworks.find((candidate) => candidate.id === entry.framework)!;
        expect(text).toContain(`${framework.shortName} ${entry.code}`);
      }
      for (const criterion of folder.rubric!.data!.criteria) expect(text).toContain(criterion.title);

      expect(pdfPages(await printPdf(page))).toBe(1);
      expect(errors).toEqual([]);
    },
  );

  it.each(folders.map((folder) => [folder.id]))('shows the one-pager of %s at 320 px without sideways scrolling', async (id) => {
    const { page } = await open(`/credentials/${id}/one-pager/`, { viewport: { width: 320, height: 640 } });
    expect(await sidewaysScroll(page)).toBe(0);
  });

  it('links the one-pager to the printable full rubric', async () => {
    const id = folders[0]!.id;
    const { page } = await open(`/credentials/${id}/one-pager/`);
    expect(await page.locator(`a[href="/credentials/${id}/rubric/"]`).count()).toBe(1);
  });
});

describe('printed rubrics', () => {
  const { open } = useSite();

  it.each(folders.map((folder) => [folder.id]))(
    'prints every criterion of %s with its three descriptors, never split across pages',
    async (id) => {
      const folder = folders.find((candidate) => candidate.id === id)!;
      const credential = folder.credential!.data!;
      const rubric = folder.rubric!.data!;
      const { page, errors } = await open(`/credentials/${id}/rubric/`);
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      const text = await printedText(page);

      for (const fact of [program.name, program.owner, credential.code, credential.title, credential.version, canonical!])
        expect(text).toContain(fact);
      const criteria = page.locator('.criterion');
      expect(await criteria.count()).toBe(rubric.criteria.length);
      for (const [index, criterion] of rubric.criteria.entries()) {
        const block = criteria.nth(index);
        expect(await block.locator('h2').innerText()).toBe(criterion.title);
        expect(await block.locator('dt').allInnerTexts()).toEqual([...rubric.levels]);
        const descriptors = (await block.locator('dd').allInnerTexts()).map((descriptor) => descriptor.replace(/\s+/g, ' '));
        expect(descriptors).toEqual(
          [criterion.descriptors.demonstrated, criterion.descriptors.progressing, criterion.descriptors.notMet].map((d) =>
            d.replace(/\s+/g, ' '),
          ),
        );
        for (const artifact of criterion.artifacts) {
          const title = credential.requirements
            .flatMap((requirement) => requirement.artifacts)
            .find((candidate) => candidate.id === artifact)!.title;
          expect(await block.locator('.criterion-scores').innerText()).toContain(title);
        }
        expect(await block.evaluate((element) => getComputedStyle(element).breakInside)).toBe('avoid');
      }
      expect(pdfPages(await printPdf(page))).toBeGreaterThanOrEqual(1);
      expect(errors).toEqual([]);
    },
  );

  it.each(folders.map((folder) => [folder.id]))(
    'shows the rubric of %s at 390 px as stacked blocks, without sideways scrolling',
    async (id) => {
      const { page } = await open(`/credentials/${id}/rubric/`, { viewport: { width: 390, height: 800 } });
      expect(await sidewaysScroll(page)).toBe(0);
      const levels = page.locator('.criterion').first().locator('.level');
      const [first, second] = [await levels.nth(0).boundingBox(), await levels.nth(1).boundingBox()];
      expect(second!.y).toBeGreaterThan(first!.y + first!.height - 1);
    },
  );
});

describe('the printed catalog', () => {
  const { open } = useSite();

  it('prints as a compact list of every credential on at most two pages, without the search panel', async () => {
    const { page } = await open('/catalog/');
    await searchReady(page);
    const cards = await page.locator('#catalog-list .card').count();
    expect(cards).toBe(catalog.credentials.filter((folder) => folder.credential?.data).length);
    const text = await printedText(page);
    expect(await page.locator('#search-panel').isHidden()).toBe(true);
    for (const folder of catalog.credentials) if (folder.credential?.data) expect(text).toContain(folder.credential.data.code);
    expect(await page.locator('#catalog-list .card > p').first().isHidden()).toBe(true);
    expect(pdfPages(await printPdf(page))).toBeLessThanOrEqual(2);
  });
});
