/**
 * One built site, one static server and one Chromium per test file. The site must already be built
 * (`npm test` builds it first); a clear failure says so otherwise. Pages are listed from the build
 * itself, so tests that visit every page cover exactly what was built.
 */
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, newContext } from './browser.ts';
import { builtPages as builtPagesOf, serveStatic } from '../../src/lib/tooling/static-server.ts';

/**
 * A private copy of dist/, taken when a test file loads, so that a build started meanwhile in the
 * same tree (`npm start`, another `npm test`) cannot rewrite or delete pages under a running test.
 * Without a built site it is dist/ itself, and the tests say that it is missing.
 */
function snapshotOf(dist: string): string {
  if (!existsSync(join(dist, 'index.html'))) return dist;
  const copy = mkdtempSync(join(tmpdir(), 'mc-dist-'));
  cpSync(dist, copy, { recursive: true });
  return copy;
}

export const DIST = snapshotOf(join(import.meta.dirname, '..', '..', 'dist'));

/** Every built HTML page of dist/ (or of another build) as a site path, e.g. `/catalog/`. */
export const builtPages = (dist = DIST): string[] => builtPagesOf(dist);

/**
 * Serves a built site and launches the browser once, before the file's tests, and closes both after
 * them. `dist` is read when the tests start, so a file may build its own site in an earlier beforeAll.
 */
export function useSite(dist: () => string = () => DIST) {
  const site = { origin: '', browser: undefined as unknown as Browser, close: async () => {} };
  beforeAll(async () => {
    if (!existsSync(join(dist(), 'index.html'))) {
      throw new Error(`${dist()} has no built site: run \`npm run build\` (or \`npm test\`, which builds first).`);
    }
    const server = await serveStatic(dist());
    site.origin = server.origin;
    // Stop the server even when no browser can be launched, so the failure is the only thing left.
    site.close = () => server.close();
    site.browser = await launchBrowser();
    site.close = async () => {
      await site.browser.close();
      await server.close();
    };
  });
  afterAll(() => site.close());

  /** A fresh page that records console errors, Content-Security-Policy violations and dialogs (dismissed). */
  async function open(path: string, options: BrowserContextOptions = {}): Promise<{ page: Page; errors: string[] }> {
    const context = await newContext(site.browser, options);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('dialog', (dialog) => {
      errors.push(`${dialog.type()} dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.goto(`${site.origin}${path}`);
    await page.waitForLoadState('networkidle');
    return { page, errors };
  }
  /**
   * One page for a whole describe block, in its own context, for suites that visit page after page: a
   * fresh context per visit cost more than the visit. Closed after the block's tests.
   */
  function sharedPage(options: BrowserContextOptions = {}): () => Promise<Page> {
    let page: Page | undefined;
    afterAll(() => page?.context().close());
    return async () => (page ??= await (await newContext(site.browser, options)).newPage());
  }
  return { site, open, sharedPage };
}

/** Resolves once the catalog's search panel has loaded its index and enabled its controls. */
export const searchReady = (page: Page) => page.waitForSelector('#search-panel:not([aria-busy])', { state: 'attached' });
