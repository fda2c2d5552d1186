/**
 * Credential pages in the browser: the whole rubric is there and reads on a phone without sideways
 * scrolling, the one-pager prints on one Letter page, and a printed credential page is the portfolio
 * self-check. The earning page shows LDOE's enrollment address and contact, or says they are to come.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { checkContent } from '../../src/lib/checks/check.ts';
import { useSite } from './site-fixture.ts';

const { catalog } = checkContent(join(import.meta.dirname, '..', '..'));
const folders = catalog.credentials.filter((folder) => folder.credential?.data && folder.rubric?.data);
const earning = catalog.program!.data!.earning;
const EXEMPLAR = 'facilitating-project-based-learning';

/** Pages in a PDF, counted from its page objects. */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

describe('credential pages', () => {
  const { open } = useSite();

  it('shows every rubric criterion of the exemplar as a row header of the rubric table', async () => {
    const folder = folders.find((candidate) => candidate.id === EXEMPLAR)!;
    const { page } = await open(`/credentials/${folder.id}/`);
    const headers = await page.locator('#rubric-table tbody th').allTextContents();
    for (const criterion of folder.rubric!.data!.criteria) expect(headers.some((text) => text.startsWith(criterion.title))).toBe(true);
    expect(await page.locator('#rubric-table thead th').allTextContents()).toEqual(['Criterion', ...folder.rubric!.data!.levels]);
    await page.context().close();
  });

  it.each([390, 320])('stacks the rubric into blocks at %i px, labeled by level, with no sideways scroll', async (width) => {
    const folder = folders.find((candidate) => candidate.id === EXEMPLAR)!;
    const { page } = await open(`/credentials/${folder.id}/`, { viewport: { width, height: 844 } });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    const label = await page
      .locator('#rubric-table tbody td')
      .first()
      .evaluate((cell) => getComputedStyle(cell, '::before').content);
    expect(label).toBe(`"${folder.rubric!.data!.levels[0]}"`);
    await page.context().close();
  });

  it.each(folders.map((folder) => [folder.id]))('prints the one-pager of %s on one Letter page', async (id) => {
    const { page } = await open(`/credentials/${id}/one-pager/`);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'Letter', preferCSSPageSize: true, printBackground: false });
    expect(pdfPages(pdf)).toBe(1);
    await page.context().close();
  });

  it.each(folders.map((folder) => [folder.id]))('prints the credential page of %s as the portfolio self-check', async (id) => {
    const folder = folders.find((candidate) => candidate.id === id)!;
    const checks = folder.credential!.data!.requirements.flatMap((requirement) =>
      requirement.artifacts.flatMap((artifact) => artifact.completionChecks),
    );
    const { page } = await open(`/credentials/${id}/`);
    await page.emulateMedia({ media: 'print' });
    const visible = (selector: string) =>
      page
        .locator(selector)
        .evaluateAll(
          (elements) =>
            elements.filter((element) => (element as HTMLElement).offsetParent !== null || element.getClientRects().length > 0).length,
        );
    expect(await visible('#requirements input[type="checkbox"]')).toBe(checks.length);
    expect(await visible('.rubric-summary li')).toBe(folder.rubric!.data!.criteria.length);
    for (const hidden of ['.site-header', '.breadcrumb', '#rubric-table', '#history', '.actions', '[data-checklist-clear]'])
      expect(await visible(hidden), hidden).toBe(0);
    await page.context().close();
  });
});

describe('the earning page', () => {
  const { open } = useSite();

  it('links to enrollment and a contact where LDOE supplied them, and otherwise says they will be published', async () => {
    const { page, errors } = await open('/earning/');
    const text = await page.locator('main').innerText();
    for (const part of [earning.enroll, earning.submit, earning.assessment, earning.resubmission]) expect(text).toContain(part);
    for (const item of earning.brings) expect(text).toContain(item.title);
    if (earning.enrollmentUrl) expect(await page.locator(`main a[href="${earning.enrollmentUrl}"]`).count()).toBe(1);
    else expect(text).toMatch(/will publish the enrollment address/);
    if (earning.contact) expect(text).toContain(earning.contact.name);
    else expect(text).toMatch(/will publish a contact/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('is summarized on every credential page with a link to it', async () => {
    const { page } = await open(`/credentials/${EXEMPLAR}/`);
    expect(await page.locator('.earn-box').innerText()).toContain(earning.summary);
    expect(await page.locator('.earn-box a[href="/earning/"]').count()).toBe(1);
    await page.context().close();
  });
});
