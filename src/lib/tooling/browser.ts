/**
 * Finding the Chromium or Chrome that the browser tests (and Lighthouse) drive. playwright-core never
 * downloads a browser, so the machine must have one: CHROME_PATH when it is set, otherwise the usual
 * Debian and Google locations. On a fresh root CI machine with apt-get, Debian's Chromium is installed;
 * anywhere else the caller gets one line that says how to get one, instead of a failing test per page.
 * Every contact with the system goes through BrowserSystem, so each branch is testable without
 * installing anything.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

/** Where Debian's Chromium and Google Chrome install their executables, in order of preference. */
export const BROWSER_LOCATIONS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** Headless flags for a machine with no GPU, no sandbox privileges and no network beyond the test server. */
export const HEADLESS_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const SET_CHROME_PATH = 'set CHROME_PATH to a Chrome or Chromium executable';

const APT_GET = '/usr/bin/apt-get';

export interface BrowserSystem {
  /** The environment, for CHROME_PATH. */
  env: Record<string, string | undefined>;
  /** Whether a file exists and may be executed. */
  isExecutable(path: string): boolean;
  /** The user id (0 is root), or undefined where the platform has none. */
  uid: number | undefined;
  /** Runs a command with its output shown, returning its exit status (null when it could not start). */
  run(command: string, args: string[]): number | null;
}

const nodeSystem: BrowserSystem = {
  env: process.env,
  isExecutable(path) {
    try {
      accessSync(path, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  },
  uid: process.getuid?.(),
  // apt-get must never stop to ask a question on a CI machine with nobody to answer it.
  run: (command, args) => spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status,
};

export type BrowserSearch = { ok: true; path: string } | { ok: false; message: string };

/**
 * The browser to use. A CHROME_PATH that points nowhere is an error rather than a reason to look
 * elsewhere, so that a mistyped path never silently tests with another browser.
 */
export function findBrowser(system: BrowserSystem = nodeSystem): BrowserSearch {
  const chosen = system.env.CHROME_PATH;
  if (chosen) {
    if (system.isExecutable(chosen)) return { ok: true, path: chosen };
    return { ok: false, message: `CHROME_PATH is ${chosen}, which is not an executable file: ${SET_CHROME_PATH}, or unset it.` };
  }
  const path = BROWSER_LOCATIONS.find((candidate) => system.isExecutable(candidate));
  if (path) return { ok: true, path };
  const howTo = system.isExecutable(APT_GET) ? 'install it with `sudo apt-get install chromium`' : 'install Chromium or Google Chrome';
  return { ok: false, message: `No Chromium found for the browser tests: ${howTo}, or ${SET_CHROME_PATH}.` };
}

export interface EnsureBrowserOptions {
  /** Where progress is reported (one line before an installation starts). */
  log?: (line: string) => void;
  system?: BrowserSystem;
}

/**
 * A browser for the tests, installing Debian's Chromium first when none is found and this process
 * may do so (root, with apt-get, and CHROME_PATH unset). Never throws; a failure is one line to print.
 */
export function ensureBrowser({ log = console.log, system = nodeSystem }: EnsureBrowserOptions = {}): BrowserSearch {
  const found = findBrowser(system);
  if (found.ok || system.env.CHROME_PATH || system.uid !== 0 || !system.isExecutable(APT_GET)) return found;
  log("No Chromium found for the browser tests: installing Debian's chromium with apt-get…");
  for (const args of [['update'], ['install', '-y', 'chromium']]) {
    const status = system.run(APT_GET, args);
    if (status !== 0) {
      const outcome = status === null ? 'could not start' : `exited with ${status}`;
      const failure = `\`apt-get ${args.join(' ')}\` ${outcome}`;
      return { ok: false, message: `Could not install Chromium for the browser tests: ${failure}; install it, or ${SET_CHROME_PATH}.` };
    }
  }
  const installed = findBrowser(system);
  if (installed.ok) return installed;
  const locations = BROWSER_LOCATIONS.join(', ');
  return { ok: false, message: `Installed Debian's chromium, but found no browser at ${locations}: ${SET_CHROME_PATH}.` };
}
