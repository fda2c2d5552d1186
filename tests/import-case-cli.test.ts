/**
 * `npm run import:case` as an author meets it: a report of what was added, changed and left alone,
 * a result that passes the checks, a second run that writes nothing, `--only-cited` keeping the
 * registry small, and a malformed package or bad usage refused with one line and nothing written.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadCatalog } from '../src/lib/content/catalog.ts';
import { runChecks } from '../src/lib/checks/suites.ts';
import { validProjectFiles, writeProject } from './factories.ts';

const script = join(import.meta.dirname, '..', 'scripts', 'import-case.ts');
const FIXTURES = join(import.meta.dirname, 'fixtures', 'case');
const PACKAGE = join(FIXTURES, 'sample-framework.case.json');
const FILE = 'content/standards/sample-framework.yaml';
const USAGE = 'usage: npm run import:case -- <CFPackage.json> --framework <id> [--only-cited] [--root <dir>]';

function runImport(root: string, args: string[]) {
  const result = spawnSync(process.execPath, [script, '--root', root, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const read = (root: string, path = FILE) => readFileSync(join(root, path), 'utf8');
const codes = (root: string, path = FILE) => (parse(read(root, path)).items as Array<{ code: string }>).map((item) => item.code);
const statements = (JSON.parse(readFileSync(PACKAGE, 'utf8')).CFItems as Array<{ fullStatement: string }>).map(
  (item) => item.fullStatement,
);

describe('scripts/import-case.ts', () => {
  it('merges the package, reports what it did, and the result passes the checks', async () => {
    const root = writeProject(validProjectFiles());
    const { code, stdout, stderr } = runImport(root, [PACKAGE, '--framework', 'sample-framework']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout.split('\n')).toEqual([
      `${PACKAGE}: 6 items, 4 coded, 2 headings skipped`,
      '  added      3: SF, SF-2, SF-3',
      '  changed    1: SF-1 (uri, parent)',
      '  unchanged  0',
      '  left alone 0',
      `✔ ${FILE} updated. Give every item a credential cites a label in your own words, then run npm run check.`,
      '',
    ]);
    const text = read(root);
    for (const statement of statements) expect(text).not.toContain(statement);
    const { problems } = await runChecks(loadCatalog(root));
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  });

  it('changes nothing the second time: the file is byte-identical and not rewritten', () => {
    const root = writeProject(validProjectFiles());
    expect(runImport(root, [PACKAGE, '--framework', 'sample-framework']).code).toBe(0);
    const before = read(root);
    const written = statSync(join(root, FILE)).mtimeMs;
    const { code, stdout } = runImport(root, [PACKAGE, '--framework', 'sample-framework']);
    expect(code).toBe(0);
    expect(stdout).toContain('  added      0\n  changed    0\n  unchanged  4\n');
    expect(stdout).toContain(`✔ ${FILE} already matches the package: nothing to change.`);
    expect(read(root)).toBe(before);
    expect(statSync(join(root, FILE)).mtimeMs).toBe(written);
  });

  it('creates the file when there is none', () => {
    const root = writeProject(validProjectFiles());
    const { code, stdout } = runImport(root, [PACKAGE, '--framework', 'sample-new']);
    expect(code).toBe(0);
    expect(stdout).toContain('✔ content/standards/sample-new.yaml created.');
    expect(codes(root, 'content/standards/sample-new.yaml')).toEqual(['SF', 'SF-1', 'SF-2', 'SF-3']);
  });

  it('with --only-cited, imports only the cited codes and the items above them', () => {
    const root = writeProject(validProjectFiles());
    const { code, stdout } = runImport(root, [PACKAGE, '--framework', 'sample-framework', '--only-cited']);
    expect(code).toBe(0);
    expect(stdout).toContain('  1 code cited from sample-framework; with the items above them, 2 to import\n');
    expect(codes(root).sort()).toEqual(['SF', 'SF-1']);
  });

  it.each([
    ['a malformed package', join(FIXTURES, 'malformed.case.json'), /CFItems\[1\]\.uri should be text \(found number\)/],
    ['a file that is not JSON', 'NOT-JSON', /not JSON/],
    ['a missing file', join(FIXTURES, 'missing.case.json'), /cannot read the package \(ENOENT\)/],
  ])('refuses %s with one line and exit 1, writing nothing', (_, given, message) => {
    const root = writeProject(validProjectFiles());
    let packagePath = given;
    if (given === 'NOT-JSON') {
      packagePath = join(root, 'not-json.case.json');
      writeFileSync(packagePath, '<html>not a package</html>');
    }
    const before = read(root);
    const { code, stdout, stderr } = runImport(root, [packagePath, '--framework', 'sample-framework']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toContain(`✖ ${packagePath}: `);
    expect(stderr).toMatch(message);
    expect(read(root)).toBe(before);
  });

  it.each([
    ['no package', ['--framework', 'sample-framework']],
    ['no framework', [PACKAGE]],
    ['a framework id that is not a slug', [PACKAGE, '--framework', 'Sample Framework']],
    ['an unknown option', [PACKAGE, '--framework', 'sample-framework', '--everything']],
  ])('exits 2 with the usage line for %s', (_, args) => {
    const root = writeProject(validProjectFiles());
    const { code, stderr } = runImport(root, args);
    expect(code).toBe(2);
    expect(stderr).toContain(USAGE);
  });
});
