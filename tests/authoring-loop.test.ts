/**
 * The authoring loop end to end, on a scratch git repository holding this project's content: an
 * author runs `npm run new`, fills in every file, formats it and moves it to review. Then every
 * content check, the change gate and the content tests of `npm test` must pass over the scratch copy
 * without any change to code or tests: whatever the catalog holds, a correct new credential is green.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument, type Document } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../src/lib/catalog.ts';
import { alignmentRationales, credentialAnswers, onePagerAnswer, rubricAnswers } from './fixtures/author-answers.ts';
import { projectRoot } from './helpers.ts';

const node = (script: string, args: string[], env: Record<string, string | undefined> = {}) =>
  spawnSync(process.execPath, [join(projectRoot, script), ...args], { encoding: 'utf8', env: { ...process.env, CI: undefined, NO_COLOR: '1', ...env } });

function git(root: string, ...args: string[]) {
  const result = spawnSync('git', ['-c', 'user.name=Author', '-c', 'user.email=author@example.org', ...args], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
}

/** `a.0.b` → ['a', 0, 'b'], the way the answers name fields. */
const path = (dotted: string) => dotted.split('.').map((key) => (/^\d+$/.test(key) ? Number(key) : key));

function answer(file: string, answers: Record<string, unknown>, more: (doc: Document) => void = () => {}) {
  const doc = parseDocument(readFileSync(file, 'utf8'));
  for (const [field, value] of Object.entries(answers)) doc.setIn(path(field), doc.createNode(value));
  more(doc);
  writeFileSync(file, String(doc));
}

const TITLE = 'Teaching Physical Computing with Microcontrollers';

describe('adding a credential through a pull request', () => {
  it('a 19th credential made by `npm run new` and filled in passes every content check, the gate and the content tests', () => {
    const root = mkdtempSync(join(tmpdir(), 'mc-authoring-'));
    cpSync(join(projectRoot, 'content'), join(root, 'content'), { recursive: true });
    git(root, 'init', '-q', '-b', 'main');
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', 'main');
    const before = loadCatalog(root).credentials.length;

    const created = node('scripts/new-credential.ts', ['--root', root, '--pathway', 'computer-science', '--level', '2', '--title', TITLE]);
    expect(created.status, created.stdout + created.stderr).toBe(0);
    const folder = created.stdout.match(/^Created (content\/credentials\/[^/]+)\//m)![1]!;
    const dir = join(root, folder);

    // Research and resources come from the catalog itself, so the test never cites a work of its own.
    const catalog = loadCatalog(root);
    const citations = catalog.credentials.flatMap((folder) => folder.credential?.data?.research ?? []);
    const resource = catalog.credentials.flatMap((folder) => folder.credential?.data?.resources ?? []).find((candidate) => candidate.url.startsWith('https://'))!;
    answer(join(dir, 'credential.yaml'), credentialAnswers, (doc) => {
      const research = doc.get('research') as { items: unknown[]; add(value: unknown): void };
      const known = new Set(JSON.stringify(doc.toJS().research));
      research.add(doc.createNode(citations.find((citation) => !known.has(JSON.stringify(citation)) && citation.year !== 2023)));
      doc.set('resources', doc.createNode([{ ...resource, description: 'A free tool the build can use; check that it fits your devices before you plan around it.' }]));
      doc.set('status', 'in-review');
      doc.set('version', '1.0.0');
      (doc.get('changelog') as { add(value: unknown): void }).add(doc.createNode({ version: '1.0.0', date: '2026-12-02', summary: 'Ready for review: every field written.' }));
    });
    answer(join(dir, 'rubric.yaml'), rubricAnswers);
    // The scaffold starts two alignments; the author rewrites their rationales and adds a third
    // standard of the registry that the develop phase meets.
    const [first, second, third] = alignmentRationales;
    answer(join(dir, 'alignment.yaml'), { 'alignments.0.rationale': first, 'alignments.1.rationale': second }, (doc) => {
      const cited = new Set((doc.toJS().alignments as Array<{ code: string }>).map((alignment) => alignment.code));
      const framework = catalog.standards.find((file) => file.data?.audience === 'students')!.data!;
      const code = framework.items.find((item) => !cited.has(item.code))!.code;
      (doc.get('alignments') as { add(value: unknown): void }).add(doc.createNode({ framework: framework.id, code, addressedBy: 'develop', rationale: third }));
    });
    writeFileSync(join(dir, 'one-pager.mdx'), onePagerAnswer(TITLE));

    const formatted = node('scripts/format-content.ts', ['--root', root]);
    expect(formatted.status, formatted.stdout + formatted.stderr).toBe(0);
    const check = node('scripts/check.ts', ['--root', root]);
    expect(check.stdout + check.stderr).not.toMatch(/^content\//m);
    expect(check.status).toBe(0);
    expect(loadCatalog(root).credentials).toHaveLength(before + 1);

    const report = node('scripts/report.ts', ['--base', 'main', '--root', root, '--reports', join(root, 'reports')]);
    expect(report.status, report.stdout).toBe(0);
    expect(readFileSync(join(root, 'reports', 'summary.md'), 'utf8')).toContain(`| CS-2.`);

    // The content tests of `npm test`, unchanged, over the scratch copy.
    const contentTests = ['tests/content.test.ts', 'tests/catalog-completeness.test.ts', 'tests/content-originality.test.ts', 'tests/standards-registry.test.ts'];
    const vitest = spawnSync(process.execPath, [join(projectRoot, 'node_modules/vitest/vitest.mjs'), 'run', '--reporter=verbose', ...contentTests], { cwd: projectRoot, encoding: 'utf8', env: { ...process.env, CATALOG_ROOT: root, NO_COLOR: '1' } });
    expect(vitest.status, vitest.stdout.split('\n').filter((line) => /FAIL|×|AssertionError|Expected|Received/.test(line)).slice(0, 40).join('\n')).toBe(0);
    expect(vitest.stdout).toMatch(/Tests\s+\d+ passed/);
    // The tests really read the scratch copy: the new credential's files are among their cases.
    expect(vitest.stdout).toContain(`${folder}/rubric.yaml`);
  });
});
