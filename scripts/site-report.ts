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
import { serveStatic } from '../src/lib/tooling/static-server.ts';

const USAGE = 'npm run report:site -- [--lighthouse] [--dist <dir>]';
const LIGHTHOUSE_PAGES = ['/', '/catalog/', '/credentials/facilitating-project-based-learning/'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

await runCli(async () => {
  const { values } = parseCli(USAGE, { lighthouse: { type: 'boolean', default: false }, dist: { type: 'string', default: 'dist' } });
  printHelpIfAsked(
    values,
    USAGE,
    'Prints page weights and the search bundle size of the built site.\n  --lighthouse   also run Lighthouse (in the browser at CHROME_PATH, else Debian Chromium or Google Chrome)',
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

  if (!values.lighthouse) return 0;
  const browser = findBrowser();
  if (!browser.ok) {
    console.error(browser.message);
    return 1;
  }
  const server = await serveStatic(dist);
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
