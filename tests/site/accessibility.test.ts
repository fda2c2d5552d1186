/**
 * WCAG 2.1 AA with axe-core on every page of the built site, in the light and the dark colour
 * scheme (dark mode follows the system, so both must pass). No rule is excluded.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { builtPages, useSite } from './site-fixture.ts';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

describe.each(['light', 'dark'] as const)('accessibility in the %s colour scheme', { timeout: 180_000 }, (colorScheme) => {
  const { site } = useSite();

  it('has no WCAG 2.1 AA violation on any page', async () => {
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(40);
    const context = await site.browser.newContext({ colorScheme });
    const page = await context.newPage();
    const violations: string[] = [];
    for (const path of pages) {
      await page.goto(`${site.origin}${path}`);
      await page.waitForLoadState('networkidle');
      // The catalog's search panel appears once its index has loaded; audit it in that final state.
      if (path === '/catalog/') await page.waitForSelector('#search-panel:not([aria-busy])');
      const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
      for (const violation of results.violations) {
        violations.push(`${path} ${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')})`);
      }
    }
    await context.close();
    expect(violations).toEqual([]);
  });
});
