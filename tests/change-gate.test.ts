/**
 * The change gate on scratch git repositories: a published credential is committed as the base of a
 * pull request, then changed the way authors change things.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../src/lib/content/catalog.ts';
import { minimumVersion } from '../src/lib/review/credential-diff.ts';
import { SUMMARY_MARKER } from '../src/lib/reports/review-summary.ts';
import { isListed } from '../src/lib/site/visibility.ts';
import { validProjectFiles, writeProject } from './factories.ts';
import { editYaml } from './helpers.ts';

const project = join(import.meta.dirname, '..');
const C = 'content/credentials/sample-credential';
const APPROVAL = {
  reviewer: 'Test Reviewer',
  role: 'LDOE STEM content reviewer',
  date: '2026-02-01',
  reference: 'Pull request 3',
  version: '1.0.0',
};

function git(root: string, ...args: string[]) {
  const result = spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
}

/** A repository whose first commit (tagged `base`) holds a published sample credential and a review contract. */
function publishedRepo(): string {
  const files: Record<string, string | Buffer> = validProjectFiles();
  editYaml(files, `${C}/credential.yaml`, (data) => {
    data.status = 'published';
    data.approvals = [APPROVAL];
  });
  files['.github/CODEOWNERS'] = '*  @example/maintainers\n/content/  @example/content-reviewers\n';
  return commitAsBase(writeProject(files));
}

