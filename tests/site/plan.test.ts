/**
 * "My plan" and the compare page in a real browser, under the site's Content-Security-Policy: a plan
 * made in the catalog survives a reload, travels as a link to a fresh browser without overwriting
 * anyone's plan, prints on one Letter page, warns about what is missing and fits a phone.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { checkContent } from '../../src/lib/checks/check.ts';
import { formatHourRange, MAX_COMPARE, orderPlan, planTotals, type PlanCredential } from '../../src/lib/site/plan.ts';
import { useSite } from './site-fixture.ts';

const { catalog } = checkContent(join(import.meta.dirname, '..', '..'));
const all = catalog.credentials
  .flatMap((folder) => (folder.credential?.data ? [folder.credential.data] : []))
  .sort((a, b) => a.level - b.level || a.code.localeCompare(b.code, 'en', { numeric: true }));
const byId = new Map(
  all.map((credential) => [credential.id, { ...credential, hours: credential.estimatedHours } satisfies PlanCredential]),
);
/** Three credentials, of different levels where the catalog has them, picked from the end so the order matters. */
const levels = [...new Set(all.map((credential) => credential.level))];
const three = [...levels.map((level) => all.findLast((credential) => credential.level === level)!), ...[...all].reverse()]
  .map((credential) => credential.id)
  .filter((id, index, list) => list.indexOf(id) === index)
  .slice(0, 3);
const inFall = (ids: string[]) => ids.map((id) => ({ id, term: 'fall' as const }));
/** The order and hours the page should show for a plan, worked out here without the browser. */
const expectedOrder = (ids: string[]) => orderPlan(inFall(ids), byId).map((entry) => entry.id);
const expectedTotal = (ids: string[]) => formatHourRange(planTotals(inFall(ids), byId).total);

const shownIds = (page: Page) =>
  page.locator('#plan-list .plan-item:not([hidden])').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.id!));
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
const scrollsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

/** Adds credentials with the "Add to my plan" buttons of the catalog cards, as a teacher would. */
async function planInCatalog(page: Page, ids: string[]) {
  for (const id of ids) {
    const control = page.locator(`#catalog-list [data-plan-toggle="${id}"]`);
    await control.locator('button').click();
    await expect.poll(() => control.locator('[data-plan-label]').textContent()).toBe('Remove from my plan');
  }
}

