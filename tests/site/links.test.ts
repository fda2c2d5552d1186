/** Every internal link and #anchor in the built site resolves, and every built page is reached (src/lib/site/link-check.ts). */
import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/lib/site/link-check.ts';
import { DIST } from './site-fixture.ts';

describe('links', () => {
  it('has no broken internal link or anchor, and reaches every page the build wrote', async () => {
    // The site address the build used for its absolute self-links (canonical, Open Graph).
    const report = await checkLinks({ dist: DIST, site: process.env.SITE_URL, base: process.env.SITE_BASE });
    expect(report.broken).toEqual([]);
    expect(report.unreached).toEqual([]);
    expect(report.checked).toBeGreaterThan(0);
  });
});
