/**
 * Every built page fits the narrowest phone the site supports: nothing scrolls sideways at 320 px
 * (wide tables and the pathway map reflow instead), with scripts running, as teachers see them.
 */
import { describe, expect, it } from 'vitest';
import { NARROWEST } from '../../src/lib/reports/phone-measures.ts';
import { builtPages, useSite } from './site-fixture.ts';

const pages = builtPages();

describe(`pages at ${NARROWEST} px`, () => {
  const { site, sharedPage } = useSite();
  const phone = sharedPage({ viewport: { width: NARROWEST, height: 700 } });

  it.each(pages)('%s does not scroll sideways', async (path) => {
    const page = await phone();
    await page.goto(`${site.origin}${path}`);
    await page.waitForLoadState('networkidle');
    const overflow = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const widest = [...document.querySelectorAll('body *')]
        .filter((element) => element.getBoundingClientRect().right > width + 1 && !element.closest('.table-scroll'))
        .slice(0, 3)
        .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
      return { scrollWidth: document.documentElement.scrollWidth, width, widest };
    });
    expect(overflow.scrollWidth, `too wide: ${overflow.widest.join(', ')}`).toBeLessThanOrEqual(overflow.width);
  });
});
