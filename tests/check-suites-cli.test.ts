/**
 * The CI checks as reviewers meet them: each suite command prints `path:line:col  rule-id  message`,
 * annotates under CI, exits 1 on errors, and writes Markdown and JSON reports; `report` writes all.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validProjectFiles, writeProject } from './factories.ts';
import { editYaml } from './helpers.ts';

const scripts = join(import.meta.dirname, '..', 'scripts');
const C = 'content/credentials/sample-credential';

function run(script: string, args: string[], env: Record<string, string | undefined> = {}) {
  const reports = mkdtempSync(join(tmpdir(), 'mc-reports-'));
  const result = spawnSync(process.execPath, [join(scripts, script), ...args, '--reports', reports], {
    encoding: 'utf8',
    env: { ...process.env, CI: undefined, GITHUB_STEP_SUMMARY: undefined, NO_COLOR: '1', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, reports };
}

/** An unassessed artifact, an orphan criterion, a made-up code and an alignment to a missing requirement. */
function brokenProject(): string {
  const files: Record<string, string | Buffer> = validProjectFiles();
  editYaml(files, `${C}/credential.yaml`, (data) =>
    data.requirements[0].artifacts.push({ ...data.requirements[0].artifacts[0], id: 'unscored-notes' }),
  );
  editYaml(files, 'content/credentials/second-credential/rubric.yaml', (data) => {
    data.criteria[0].descriptors.progressing = data.criteria[0].descriptors.demonstrated;
  });
  editYaml(files, `${C}/rubric.yaml`, (data) => {
    data.criteria[1].artifacts = ['no-such-artifact'];
  });
  editYaml(files, `${C}/alignment.yaml`, (data) => {
    data.alignments[0].code = 'SF-404';
    data.alignments[2].addressedBy = 'no-such-step';
  });
  return writeProject(files);
}

describe('scripts/check-suite.ts', () => {
  it('reports each broken thing with its rule id, file and line, exit 1, and writes both reports', () => {
    const { code, stdout, stderr, reports } = run('check-suite.ts', ['rubrics', '--root', brokenProject()]);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(stdout).toMatch(
      /^content\/credentials\/sample-credential\/credential\.yaml:\d+:\d+ {2}rubric-coverage {2}requirements\[0\]\.artifacts\[1\]\.id: Assess the artifact "unscored-notes"/m,
    );
    expect(stdout).toMatch(
      /^content\/credentials\/sample-credential\/rubric\.yaml:\d+:\d+ {2}rubric-references {2}criteria\[1\]\.artifacts\[0\]: /m,
    );
    expect(stdout).toMatch(
      /^content\/credentials\/second-credential\/rubric\.yaml:\d+:\d+ {2}schema {2}criteria\[0\]\.descriptors: Write a different descriptor/m,
    );
    expect(existsSync(join(reports, 'rubrics.md'))).toBe(true);
    const json = JSON.parse(readFileSync(join(reports, 'rubrics.json'), 'utf8'));
    expect(json).toMatchObject({ suite: 'rubrics', errors: expect.any(Number), coverage: expect.any(Array) });
    expect(json.problems.map((problem: { rule: string }) => problem.rule)).toEqual(
      expect.arrayContaining(['rubric-coverage', 'rubric-references', 'schema']),
    );
  });

  it('reports a made-up standard code and an alignment to a missing requirement in the standards check', () => {
    const { code, stdout } = run('check-suite.ts', ['standards', '--root', brokenProject()]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/alignment\.yaml:3:11 {2}alignment-references {2}alignments\[0\]\.code: Add SF-404/);
    expect(stdout).toMatch(/alignment\.yaml:\d+:\d+ {2}alignment-references {2}alignments\[2\]\.addressedBy: /);
  });

  it('gives reviewers a readable Markdown summary', () => {
    const { reports } = run('check-suite.ts', ['rubrics', '--root', brokenProject()]);
    expect(readFileSync(join(reports, 'rubrics.md'), 'utf8')).toMatchSnapshot();
  });

  it('annotates under CI', () => {
    const { stdout } = run('check-suite.ts', ['rubrics', '--root', brokenProject()], { CI: 'true' });
    expect(stdout).toMatch(
      /^::error file=content\/credentials\/second-credential\/rubric\.yaml,line=\d+,col=\d+,title=schema criteria\[0\]\.descriptors::/m,
    );
  });

  it('passes valid content with exit 0', () => {
    for (const suite of ['rubrics', 'standards', 'quality'])
      expect(run('check-suite.ts', [suite, '--root', writeProject(validProjectFiles())]).code, suite).toBe(0);
  });

  it('refuses an unknown suite with exit 2', () => {
    const { code, stderr } = run('check-suite.ts', ['spelling']);
    expect(code).toBe(2);
    expect(stderr).toContain('usage:');
  });
});

describe('scripts/report.ts', () => {
  it('writes every suite report and a summary to one folder', () => {
    const { code, reports } = run('report.ts', ['--root', writeProject(validProjectFiles())]);
    expect(code).toBe(0);
    for (const file of [
      'summary.md',
      'comment.md',
      'integrity.json',
      'rubrics.md',
      'rubrics.json',
      'standards.md',
      'standards.json',
      'quality.md',
      'quality.json',
    ])
      expect(existsSync(join(reports, file)), file).toBe(true);
    expect(readFileSync(join(reports, 'summary.md'), 'utf8')).toMatch(/^# Content review: ✅ all checks passed$/m);
  });

  it('exits 1 and says so in the summary when any suite has errors, listing each problem once', () => {
    const { code, reports } = run('report.ts', ['--root', brokenProject()]);
    expect(code).toBe(1);
    const summary = readFileSync(join(reports, 'summary.md'), 'utf8');
    const errors = Number(summary.match(/^# Content review: ❌ (\d+) errors? to fix$/m)?.[1]);
    const rows = summary.split('\n').filter((line) => line.startsWith('| `content/'));
    expect(new Set(rows).size).toBe(rows.length);
    expect(rows.filter((row) => !row.includes('⚠️'))).toHaveLength(errors);
  });
});
