/**
 * WCAG 2.1 AA with axe-core on every page of the built site, in the light and the dark colour
 * scheme (dark mode follows the system, so both must pass). No rule is excluded. Each page in each
 * scheme is its own test, so a failure names the page and one slow page cannot fail the others.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { newContext } from './browser.ts';
import { builtPages, searchReady, useSite } from './site-fixture.ts';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const pages = builtPages();

describe('accessibility', () => {
  const { site } = useSite();

  it('has the whole built site to audit', () => {
    expect(pages.length).toBeGreaterThan(40);
  });

  describe.each(['light', 'dark'] as const)('in the %s colour scheme', (colorScheme) => {
    it.each(pages)('%s has no WCAG 2.1 AA violation', async (path) => {
      const context = await newContext(site.browser, { colorScheme });
      try {
        const page = await context.newPage();
        await page.goto(`${site.origin}${path}`);
        await page.waitForLoadState('networkidle');
        // The catalog's search panel appears once its index has loaded; audit it in that final state.
        if (path === '/catalog/') await searchReady(page);
        const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
        const violations = results.violations.map(
          (violation) =>
            `${violation.id}: ${violation.help} (${violation.nodes
              .map((node) => node.target.join(' '))
              .slice(0, 3)
              .join(', ')})`,
        );
        expect(violations).toEqual([]);
      } finally {
        await context.close();
      }
    });
  });
});
