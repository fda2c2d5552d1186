/**
 * Chromium or Chrome, headless, driven by playwright-core (no browser download needed). Which
 * executable is used (CHROME_PATH, else Debian's Chromium or Google Chrome) is decided by
 * src/lib/tooling/browser.ts, the same rule `npm test` uses to provision one.
 */
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';
import { findBrowser, HEADLESS_FLAGS } from '../../src/lib/tooling/browser.ts';

/**
 * The limit for launching, navigating and waiting: Playwright's default of 30 s is wall-clock time
 * that a loaded 2-core machine can exceed, so this only catches a browser that hangs.
 */
const BROWSER_TIMEOUT = 5 * 60_000;

export function launchBrowser(): Promise<Browser> {
  const found = findBrowser();
  if (!found.ok) throw new Error(found.message);
  return chromium.launch({
    executablePath: found.path,
    timeout: BROWSER_TIMEOUT,
    args: HEADLESS_FLAGS,
  });
}

/** A fresh context (its own cookies and storage) whose pages wait as long as BROWSER_TIMEOUT. */
export async function newContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(BROWSER_TIMEOUT);
  return context;
}
