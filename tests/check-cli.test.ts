/**
 * `npm run check` as authors meet it: a folder of deliberately broken content yields one clear
 * line per problem, file and field named, exit 1 and never a stack trace.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { validProjectFiles, writeProject } from './factories.ts';

const script = join(import.meta.dirname, '..', 'scripts', 'check.ts');

function runCheck(root: string, args: string[] = [], env: Record<string, string | undefined> = {}) {
  const result = spawnSync(process.execPath, [script, '--root', root, ...args], {
    encoding: 'utf8',
    env: { ...process.env, CI: undefined, NO_COLOR: '1', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Broken in every way the issue names: syntax, empty, binary, BOM, duplicate key, missing files, schema, references, code in MDX. */
function brokenProject(): string {
  const files: Record<string, string | Buffer> = validProjectFiles();
  const credential = 'content/credentials/sample-credential';
  files[`${credential}/credential.yaml`] = String(files[`${credential}/credential.yaml`])
    .replace('title: Sample Credential', 'titel: Sample Credential')
    .replace('level: 1', 'level: "one"')
    .replace('status: draft', 'status: live');
  files[`${credential}/one-pager.mdx`] =
    `import Widget from './widget.js'\n\n${String(files[`${credential}/one-pager.mdx`])}\n<script>alert('x')</script>\n`;
  files['content/credentials/second-credential/rubric.yaml'] =
    'levels: [Demonstrated, Progressing, Not Met]\nearnRule: every-criterion-demonstrated\nearnRule: again\n';
  delete files['content/credentials/second-credential/alignment.yaml'];
  files['content/stacks/sample-stack.yaml'] = stringify({
    id: 'sample-stack',
    title: 'Sample',
    pathway: 'pre-engineering',
    description: 'A stack whose members include one that does not exist.',
    credentials: ['sample-credential', 'ghost'],
  });
  files['content/standards/empty.yaml'] = '\uFEFF\n';
  files['content/standards/broken.yaml'] = 'id: broken\nname: "unterminated\n';
  files['content/standards/image.yaml'] = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]);
  return writeProject(files);
}

describe('scripts/check.ts', () => {
  it('passes a valid project with exit 0, a line per suite and a verdict', () => {
    const { code, stdout, stderr } = runCheck(writeProject(validProjectFiles()));
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^Content integrity +\d+ rules {2}✔ passed$/m);
    expect(stdout).toMatch(/^Micro-credential quality +\d+ rules {2}✔ passed$/m);
    expect(stdout).toMatch(/^✔ Content is valid: 2 credentials, 2 standards frameworks, 1 stack \(13 files\) in \d+ ms\.\n$/m);
  });

  it('reports every problem in every file in one run, exit 1, no stack trace', () => {
    const { code, stdout, stderr } = runCheck(brokenProject());
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(stdout).not.toMatch(/^\s+at /m);
    const lines = stdout.split('\n').filter((line) => line.startsWith('content/'));
    for (const line of lines) expect(line).toMatch(/^content\/\S+:\d+:\d+ {2}\S+ {2}.+/);
    expect(stdout.replace(/in \d+ ms/, 'in N ms')).toMatchSnapshot();
  });

  it('prints GitHub annotations when CI is set', () => {
    const { stdout } = runCheck(brokenProject(), [], { CI: 'true' });
    expect(stdout).toContain('::error file=content/credentials/sample-credential/credential.yaml,line=');
    expect(stdout).toMatch(/::warning file=content\/standards\/empty\.yaml,line=1,col=1,title=file::/);
  });

  it('prints machine-readable JSON with --json', () => {
    const { code, stdout } = runCheck(brokenProject(), ['--json']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.errors).toBeGreaterThan(10);
    expect(report.problems[0]).toEqual(
      expect.objectContaining({
        file: expect.any(String),
        line: expect.any(Number),
        col: expect.any(Number),
        field: expect.any(String),
        rule: expect.any(String),
      }),
    );
  });

  it('refuses an unknown option with exit 2 and the usage line', () => {
    const { code, stderr } = runCheck('.', ['--jsn']);
    expect(code).toBe(2);
    expect(stderr).toContain('usage: npm run check');
  });

  it('explains a missing content folder instead of crashing', () => {
    const { code, stdout } = runCheck(writeProject({ 'README.md': 'no content here' }));
    expect(code).toBe(1);
    expect(stdout).toContain('Create the content/ folder');
  });
});
