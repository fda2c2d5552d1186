/**
 * One built site, one static server and one Chromium per test file. The site must already be built
 * (`npm test` builds it first); a clear failure says so otherwise.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { serveStatic } from '../../src/lib/static-server.ts';

export const DIST = join(import.meta.dirname, '..', '..', 'dist');

/** Every built HTML page as a site path, e.g. `/catalog/`. */
export function builtPages(): string[] {
  if (!existsSync(DIST)) return [];
  return (readdirSync(DIST, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/${relative(DIST, join(DIST, file)).split('\\').join('/')}`.replace(/index\.html$/, ''))
    .sort();
}

export function useSite() {
  const site = { origin: '', browser: undefined as unknown as Browser, close: async () => {} };
  beforeAll(async () => {
    if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` (or `npm test`, which builds first).');
    const server = await serveStatic(DIST);
    site.origin = server.origin;
    site.browser = await launchBrowser();
    site.close = async () => {
      await site.browser.close();
      await server.close();
    };
  }, 60_000);
  afterAll(() => site.close());

  /** A fresh page that records console errors and Content-Security-Policy violations. */
  async function open(path: string, options: BrowserContextOptions = {}): Promise<{ page: Page; errors: string[] }> {
    const context = await site.browser.newContext(options);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`${site.origin}${path}`);
    await page.waitForLoadState('networkidle');
    return { page, errors };
  }
  return { site, open };
}