describe('my plan', () => {
  const { open } = useSite();

  it('keeps a plan of three credentials made in the catalog across a reload, in order, with its total', async () => {
    const { page, errors } = await open('/catalog/');
    await planInCatalog(page, three);
    await expect.poll(() => page.locator('[data-plan-count]').textContent()).toBe(' (3)');
    expect(await page.locator(`[data-plan-toggle="${three.at(-1)}"] [data-plan-status]`).textContent()).toContain('added to your plan');

    await page.goto(page.url().replace('/catalog/', '/plan/'));
    await expect.poll(() => shownIds(page)).toEqual(expectedOrder(three));
    await page.reload();
    await expect.poll(() => shownIds(page)).toEqual(expectedOrder(three));
    expect(await page.locator('[data-total-hours]').textContent()).toBe(expectedTotal(three));
    expect(await page.locator('[data-total-count]').textContent()).toBe('3');
    expect(errors).toEqual([]);
  });

  it('moves a credential to another term, shows the hours per term and removes one', async () => {
    const { page, errors } = await open('/catalog/');
    await planInCatalog(page, three);
    await page.goto(page.url().replace('/catalog/', '/plan/'));
    const [first, second] = expectedOrder(three);
    await page.locator(`.plan-item[data-id="${first}"] [data-term]`).selectOption('spring');
    await expect
      .poll(() => page.locator('[data-term-row="spring"] [data-hours]').textContent())
      .toBe(formatHourRange(byId.get(first!)!.hours));
    await page.locator(`.plan-item[data-id="${second}"] [data-remove]`).click();
    await expect.poll(() => shownIds(page)).not.toContain(second);
    await page.reload();
    await expect.poll(() => shownIds(page)).toHaveLength(2);
    expect(await page.locator(`.plan-item[data-id="${first}"] [data-term]`).inputValue()).toBe('spring');
    expect(errors).toEqual([]);
  });

  it('opens the same plan from its shared link in a fresh browser, and keeps it only when asked', async () => {
    const { page } = await open('/catalog/');
    await planInCatalog(page, three);
    await page.goto(page.url().replace('/catalog/', '/plan/'));
    await page.locator(`.plan-item[data-id="${three[0]}"] [data-term]`).selectOption('summer-after');
    const link = await page.inputValue('#share-link');

    const fresh = await open(new URL(link).pathname + new URL(link).search);
    await expect.poll(() => shownIds(fresh.page)).toEqual(await shownIds(page));
    expect(await fresh.page.locator(`.plan-item[data-id="${three[0]}"] [data-term]`).inputValue()).toBe('summer-after');
    expect(await fresh.page.locator('#shared-banner').isVisible()).toBe(true);
    expect(await fresh.page.locator('[data-replaces]').isVisible()).toBe(false);
    await fresh.page.click('#save-shared');
    await expect.poll(() => fresh.page.locator('#shared-banner').isVisible()).toBe(false);
    expect(new URL(fresh.page.url()).search).toBe('');
    await fresh.page.reload();
    await expect.poll(() => shownIds(fresh.page)).toEqual(await shownIds(page));
    expect(fresh.errors).toEqual([]);
  });

  it('does not replace a different plan of the teacher when a shared link is opened', async () => {
    const mine = all.at(-1)!.id;
    const { page, errors } = await open('/catalog/');
    await planInCatalog(page, [mine]);
    await page.goto(page.url().replace('/catalog/', `/plan/?c=${three.filter((id) => id !== mine).join(',')}`));
    await expect.poll(() => page.locator('[data-replaces]').isVisible()).toBe(true);
    expect(await page.locator('[data-own-count]').textContent()).toBe('1 credential');
    await page.click('#keep-own');
    await expect.poll(() => shownIds(page)).toEqual([mine]);
    expect(errors).toEqual([]);
  });

  it('leaves out unknown credentials and repeats from a link, and says so', async () => {
    const { page, errors } = await open(`/plan/?c=no-such-credential,${three[0]},${three[0]}&t=winter`);
    await expect.poll(() => shownIds(page)).toEqual([three[0]]);
    const status = await page.locator('#plan-status').textContent();
    expect(status).toContain('no-such-credential');
    expect(status).toContain('corrected');
    expect(await page.locator(`.plan-item[data-id="${three[0]}"] [data-term]`).inputValue()).toBe('fall');
    expect(errors).toEqual([]);
  });

  it('warns when a credential that needs another first is planned without it, and adds it in one click', async () => {
    // A prerequisite where the content has one, else a recommended credential (the softer warning).
    const needy =
      all.find((credential) => credential.prerequisites.length > 0) ?? all.find((credential) => credential.recommendedBefore.length > 0)!;
    const [kind, other] =
      needy.prerequisites.length > 0
        ? ['missing-prerequisite', needy.prerequisites[0]!]
        : ['missing-recommended', needy.recommendedBefore[0]!];
    const { page, errors } = await open(`/plan/?c=${needy.id}`);
    await page.click('#save-shared');
    const warning = page.locator(`.plan-item[data-id="${needy.id}"] [data-warning="${kind}"][data-other="${other}"]`);
    await expect.poll(() => warning.isVisible()).toBe(true);
    expect(await warning.textContent()).toContain(byId.get(other)!.code);
    await warning.locator('button').click();
    await expect.poll(() => warning.isVisible()).toBe(false);
    const shown = await shownIds(page);
    expect(shown.indexOf(other)).toBeLessThan(shown.indexOf(needy.id));
    expect(errors).toEqual([]);
  });

  it.each([
    ['three credentials', three],
    ['eight, a full school year', expectedOrder(all.map((credential) => credential.id)).slice(0, 8)],
  ])('prints a plan of %s on one Letter page, without buttons', async (_, ids) => {
    const { page, errors } = await open(`/plan/?c=${ids.join(',')}`);
    await page.fill('#teacher-name', 'Ms. Example');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#print-plan').isVisible()).toBe(false);
    expect(await page.locator('[data-teacher-line]').textContent()).toContain('Ms. Example');
    for (const id of ids) expect(await page.locator(`.plan-item[data-id="${id}"] [data-term-text]`).isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'Letter', preferCSSPageSize: true, printBackground: false });
    expect(pdfPages(pdf)).toBe(1);
    expect(errors).toEqual([]);
  });

  it('explains without JavaScript that planning needs it, and still lists every credential with its hours', async () => {
    const { page } = await open('/plan/', { javaScriptEnabled: false });
    expect(await page.locator('.plan-nojs').isVisible()).toBe(true);
    expect(await page.locator('#plan-app').isVisible()).toBe(false);
    expect(await page.locator('#all-credentials li > a').count()).toBe(all.length);
    expect(await page.locator('[data-plan-toggle]').first().isVisible()).toBe(false);
    const catalogPage = await open('/catalog/', { javaScriptEnabled: false });
    expect(await catalogPage.page.locator('[data-plan-toggle]').first().isVisible()).toBe(false);
  });

  describe.each([390, 320])('at %i pixels wide', (width) => {
    it('does not scroll sideways on the plan or the compare page', async () => {
      const viewport = { width, height: 800 };
      const plan = await open(`/plan/?c=${three.join(',')}`, { viewport });
      await expect.poll(() => shownIds(plan.page)).toHaveLength(3);
      expect(await scrollsSideways(plan.page)).toBe(false);
      const compare = await open(`/compare/?c=${three.join(',')}`, { viewport });
      await expect.poll(() => compare.page.locator('.compare-column:not([hidden])').count()).toBe(3);
      expect(await scrollsSideways(compare.page)).toBe(false);
      expect([...plan.errors, ...compare.errors]).toEqual([]);
    });
  });
});

