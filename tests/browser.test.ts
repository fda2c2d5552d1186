/**
 * Browser provisioning for the browser tests, every branch against a fake system: which executable
 * wins, when Debian's Chromium is installed (root with apt-get only), and the one line a developer
 * gets otherwise. Nothing is installed or run for real.
 */
import { describe, expect, it } from 'vitest';
import { BROWSER_LOCATIONS, ensureBrowser, findBrowser, type BrowserSystem } from '../src/lib/tooling/browser.ts';

const APT_GET = '/usr/bin/apt-get';

interface Machine {
  /** The executables present. */
  files?: string[];
  env?: Record<string, string>;
  uid?: number | undefined;
  /** What `apt-get install` adds. */
  installs?: string[];
  /** The apt-get step (`update` or `install`) that fails. */
  fails?: string;
}

function fakeSystem({ files = [], env = {}, uid = 1000, installs = [], fails = '' }: Machine = {}) {
  const present = new Set(files);
  const commands: string[] = [];
  const system: BrowserSystem = {
    env,
    uid,
    isExecutable: (path) => present.has(path),
    run(command, args) {
      commands.push([command, ...args].join(' '));
      if (args[0] === fails) return 100;
      if (args[0] === 'install') installs.forEach((path) => present.add(path));
      return 0;
    },
  };
  return { system, commands };
}

function ensure(options: Machine) {
  const { system, commands } = fakeSystem(options);
  const lines: string[] = [];
  const result = ensureBrowser({ system, log: (line) => lines.push(line) });
  return { result, commands, lines };
}

describe('findBrowser()', () => {
  it('prefers CHROME_PATH over every usual location', () => {
    const chosen = '/opt/chrome/chrome';
    const { system } = fakeSystem({ files: [chosen, ...BROWSER_LOCATIONS], env: { CHROME_PATH: chosen } });
    expect(findBrowser(system)).toEqual({ ok: true, path: chosen });
  });

  const fromEach = BROWSER_LOCATIONS.map((path, index) => [path, BROWSER_LOCATIONS.slice(index)] as const);
  it.each(fromEach)('finds %s when no earlier location has one', (path, files) => {
    expect(findBrowser(fakeSystem({ files }).system)).toEqual({ ok: true, path });
  });

  it('refuses a CHROME_PATH with no executable rather than testing with another browser', () => {
    const result = findBrowser(fakeSystem({ files: ['/usr/bin/chromium'], env: { CHROME_PATH: '/opt/chrom' } }).system);
    const message = /^CHROME_PATH is \/opt\/chrom, which is not an executable file: .+, or unset it\.$/;
    expect(result).toEqual({ ok: false, message: expect.stringMatching(message) });
  });

  it('says how to install Chromium with apt-get where there is apt-get, and otherwise in general', () => {
    const line = (howTo: string) =>
      `No Chromium found for the browser tests: ${howTo}, or set CHROME_PATH to a Chrome or Chromium executable.`;
    expect(findBrowser(fakeSystem({ files: [APT_GET] }).system)).toEqual({
      ok: false,
      message: line('install it with `sudo apt-get install chromium`'),
    });
    expect(findBrowser(fakeSystem().system)).toEqual({ ok: false, message: line('install Chromium or Google Chrome') });
  });
});

describe('ensureBrowser()', () => {
  it('returns the browser found, installing nothing', () => {
    const found = ensure({ files: [APT_GET, '/usr/bin/google-chrome'], uid: 0 });
    expect(found).toEqual({ result: { ok: true, path: '/usr/bin/google-chrome' }, commands: [], lines: [] });
  });

  it("installs Debian's chromium as root with apt-get, saying so first, and returns it", () => {
    const { result, commands, lines } = ensure({ files: [APT_GET], uid: 0, installs: ['/usr/bin/chromium'] });
    expect(result).toEqual({ ok: true, path: '/usr/bin/chromium' });
    expect(commands).toEqual([`${APT_GET} update`, `${APT_GET} install -y chromium`]);
    expect(lines).toEqual(["No Chromium found for the browser tests: installing Debian's chromium with apt-get…"]);
  });

  it.each<[string, Machine]>([
    ['not root', { files: [APT_GET], uid: 1000 }],
    ['on a platform without user ids', { files: [APT_GET], uid: undefined }],
    ['root without apt-get', { uid: 0 }],
    ['root with CHROME_PATH set to a missing file', { files: [APT_GET], uid: 0, env: { CHROME_PATH: '/opt/chrom' } }],
  ])('installs nothing when %s, and returns the one line that says what to do', (_name, options) => {
    const { result, commands, lines } = ensure(options);
    expect(commands).toEqual([]);
    expect(lines).toEqual([]);
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/^[^\n]+\.$/) });
    expect(result).toEqual(findBrowser(fakeSystem(options).system));
  });

  it.each(['update', 'install'])('reports a failing apt-get %s in one line, running nothing after it', (step) => {
    const { result, commands } = ensure({ files: [APT_GET], uid: 0, installs: ['/usr/bin/chromium'], fails: step });
    const message = new RegExp(`^Could not install Chromium for the browser tests: \`apt-get ${step}[^\\n]*exited with 100; .+\\.$`);
    expect(result).toEqual({ ok: false, message: expect.stringMatching(message) });
    expect(commands.at(-1)).toContain(step);
  });

  it('reports apt-get that could not start', () => {
    const { system } = fakeSystem({ files: [APT_GET], uid: 0 });
    const result = ensureBrowser({ system: { ...system, run: () => null }, log: () => {} });
    expect(result).toEqual({ ok: false, message: expect.stringContaining('`apt-get update` could not start') });
  });

  it('reports an installation that leaves no browser in a known location', () => {
    const { result } = ensure({ files: [APT_GET], uid: 0 });
    const message = /^Installed Debian's chromium, but found no browser at \/usr\/bin\/chromium, .+: set CHROME_PATH/;
    expect(result).toEqual({ ok: false, message: expect.stringMatching(message) });
  });
});
