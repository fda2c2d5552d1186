/**
 * `npm run format:content` as authors and CI meet it: files rewritten only when they change, `--check`
 * writing nothing and failing on unformatted files, a broken file reported at its line and left
 * exactly as it was, and never a stack trace.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { validProjectFiles, writeProject } from './factories.ts';

const script = join(import.meta.dirname, '..', 'scripts', 'format-content.ts');
const CREDENTIAL = 'content/credentials/sample-credential/credential.yaml';
const SECOND = 'content/credentials/second-credential/credential.yaml';
const HINT = '(run npm run format:content)';

function runFormatter(root: string, args: string[] = []) {
  const result = spawnSync(process.execPath, [script, '--root', root, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fixture project already in canonical form, so each test controls exactly what needs formatting. */
function formattedProject(edit: (files: Record<string, string>) => void = () => {}): string {
  const root = writeProject(validProjectFiles());
  expect(runFormatter(root).code).toBe(0);
  const files = Object.fromEntries(Object.keys(validProjectFiles()).map((path) => [path, readFileSync(join(root, path), 'utf8')]));
  edit(files);
  return writeProject(files);
}

/** Put `id:` after `code:`, the way an author might paste it. */
const misorder = (text: string) => text.replace(/^id: (.*)\ncode: (.*)\n/, 'code: $2\nid: $1\n');

const read = (root: string, path: string) => readFileSync(join(root, path), 'utf8');

