/**
 * `npm test`: every check and test, in the order a failure is easiest to read: the content checks
 * (every suite), content formatting, type check, code layout and lint, preview build, then the Vitest suite. Ends with the plain
 * line `N passed, N failed` that CI reads, counting each step and each Vitest test.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureBrowser } from '../src/lib/tooling/browser.ts';
import { paint, parseCli, printHelpIfAsked, runCli } from '../src/lib/tooling/cli.ts';

const USAGE = 'npm test -- [--skip-checks] [--skip-build]';

interface Step {
  name: string;
  command: string[];
}

const VITEST_REPORT = 'reports/vitest.json';

/** The code Prettier lays out: the quoted globs of `npm run format:code` in package.json. */
const CODE_FILES = [
  ...(JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts['format:code']!.matchAll(
    /"([^"]+)"/g,
  ),
].map((match) => match[1]!);

await runCli(() => {
  const { values } = parseCli(USAGE, {
    'skip-checks': { type: 'boolean', default: false },
    'skip-build': { type: 'boolean', default: false },
  });
  printHelpIfAsked(
    values,
    USAGE,
    [
      'Runs the content checks, the formatting check, the type check, the preview build and the Vitest suite.',
      '  --skip-checks  leave out the content and formatting checks (CI runs them in their own steps)',
      '  --skip-build   reuse the existing dist/ (faster while editing tests)',
    ].join('\n'),
  );
  // A report left by an earlier run must never be counted as this run's result.
  rmSync(VITEST_REPORT, { force: true });
  mkdirSync('reports', { recursive: true });
  const steps: Step[] = [
    ...(values['skip-checks']
      ? []
      : [
          { name: 'content checks, every suite (npm run check)', command: ['scripts/check.ts'] },
          { name: 'canonical formatting (npm run format:content -- --check)', command: ['scripts/format-content.ts', '--check'] },
        ]),
    { name: 'type check (astro check)', command: ['node_modules/astro/bin/astro.mjs', 'check', '--minimumSeverity', 'warning'] },
    { name: 'code layout (npm run format:code -- --check)', command: ['node_modules/prettier/bin/prettier.cjs', '--check', ...CODE_FILES] },
    // After the type check, which writes the .astro/ types the type-aware lint rules read.
    { name: 'lint (npm run lint)', command: ['node_modules/eslint/bin/eslint.js', '.'] },
    ...(values['skip-build']
      ? []
      : [{ name: 'preview site build (astro build, drafts shown)', command: ['node_modules/astro/bin/astro.mjs', 'build'] }]),
    {
      name: 'test suite (vitest)',
      command: ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${VITEST_REPORT}`],
    },
  ];

  let passed = 0;
  let failed = 0;
  // The browser tests need Chromium: find it (or install Debian's as root) before Vitest, or say how in one line.
  const browser = ensureBrowser();
  if (!browser.ok) {
    console.log(paint('red', `✖ ${browser.message}`));
    failed += 1;
  } else process.env.CHROME_PATH ??= browser.path;
  for (const step of steps) {
    console.log(paint('bold', `\n▶ ${step.name}`));
    const started = performance.now();
    // The tests exercise every credential, so the site under test is the preview build.
    const result = spawnSync(process.execPath, step.command, {
      stdio: 'inherit',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CATALOG_DRAFTS: '1' },
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const ok = result.status === 0;
    console.log(ok ? paint('green', `✔ ${step.name} (${seconds} s)`) : paint('red', `✖ ${step.name} failed (${seconds} s)`));
    if (ok) passed += 1;
    else failed += 1;
  }

  if (existsSync(VITEST_REPORT)) {
    const report = JSON.parse(readFileSync(VITEST_REPORT, 'utf8')) as { numPassedTests: number; numFailedTests: number };
    passed += report.numPassedTests;
    failed += report.numFailedTests;
  }
  console.log(`\n${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
});
