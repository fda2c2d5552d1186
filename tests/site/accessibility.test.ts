/**
 * WCAG 2.1 AA with axe-core on the built site, in the light and the dark colour scheme (dark mode
 * follows the system, so both must pass). No rule is excluded. Every kind of page is audited: each
 * page of a kind that has one (home, catalog, earning...), and of a kind made once per credential,
 * framework, stack or pathway, its longest and its shortest page, which carry the most and the least
 * content through the same template. An audit takes seconds, so auditing every credential's three
 * pages would make the suite grow with the catalog; what varies between them is content, which the
 * content checks hold to its structure. Each page in each scheme is its own test.
 */
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { pageRoutes, pagesByRoute, samplePages } from '../../src/lib/site/page-routes.ts';
import { builtPages, DIST, searchReady, useSite } from './site-fixture.ts';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const routes = pageRoutes(join(import.meta.dirname, '../../src/pages'));
const pages = samplePages(DIST, builtPages(), routes);

describe('accessibility', () => {
  const { site, sharedPage } = useSite();

  it('audits every kind of page the site builds', () => {
    expect(pages.length).toBeGreaterThan(10);
    const kinds = pagesByRoute(builtPages(), routes);
    expect([...kinds.values()].filter((kind) => !kind.some((path) => pages.includes(path)))).toEqual([]);
  });

  describe.each(['light', 'dark'] as const)('in the %s colour scheme', (colorScheme) => {
    const schemePage = sharedPage({ colorScheme });

    it.each(pages)('%s has no WCAG 2.1 AA violation', async (path) => {
      const page = await schemePage();
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
    });
  });
});