describe('scripts/format-content.ts', () => {
  it('passes --check with exit 0, writing nothing, when every file is formatted', () => {
    const root = formattedProject();
    const before = statSync(join(root, CREDENTIAL)).mtimeMs;
    const { code, stdout, stderr } = runFormatter(root, ['--check']);
    expect({ code, stdout, stderr }).toEqual({ code: 0, stdout: '✔ 11 content YAML files: 11 already formatted.\n', stderr: '' });
    expect(statSync(join(root, CREDENTIAL)).mtimeMs).toBe(before);
  });

  it('fails --check with exit 1, naming each file that needs formatting, and writes nothing', () => {
    const root = formattedProject((files) => {
      files[CREDENTIAL] = misorder(files[CREDENTIAL]!);
      files[SECOND] = misorder(files[SECOND]!);
    });
    const before = read(root, CREDENTIAL);
    const { code, stdout, stderr } = runFormatter(root, ['--check']);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(stdout.split('\n')).toEqual([
      `${CREDENTIAL}  needs formatting  ${HINT}`,
      `${SECOND}  needs formatting  ${HINT}`,
      `✖ 11 content YAML files: 2 need formatting ${HINT}, 9 already formatted.`,
      '',
    ]);
    expect(read(root, CREDENTIAL)).toBe(before);
  });

  it('rewrites only the files that change, leaving no temporary file behind', () => {
    const root = formattedProject((files) => {
      files[CREDENTIAL] = misorder(files[CREDENTIAL]!);
    });
    const untouched = statSync(join(root, SECOND)).mtimeMs;
    const { code, stdout } = runFormatter(root);
    expect(code).toBe(0);
    expect(stdout.split('\n')).toEqual([`${CREDENTIAL}  formatted`, '✔ 11 content YAML files: 1 formatted, 10 already formatted.', '']);
    expect(read(root, CREDENTIAL)).toMatch(/^id: sample-credential\ncode: STEM-1\.9\n/);
    expect(statSync(join(root, SECOND)).mtimeMs).toBe(untouched);
    expect(readdirSync(join(root, 'content/credentials/sample-credential')).filter((name) => name.startsWith('.'))).toEqual([]);
    expect(runFormatter(root, ['--check']).code).toBe(0);
  });

  it('formats only the files and folders given', () => {
    const root = formattedProject((files) => {
      files[CREDENTIAL] = misorder(files[CREDENTIAL]!);
      files[SECOND] = misorder(files[SECOND]!);
    });
    expect(runFormatter(root, ['--check', SECOND]).stdout).toBe(
      `${SECOND}  needs formatting  ${HINT}\n✖ 1 content YAML file: 1 needs formatting ${HINT}, 0 already formatted.\n`,
    );
    const { code, stdout } = runFormatter(root, ['content/credentials/second-credential']);
    expect(code).toBe(0);
    expect(stdout).toContain(`${SECOND}  formatted`);
    expect(read(root, CREDENTIAL)).toMatch(/^code: /);
  });

  it('reports a YAML syntax error with its line, exit 1, and leaves the file byte for byte as it was', () => {
    const broken = 'id: sample-credential\ncode: STEM-1.9\ntitle: "Sample" Credential\n';
    const root = formattedProject((files) => {
      files[CREDENTIAL] = broken;
      files[SECOND] = misorder(files[SECOND]!);
    });
    for (const args of [[], ['--check']]) {
      const { code, stdout, stderr } = runFormatter(root, args);
      expect(code).toBe(1);
      expect(stderr).toBe('');
      expect(stdout).not.toMatch(/^\s+at /m);
      expect(stdout).toMatch(new RegExp(`^${CREDENTIAL}:3:\\d+  \\S+  Fix the YAML syntax: .+$`, 'm'));
      expect(stdout).toMatch(/1 could not be formatted \(see above\)/);
      expect(read(root, CREDENTIAL)).toBe(broken);
    }
    expect(read(root, SECOND)).toMatch(/^id: /);
  });

  it('counts a byte-order mark as needing formatting and removes it', () => {
    const root = formattedProject((files) => {
      files[CREDENTIAL] = `\uFEFF${files[CREDENTIAL]}`;
    });
    expect(runFormatter(root, ['--check']).stdout).toContain(`${CREDENTIAL}  needs formatting`);
    expect(runFormatter(root).code).toBe(0);
    expect(read(root, CREDENTIAL)).toMatch(/^id: /);
  });

  it('counts CR LF and mixed line endings as needing formatting and converts them to LF, values unchanged', () => {
    const canonical = { crlf: '', mixed: '' };
    const root = formattedProject((files) => {
      canonical.crlf = files[CREDENTIAL]!;
      canonical.mixed = files[SECOND]!;
      files[CREDENTIAL] = canonical.crlf.replace(/\n/g, '\r\n');
      // CR LF, a CR on its own and LF in turn, the way files end up after passing through several editors.
      files[SECOND] = canonical.mixed
        .split('\n')
        .map((line, index) => `${line}${['\r\n', '\r', '\n'][index % 3]}`)
        .join('')
        .slice(0, -1);
    });
    const before = { crlf: read(root, CREDENTIAL), mixed: read(root, SECOND) };
    expect(before.mixed).toMatch(/\r[^\n]/);
    const check = runFormatter(root, ['--check']);
    expect(check.code).toBe(1);
    expect(check.stdout.split('\n').slice(0, 2)).toEqual([
      `${CREDENTIAL}  needs formatting  ${HINT}`,
      `${SECOND}  needs formatting  ${HINT}`,
    ]);
    expect({ crlf: read(root, CREDENTIAL), mixed: read(root, SECOND) }).toEqual(before);

    expect(runFormatter(root).code).toBe(0);
    expect({ crlf: read(root, CREDENTIAL), mixed: read(root, SECOND) }).toEqual(canonical);
    expect(load(read(root, CREDENTIAL), { schema: CORE_SCHEMA })).toEqual(load(before.crlf, { schema: CORE_SCHEMA }));
    expect(load(read(root, SECOND), { schema: CORE_SCHEMA })).toEqual(load(before.mixed, { schema: CORE_SCHEMA }));
    expect(runFormatter(root, ['--check']).code).toBe(0);
  });

  it('reports a path that does not exist or is not a content file', () => {
    const root = formattedProject();
    const { code, stdout } = runFormatter(root, ['content/missing.yaml', 'content/credentials/sample-credential/one-pager.mdx']);
    expect(code).toBe(1);
    expect(stdout).toContain('content/missing.yaml:1:1  (file)  Check the path: there is no such file or folder.');
    expect(stdout).toContain(
      'content/credentials/sample-credential/one-pager.mdx:1:1  (file)  Not formatted: this is not a content file the catalog reads.',
    );
  });

  it('explains a missing content folder instead of crashing', () => {
    const { code, stdout, stderr } = runFormatter(writeProject({ 'README.md': 'no content here' }));
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(stdout).toContain('content:1:1  (file)  Create the content/ folder: no content was found.');
  });

  it('refuses an unknown option with exit 2 and the usage line', () => {
    const { code, stderr } = runFormatter('.', ['--chek']);
    expect(code).toBe(2);
    expect(stderr).toContain('usage: npm run format:content');
  });
});
