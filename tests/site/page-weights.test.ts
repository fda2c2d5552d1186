/**
 * The budgets of the built site that do not depend on the machine: every page's weight (HTML,
 * stylesheets and scripts together, gzipped), its raw HTML and its scripts, and the search index per
 * credential. Timings are the benchmark's (`npm run bench`), never a test's.
 */
import { describe, expect, it } from 'vitest';
import {
  PAGE_BUDGET_GZIP,
  PAGE_HTML_BUDGET_RAW,
  PAGE_JS_BUDGET_GZIP,
  pageWeight,
  SEARCH_INDEX_BUDGET_PER_CREDENTIAL_RAW,
  searchBundle,
} from '../../src/lib/reports/page-weights.ts';
import { builtPages, DIST } from './site-fixture.ts';

const pages = builtPages().filter((path) => path.endsWith('/'));

describe('page weight', () => {
  it.each(pages)(`%s is within ${PAGE_BUDGET_GZIP / 1024} KB gzipped`, (path) => {
    const weight = pageWeight(DIST, 'page', path);
    expect(weight.html.gzip + weight.css.gzip + weight.js.gzip).toBeLessThanOrEqual(PAGE_BUDGET_GZIP);
  });

  it.each(pages)(
    `%s has at most ${PAGE_HTML_BUDGET_RAW / 1024} KB of HTML and ${PAGE_JS_BUDGET_GZIP / 1024} KB of scripts gzipped`,
    (path) => {
      const weight = pageWeight(DIST, 'page', path);
      expect(weight.html.raw).toBeLessThanOrEqual(PAGE_HTML_BUDGET_RAW);
      expect(weight.js.gzip).toBeLessThanOrEqual(PAGE_JS_BUDGET_GZIP);
    },
  );

  it(`has a search index of at most ${SEARCH_INDEX_BUDGET_PER_CREDENTIAL_RAW / 1024} KB per credential`, () => {
    const credentials = builtPages().filter((path) => /^\/credentials\/[^/]+\/$/.test(path)).length;
    expect(credentials).toBeGreaterThan(0);
    expect(searchBundle(DIST).index.raw / credentials).toBeLessThanOrEqual(SEARCH_INDEX_BUDGET_PER_CREDENTIAL_RAW);
  });
});