describe.each(['light', 'dark'] as const)('in the %s color scheme', (colorScheme) => {
  const { open } = useSite();
  const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
  const violations = async (page: Page) =>
    (await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze()).violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );

  it('has no WCAG 2.1 AA violation on a shared plan, a saved plan with warnings, and a comparison', async () => {
    const needy = all.find((credential) => credential.prerequisites.length + credential.recommendedBefore.length > 0) ?? all[0]!;
    const { page } = await open(`/plan/?c=${[needy.id, ...three].join(',')}`, { colorScheme });
    await expect.poll(() => page.locator('#shared-banner').isVisible()).toBe(true);
    expect(await violations(page)).toEqual([]);
    await page.click('#save-shared');
    await page.locator('[data-compare]:visible').first().check();
    await page.locator('[data-remove]:visible').first().focus();
    expect(await violations(page)).toEqual([]);
    const compare = await open(`/compare/?c=${three.join(',')}`, { colorScheme });
    expect(await violations(compare.page)).toEqual([]);
    const cards = await open('/catalog/', { colorScheme });
    await planInCatalog(cards.page, three.slice(0, 1));
    expect(await violations(cards.page)).toEqual([]);
  });
});

describe('compare', () => {
  const { open } = useSite();

  it('shows the credentials ticked on the plan side by side, in the order chosen', async () => {
    const { page, errors } = await open(`/plan/?c=${three.join(',')}`);
    const order = await shownIds(page);
    for (const id of order.slice(0, 2)) await page.locator(`.plan-item[data-id="${id}"] [data-compare]`).check();
    await page.click('#compare-link');
    await expect
      .poll(() =>
        page.locator('.compare-column:not([hidden])').evaluateAll((columns) => columns.map((column) => (column as HTMLElement).dataset.id)),
      )
      .toEqual(order.slice(0, 2));
    const column = page.locator(`.compare-column[data-id="${order[0]}"]`);
    expect(await column.textContent()).toContain(formatHourRange(byId.get(order[0]!)!.hours));
    expect(await column.locator('h3').allTextContents()).toEqual(expect.arrayContaining(['Analyze', 'Evaluate', 'Standards addressed']));
    expect(errors).toEqual([]);
  });

  it(`shows at most ${MAX_COMPARE} and names unknown credentials`, async () => {
    const ids = all.slice(0, MAX_COMPARE + 1).map((credential) => credential.id);
    const { page, errors } = await open(`/compare/?c=${[...ids, 'no-such-credential'].join(',')}`);
    await expect.poll(() => page.locator('.compare-column:not([hidden])').count()).toBe(Math.min(MAX_COMPARE, all.length));
    expect(await page.locator('#compare-status').textContent()).toContain('no-such-credential');
    expect(await page.locator('#compare-form input:disabled').count()).toBe(all.length - MAX_COMPARE);
    expect(errors).toEqual([]);
  });
});