function commitAsBase(root: string): string {
  git(root, 'init', '-q', '-b', 'main');
  git(root, '-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'add', '-A');
  git(root, '-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'commit', '-q', '-m', 'base');
  git(root, 'tag', 'base');
  return root;
}

function edit(root: string, path: string, change: (doc: ReturnType<typeof parseDocument>) => void): void {
  const file = join(root, path);
  const doc = parseDocument(readFileSync(file, 'utf8'));
  change(doc);
  writeFileSync(file, String(doc));
}

function runScript(script: string, root: string) {
  const reports = mkdtempSync(join(tmpdir(), 'mc-gate-'));
  const result = spawnSync(process.execPath, [join(project, 'scripts', script), '--base', 'base', '--root', root, '--reports', reports], {
    encoding: 'utf8',
    env: { ...process.env, CI: undefined, NO_COLOR: '1' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, reports };
}

function gate(root: string) {
  const { reports, ...result } = runScript('check-changes.ts', root);
  return { ...result, summary: readFileSync(join(reports, 'changes.md'), 'utf8') };
}

/** `npm run report -- --base base`: every check and the gate, summarized for the pull request. */
function report(root: string) {
  const { reports, ...result } = runScript('report.ts', root);
  const read = (name: string) => readFileSync(join(reports, name), 'utf8').replace(/\(([0-9a-f]{12})\)/g, '(<commit>)');
  return { ...result, summary: read('summary.md'), comment: read('comment.md') };
}

/** The version's changelog entry and the LDOE reviewer's approval record, as a reviewed pull request carries them. */
function releaseAs(root: string, version: string, { approve = true } = {}) {
  edit(root, `${C}/credential.yaml`, (doc) => {
    doc.set('version', version);
    (doc.get('changelog') as { add(value: unknown): void }).add(
      doc.createNode({ version, date: '2026-03-01', summary: `Version ${version}.` }),
    );
    if (approve)
      (doc.get('approvals') as { add(value: unknown): void }).add(
        doc.createNode({ ...APPROVAL, date: '2026-03-02', reference: 'Pull request 9', version }),
      );
  });
}

const rules = (stdout: string) => [...stdout.matchAll(/^\S+:\d+:\d+ {2}(change-[a-z-]+) /gm)].map((match) => match[1]);

describe('minimumVersion()', () => {
  it.each([
    ['1.4.2', 'major', '2.0.0'],
    ['1.4.2', 'minor', '1.5.0'],
    ['1.4.2', 'patch', '1.4.3'],
    ['1.4.2', 'none', '1.4.2'],
  ] as const)('raises %s for a %s change to %s', (base, bump, expected) => {
    expect(minimumVersion(base, bump)).toBe(expected);
  });
});

describe('scripts/check-changes.ts', () => {
  it('catches a rubric edit to a published credential without a version bump or approval', () => {
    const root = publishedRepo();
    edit(root, `${C}/rubric.yaml`, (doc) =>
      doc.setIn(['criteria', 0, 'descriptors', 'demonstrated'], 'The analysis now must show every element, each backed by evidence.'),
    );
    const { code, stdout } = gate(root);
    expect(code).toBe(1);
    expect(rules(stdout)).toEqual(['change-version-bump', 'change-approval']);
    expect(stdout).toMatch(
      /credential\.yaml:\d+:\d+ {2}change-version-bump {2}version: Raise the version to at least 2\.0\.0, with a changelog entry: rubric\.yaml/,
    );
  });

  it('merges a reworded published credential with its new approval record, and it stays published', () => {
    const root = publishedRepo();
    edit(root, `${C}/rubric.yaml`, (doc) =>
      doc.setIn(['criteria', 0, 'descriptors', 'demonstrated'], 'The analysis now must show every element, each backed by evidence.'),
    );
    releaseAs(root, '2.0.0');
    const { code, stdout, summary } = gate(root);
    expect(stdout).toContain('✔ versioning rules met');
    expect(code).toBe(0);
    expect(summary).toContain('| STEM-1.9 Sample Credential | changed | published | 1.0.0 → 2.0.0 | major |');
    expect(summary).toContain('<ins>');
    const merged = loadCatalog(root).credentials.find((folder) => folder.id === 'sample-credential')!.credential!.data!;
    expect(isListed(merged, 'public')).toBe(true);
  });

  it('refuses the same change without the approval record, in one message that says what merges', () => {
    const root = publishedRepo();
    edit(root, `${C}/credential.yaml`, (doc) =>
      doc.set('summary', 'A sample credential, reworded so the tests can prove a wording change needs only a patch.'),
    );
    releaseAs(root, '1.0.1', { approve: false });
    const { code, stdout } = gate(root);
    expect(code).toBe(1);
    expect(rules(stdout)).toEqual(['change-approval']);
    expect(stdout).toContain("Merge this change together with LDOE's approval of version 1.0.1, or not at all");
  });

  it('never unpublishes by a merge: published cannot go back to in-review', () => {
    const root = publishedRepo();
    edit(root, `${C}/credential.yaml`, (doc) => doc.set('status', 'in-review'));
    expect(rules(gate(root).stdout)).toEqual(['change-status-transition']);
  });

  it('refuses an edit or a removal of a past approval record', () => {
    const renamed = publishedRepo();
    edit(renamed, `${C}/credential.yaml`, (doc) => doc.setIn(['approvals', 0, 'reviewer'], 'Someone Else'));
    const { code, stdout, summary } = gate(renamed);
    expect(code).toBe(1);
    expect(rules(stdout)).toContain('change-approval-history');
    expect(stdout).toContain('reviewer "Test Reviewer" became "Someone Else"');
    expect(summary).not.toContain('Approval recorded');

    const removed = publishedRepo();
    edit(removed, `${C}/credential.yaml`, (doc) => doc.set('approvals', []));
    expect(rules(gate(removed).stdout)).toContain('change-approval-history');
  });

  it('fails on a file it cannot parse, with the parse error', () => {
    const root = publishedRepo();
    writeFileSync(join(root, `${C}/credential.yaml`), `${readFileSync(join(root, `${C}/credential.yaml`), 'utf8')}\nsummary: [unclosed\n`);
    const { code, stdout } = gate(root);
    expect(code).toBe(1);
    expect(stdout).toMatch(/sample-credential\/credential\.yaml:\d+:\d+ {2}yaml /);
    expect(stdout).not.toContain('✔');
  });

  it('asks a minor version for an alignment change, a major one for hours, and a patch for wording', () => {
    const root = publishedRepo();
    edit(root, `${C}/alignment.yaml`, (doc) =>
      doc.setIn(['alignments', 2, 'rationale'], 'The lesson plan now addresses this standard more directly.'),
    );
    releaseAs(root, '1.0.1');
    expect(gate(root).stdout).toMatch(/change-version-bump {2}version: Raise the version to at least 1\.1\.0/);

    const hours = publishedRepo();
    edit(hours, `${C}/credential.yaml`, (doc) => doc.setIn(['estimatedHours', 'max'], 14));
    releaseAs(hours, '1.1.0');
    expect(gate(hours).stdout).toMatch(/Raise the version to at least 2\.0\.0, with a changelog entry: estimatedHours/);

    const wording = publishedRepo();
    edit(wording, `${C}/credential.yaml`, (doc) =>
      doc.set('summary', 'A sample credential, reworded so the tests can prove a wording change needs only a patch.'),
    );
    releaseAs(wording, '1.0.1');
    expect(gate(wording).code).toBe(0);
  });

  it('refuses to rename a credential id', () => {
    const root = publishedRepo();
    renameSync(join(root, C), join(root, 'content/credentials/renamed-credential'));
    edit(root, 'content/credentials/renamed-credential/credential.yaml', (doc) => doc.set('id', 'renamed-credential'));
    const { code, stdout } = gate(root);
    expect(code).toBe(1);
    expect(rules(stdout)).toEqual(['change-id-rename']);
    expect(stdout).toContain('Keep the id "sample-credential"');
  });

  it('refuses to delete a published credential and says to retire it', () => {
    const root = publishedRepo();
    rmSync(join(root, C), { recursive: true });
    const { code, stdout } = gate(root);
    expect(code).toBe(1);
    expect(rules(stdout)).toEqual(['change-deleted-published']);
    expect(stdout).toContain('set status: retired');
  });

  it('lets drafts and credentials in review change freely, and never lets a version go down', () => {
    const root = publishedRepo();
    edit(root, 'content/credentials/second-credential/rubric.yaml', (doc) =>
      doc.setIn(['criteria', 0, 'title'], 'A new title for a draft criterion'),
    );
    expect(gate(root).code).toBe(0);
    edit(root, 'content/credentials/second-credential/credential.yaml', (doc) => doc.set('version', '0.9.0'));
    expect(rules(gate(root).stdout)).toEqual(['change-version-decrease']);
  });

  it('refuses a status that skips or reverses the lifecycle', () => {
    const root = publishedRepo();
    edit(root, 'content/credentials/second-credential/credential.yaml', (doc) => doc.set('status', 'approved'));
    expect(rules(gate(root).stdout)).toContain('change-status-transition');
    edit(root, 'content/credentials/second-credential/credential.yaml', (doc) => doc.set('status', 'in-review'));
    expect(gate(root).code).toBe(0);
    edit(root, 'content/credentials/second-credential/credential.yaml', (doc) => doc.set('status', 'published'));
    const { stdout } = gate(root);
    expect(rules(stdout)).toContain('change-status-transition');
    expect(stdout).toContain('from draft it can become in-review');
  });

  it('explains a bad base ref without a stack trace', () => {
    const root = publishedRepo();
    const result = spawnSync(process.execPath, [join(project, 'scripts/check-changes.ts'), '--base', 'no-such-branch', '--root', root], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('"no-such-branch" is not a commit');
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });

  it('writes a review summary that reads well for a real edit of the exemplar', () => {
    const root = mkdtempSync(join(tmpdir(), 'mc-real-'));
    cpSync(join(project, 'content'), join(root, 'content'), { recursive: true });
    const exemplar = 'content/credentials/facilitating-project-based-learning';
    let nextMajor = '';
    edit(root, `${exemplar}/credential.yaml`, (doc) => {
      const version = String(doc.get('version'));
      nextMajor = `${Number(version.split('.')[0]) + 1}.0.0`;
      doc.set('status', 'published');
      doc.set('approvals', [{ ...APPROVAL, version }]);
    });
    commitAsBase(root);
    edit(root, `${exemplar}/rubric.yaml`, (doc) => {
      const criteria = (doc.toJS() as { criteria: Array<{ id: string }> }).criteria;
      doc.setIn(
        ['criteria', criteria.findIndex((criterion) => criterion.id === 'purposeful-teams'), 'descriptors', 'progressing'],
        'The plan gives every team a reason and every student a role, but the reason for one team or more names no evidence about its members.',
      );
    });
    edit(root, `${exemplar}/alignment.yaml`, (doc) =>
      (doc.get('alignments') as { add(value: unknown): void }).add(
        doc.createNode({
          framework: 'ccss-literacy',
          code: 'WHST.9-10.6',
          addressedBy: 'student-products',
          rationale: 'Teams publish their final products and update them after feedback from their audience.',
        }),
      ),
    );
    edit(root, `${exemplar}/credential.yaml`, (doc) => {
      doc.set('version', nextMajor);
      (doc.get('changelog') as { add(value: unknown): void }).add(
        doc.createNode({
          version: nextMajor,
          date: '2026-12-20',
          summary: 'Tightened the team-formation descriptor and aligned student products to a writing standard.',
        }),
      );
      (doc.get('approvals') as { add(value: unknown): void }).add(
        doc.createNode({ ...APPROVAL, date: '2026-12-20', reference: 'Pull request 9', version: nextMajor }),
      );
    });
    const { code, summary } = gate(root);
    expect(code).toBe(0);
    expect(summary.replace(/\(([0-9a-f]{12})\)/, '(<commit>)')).toMatchSnapshot();
  });
});

describe('scripts/report.ts --base', () => {
  it('sums up a good pull request for its reviewers: the credential it touches, the word diff and who approves', () => {
    const root = publishedRepo();
    edit(root, `${C}/credential.yaml`, (doc) =>
      doc.set('summary', 'A sample credential, reworded so the tests can prove a wording change needs only a patch.'),
    );
    releaseAs(root, '1.0.1');
    const { code, summary, comment } = report(root);
    expect(code).toBe(0);
    expect(summary.startsWith(SUMMARY_MARKER)).toBe(true);
    expect(comment).toBe(summary);
    expect(summary).toContain('| @example/content-reviewers | `content/credentials/sample-credential/credential.yaml` |');
    expect(summary).toMatchSnapshot();
  });

  it('lists a problem the checks and the gate both find once, and fails', () => {
    const root = publishedRepo();
    writeFileSync(join(root, `${C}/credential.yaml`), `${readFileSync(join(root, `${C}/credential.yaml`), 'utf8')}\nsummary: [unclosed\n`);
    const { code, summary } = report(root);
    expect(code).toBe(1);
    expect(summary).toContain('# Content review: ❌');
    const rows = summary.split('\n').filter((line) => line.startsWith('| `content/credentials/sample-credential/credential.yaml:'));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain('`yaml`');
  });

  it('shows problems a change causes in files it does not touch, unfolded, and fails', () => {
    const root = publishedRepo();
    edit(root, 'content/standards/sample-educators.yaml', (doc) => doc.setIn(['items', 0, 'code'], 'E-2'));
    const { code, summary } = report(root);
    expect(code).toBe(1);
    expect(summary).toContain('| @example/content-reviewers | `content/standards/sample-educators.yaml` |');
    expect(summary).toMatch(/<details open><summary>Elsewhere in the catalog: [1-9]\d* error/);
    const elsewhere = summary.slice(summary.indexOf('Elsewhere in the catalog'));
    expect(elsewhere).toContain('content/credentials/second-credential/alignment.yaml');
  });
});
