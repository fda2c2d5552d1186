/**
 * The authoring loop end to end, on a scratch git repository holding this project's content: an
 * author runs `npm run new`, fills in every file, formats it and moves it to review. Then every
 * content check, the change gate and the content tests of `npm test` must pass over the scratch copy
 * without any change to code or tests: whatever the catalog holds, a correct new credential is green.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../src/lib/content/catalog.ts';
import { createAndFillIn } from './fixtures/author-answers.ts';
import { AWAITING_LDOE, projectRoot } from './helpers.ts';

const node = (script: string, args: string[], env: Record<string, string | undefined> = {}) =>
  spawnSync(process.execPath, [join(projectRoot, script), ...args], {
    encoding: 'utf8',
    env: { ...process.env, CI: undefined, NO_COLOR: '1', ...env },
  });

function git(root: string, ...args: string[]) {
  const result = spawnSync('git', ['-c', 'user.name=Author', '-c', 'user.email=author@example.org', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
}

describe('adding a credential through a pull request', () => {
  it('a 19th credential made by `npm run new` and filled in passes every content check, the gate and the content tests', () => {
    const root = mkdtempSync(join(tmpdir(), 'mc-authoring-'));
    cpSync(join(projectRoot, 'content'), join(root, 'content'), { recursive: true });
    git(root, 'init', '-q', '-b', 'main');
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', 'main');
    const before = loadCatalog(root).credentials.length;

    const folder = createAndFillIn(projectRoot, root, {
      pathway: 'computer-science',
      level: 2,
      title: 'Teaching Physical Computing with Microcontrollers',
    });

    const formatted = node('scripts/format-content.ts', ['--root', root]);
    expect(formatted.status, formatted.stdout + formatted.stderr).toBe(0);
    const check = node('scripts/check.ts', ['--root', root]);
    const reported = (check.stdout + check.stderr)
      .split('\n')
      .filter((line) => line.startsWith('content/') && !AWAITING_LDOE.line.test(line));
    expect(reported).toEqual([]);
    expect(check.status).toBe(0);
    expect(loadCatalog(root).credentials).toHaveLength(before + 1);

    const report = node('scripts/report.ts', ['--base', 'main', '--root', root, '--reports', join(root, 'reports')]);
    expect(report.status, report.stdout).toBe(0);
    expect(readFileSync(join(root, 'reports', 'summary.md'), 'utf8')).toContain(`| CS-2.`);

    // The content tests of `npm test`, unchanged, over the scratch copy.
    const contentTests = [
      'tests/content.test.ts',
      'tests/catalog-completeness.test.ts',
      'tests/content-originality.test.ts',
      'tests/standards-registry.test.ts',
    ];
    const vitest = spawnSync(
      process.execPath,
      [join(projectRoot, 'node_modules/vitest/vitest.mjs'), 'run', '--reporter=verbose', ...contentTests],
      { cwd: projectRoot, encoding: 'utf8', env: { ...process.env, CATALOG_ROOT: root, NO_COLOR: '1' } },
    );
    expect(
      vitest.status,
      vitest.stdout
        .split('\n')
        .filter((line) => /FAIL|×|AssertionError|Expected|Received/.test(line))
        .slice(0, 40)
        .join('\n'),
    ).toBe(0);
    expect(vitest.stdout).toMatch(/Tests\s+\d+ passed/);
    // The tests really read the scratch copy: the new credential's files are among their cases.
    expect(vitest.stdout).toContain(`${folder}/rubric.yaml`);
  });
});
