/** Every built page stays within the page-weight budget, HTML, stylesheets and scripts together, gzipped. */
import { describe, expect, it } from 'vitest';
import { PAGE_BUDGET_GZIP, pageWeight } from '../../src/lib/reports/page-weights.ts';
import { builtPages, DIST } from './site-fixture.ts';

describe('page weight', () => {
  it.each(builtPages().filter((path) => path.endsWith('/')))(`%s is within ${PAGE_BUDGET_GZIP / 1024} KB gzipped`, (path) => {
    const weight = pageWeight(DIST, 'page', path);
    expect(weight.html.gzip + weight.css.gzip + weight.js.gzip).toBeLessThanOrEqual(PAGE_BUDGET_GZIP);
  });
});
