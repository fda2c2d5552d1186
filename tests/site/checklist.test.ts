/**
 * The portfolio checklist on a credential page, in a real browser under the site's
 * Content-Security-Policy: checks survive a reload with the right progress per phase, a saved
 * checklist of another version is not restored (and the teacher is told), and clearing empties it.
 * Without JavaScript the boxes are still there, with a note that they are not saved.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/checks/check.ts';
import { checkId, checklistKey, progressText } from '../../src/lib/site/checklist.ts';
import { useSite } from './site-fixture.ts';

const { catalog } = checkContent(join(import.meta.dirname, '..', '..'));
const credential = catalog.credentials.find((folder) => folder.id === 'facilitating-project-based-learning')!.credential!.data!;
const path = `/credentials/${credential.id}/`;
const [first, second] = credential.requirements;
/** Every check of the first phase, and the first check of the second. */
const toTick = [
  ...first!.artifacts.flatMap((artifact) => artifact.completionChecks.map((_check, index) => checkId(artifact.id, index))),
  checkId(second!.artifacts[0]!.id, 0),
];
const phaseTotal = (phase: (typeof credential.requirements)[number]) =>
  phase.artifacts.reduce((sum, artifact) => sum + artifact.completionChecks.length, 0);
const allChecks = credential.requirements.reduce((sum, phase) => sum + phaseTotal(phase), 0);

/** Saves the checks to tick as if an older version of the credential had them, then reloads. */
async function reloadWithChecksOfVersion(page: Page, version: string): Promise<void> {
  await page.evaluate(([key, ids]) => localStorage.setItem(key, JSON.stringify(ids)), [
    checklistKey(credential.id, version),
    toTick,
  ] as const);
  await page.reload();
  await page.waitForLoadState('networkidle');
}
const progressOf = (page: Page, phase: string) => page.locator(`[data-progress-for="${phase}"]`).textContent();
const checked = (page: Page) =>
  page.locator('#requirements input[type="checkbox"]:checked').evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value));

describe('portfolio checklist', () => {
  const { open } = useSite();

  it('keeps the checks across a reload, with the progress of each phase and in total', async () => {
    const { page, errors } = await open(path);
    expect(await progressOf(page, first!.phase)).toBe(progressText(0, phaseTotal(first!)));
    for (const id of toTick) await page.check(`#check-${id}`);
    await expect.poll(() => progressOf(page, first!.phase)).toBe(progressText(phaseTotal(first!), phaseTotal(first!)));
    expect(await page.locator('[data-checklist-status]').textContent()).toContain(progressText(1, phaseTotal(second!)));

    await page.reload();
    await page.waitForLoadState('networkidle');
    expect((await checked(page)).sort()).toEqual([...toTick].sort());
    expect(await progressOf(page, first!.phase)).toBe(progressText(phaseTotal(first!), phaseTotal(first!)));
    expect(await progressOf(page, second!.phase)).toBe(progressText(1, phaseTotal(second!)));
    expect(await page.locator('[data-checklist-total]').textContent()).toBe(progressText(toTick.length, allChecks));
    expect(await page.locator('[data-checklist-old]').isHidden()).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('does not restore checks saved for another version, and tells the teacher why', async () => {
    const { page, errors } = await open(path);
    await reloadWithChecksOfVersion(page, '0.9.0');
    expect(await checked(page)).toEqual([]);
    const note = page.locator('[data-checklist-old]');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toContain(`version 0.9.0`);
    expect(await note.textContent()).toContain(`version ${credential.version}`);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('clears every check, saved ones included, with one button', async () => {
    const { page, errors } = await open(path);
    for (const id of toTick) await page.check(`#check-${id}`);
    await page.click('[data-checklist-clear]');
    expect(await checked(page)).toEqual([]);
    expect(await page.locator('[data-checklist-total]').textContent()).toBe(progressText(0, allChecks));
    await page.reload();
    await page.waitForLoadState('networkidle');
    expect(await checked(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it.each(['light', 'dark'] as const)('has no WCAG 2.1 AA violation while in use, in the %s color scheme', async (colorScheme) => {
    const { page } = await open(path, { colorScheme });
    await reloadWithChecksOfVersion(page, '0.9.0');
    for (const id of toTick) await page.check(`#check-${id}`);
    for (const details of await page.locator('details').all()) await details.locator('summary').click();
    await page.focus('[data-checklist-clear]');
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(
      results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
    ).toEqual([]);
    await page.context().close();
  });

  it('still shows the checkboxes without JavaScript, with a note that they are not saved', async () => {
    const { page } = await open(path, { javaScriptEnabled: false });
    expect(await page.locator('#requirements input[type="checkbox"]').count()).toBe(allChecks);
    expect(await page.locator('.nojs-only').isVisible()).toBe(true);
    expect(await page.locator('[data-checklist-tools]').isHidden()).toBe(true);
    await page.context().close();
  });
});
