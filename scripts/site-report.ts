/**
 * `npm run report:site`: page weights per page type and the search bundle size of the built site;
 * with `--lighthouse`, Lighthouse scores for the home, catalog and a credential page in Debian's
 * Chromium. Prints figures for the issue notes; it is a measurement, not a test.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findBrowser, HEADLESS_FLAGS } from '../src/lib/tooling/browser.ts';
import { parseCli, printHelpIfAsked, runCli } from '../src/lib/tooling/cli.ts';
import { kilobytes, pageWeight, PAGE_TYPES, searchBundle } from '../src/lib/reports/page-weights.ts';
import { builtPages, serveStatic } from '../src/lib/tooling/static-server.ts';
import { NARROWEST, PHONE, pageLengths, searchTransfer, sidewaysScroll } from '../src/lib/reports/phone-measures.ts';
import { chromium } from 'playwright-core';

const USAGE = 'npm run report:site -- [--lighthouse] [--phone] [--dist <dir>]';
/** The query the phone measurement types: a topic several credentials share. */
const FIRST_QUERY = 'robotics';
const LIGHTHOUSE_PAGES = [
  '/',
  '/catalog/',
  '/credentials/facilitating-project-based-learning/',
  '/credentials/facilitating-project-based-learning/one-pager/',
  '/credentials/facilitating-project-based-learning/rubric/',
  '/earning/',
  '/plan/',
  '/compare/',
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

await runCli(async () => {
  const { values } = parseCli(USAGE, {
    lighthouse: { type: 'boolean', default: false },
    phone: { type: 'boolean', default: false },
    dist: { type: 'string', default: 'dist' },
  });
  printHelpIfAsked(
    values,
    USAGE,
    [
      'Prints page weights and the search bundle size of the built site.',
      '  --lighthouse   also run Lighthouse (in the browser at CHROME_PATH, else Debian Chromium or Google Chrome)',
      `  --phone        also measure in that browser: sideways scroll at ${PHONE.width} and ${NARROWEST} px, credential page lengths,`,
      `                 and bytes transferred before and after a first catalog query ("${FIRST_QUERY}")`,
    ].join('\n'),
  );
  const dist = resolve(values.dist);
  if (!existsSync(dist)) {
    console.error(`No built site at ${dist}: run \`npm run build\` first.`);
    return 1;
  }

  console.log('Page weights (raw / gzip)');
  console.log(['page type', 'HTML', 'CSS', 'JS', 'total gzip'].join(' | '));
  for (const { type, path } of PAGE_TYPES) {
    const weight = pageWeight(dist, type, path);
    const total = weight.html.gzip + weight.css.gzip + weight.js.gzip;
    console.log(
      [
        type,
        ...[weight.html, weight.css, weight.js].map((part) => `${kilobytes(part.raw)} / ${kilobytes(part.gzip)}`),
        kilobytes(total),
      ].join(' | '),
    );
  }
  const search = searchBundle(dist);
  console.log(
    `\nSearch: engine and metadata ${kilobytes(search.engine.raw)} / ${kilobytes(search.engine.gzip)} gzip; whole index ${search.files} files, ${kilobytes(search.index.raw)} / ${kilobytes(search.index.gzip)} gzip.`,
  );

  if (!values.lighthouse && !values.phone) return 0;
  const browser = findBrowser();
  if (!browser.ok) {
    console.error(browser.message);
    return 1;
  }
  const server = await serveStatic(dist);
  if (values.phone) await reportPhone(browser.path, server.origin, dist);
  if (!values.lighthouse) {
    await server.close();
    return 0;
  }
  const chrome = await chromeLauncher.launch({ chromePath: browser.path, chromeFlags: HEADLESS_FLAGS });
  try {
    console.log(`\nLighthouse (mobile, simulated throttling): ${CATEGORIES.join(' / ')}`);
    let allPerfect = true;
    for (const path of LIGHTHOUSE_PAGES) {
      const result = await lighthouse(`${server.origin}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIES,
      });
      const scores = CATEGORIES.map((category) => Math.round((result?.lhr.categories[category]?.score ?? 0) * 100));
      allPerfect &&= scores.every((score) => score === 100);
      console.log(`${path}: ${scores.join(' / ')}`);
      // Only audits that carry weight in a category score; insights are advice, not scored.
      const weighted = new Set(
        CATEGORIES.flatMap((category) =>
          (result?.lhr.categories[category]?.auditRefs ?? []).filter((ref) => ref.weight > 0).map((ref) => ref.id),
        ),
      );
      for (const audit of Object.values(result?.lhr.audits ?? {})) {
        if (weighted.has(audit.id) && audit.score !== null && audit.score < 1)
          console.log(`   below full marks: ${audit.id} (${audit.title})`);
      }
    }
    return allPerfect ? 0 : 1;
  } finally {
    chrome.kill();
    await server.close();
  }
});

async function reportPhone(executablePath: string, origin: string, dist: string): Promise<void> {
  const browser = await chromium.launch({ executablePath, args: HEADLESS_FLAGS });
  try {
    const pages = builtPages(dist);
    for (const width of [PHONE.width, NARROWEST]) {
      const wide = await sidewaysScroll(browser, origin, pages, width);
      const list = wide.map((entry) => `${entry.path} (${entry.scrollWidth} px)`).join(', ');
      console.log(`\nSideways scroll at ${width} px: ${wide.length} of ${pages.length} pages${wide.length ? `: ${list}` : ''}`);
    }
    const credentialPages = pages.filter((path) => /^\/credentials\/[^/]+\/$/.test(path));
    const lengths = (await pageLengths(browser, origin, credentialPages)).sort((a, b) => b.words - a.words);
    const longest = lengths[0];
    if (longest) {
      const shortest = lengths.at(-1)!;
      console.log(
        `\nCredential pages at ${PHONE.width} px: longest ${longest.path} ${longest.words} words, ${longest.screens} screens; shortest ${shortest.words} words, ${shortest.screens} screens`,
      );
    }
    const transfer = await searchTransfer(browser, origin, FIRST_QUERY);
    console.log(
      `\nCatalog search: ${kilobytes(transfer.beforeQuery)} transferred before typing; the first query "${transfer.query}" adds ${kilobytes(transfer.firstQuery)} (${transfer.results} results)`,
    );
  } finally {
    await browser.close();
  }
}
