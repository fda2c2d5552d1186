/**
 * `npm run new` as authors meet it: from options, and as a conversation driven through streams.
 * Exit 0 when created, 1 when refused or cancelled, 2 for invalid options; never a stack trace,
 * and nothing is ever written outside the throwaway copy of the content.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../src/lib/checks/check.ts';
import { createInteractively, localDate } from '../src/lib/authoring/new-credential.ts';

const repoRoot = join(import.meta.dirname, '..');
const script = join(repoRoot, 'scripts', 'new-credential.ts');

function copyProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'mc-new-'));
  cpSync(join(repoRoot, 'content'), join(root, 'content'), { recursive: true });
  return root;
}

function runNew(args: string[]) {
  const result = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  expect(result.stdout + result.stderr, 'no stack trace').not.toMatch(/^\s+at /m);
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const folderErrors = (root: string, id: string) =>
  checkContent(root).problems.filter((problem) => problem.file.startsWith(`content/credentials/${id}/`));
const credentialFolders = (root: string) => readdirSync(join(root, 'content', 'credentials')).sort();

describe('scripts/new-credential.ts', () => {
  it('creates the folder, lists the files and the next steps, exit 0', () => {
    const root = copyProject();
    const { code, stdout, stderr } = runNew(['--root', root, '--pathway', 'ddem', '--level', '3', '--title', 'Teaching Sound Design']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const dir = 'content/credentials/ddem-teaching-sound-design';
    expect(stdout).toContain(`Created ${dir}/ (DDEM-`);
    for (const file of ['credential.yaml', 'rubric.yaml', 'alignment.yaml', 'one-pager.mdx'])
      expect(stdout).toContain(`  ${dir}/${file}\n`);
    expect(stdout).toContain('npm run check');
    expect(stdout).toContain('npm start');
    expect(folderErrors(root, 'ddem-teaching-sound-design')).toEqual([]);
    expect(readFileSync(join(root, dir, 'credential.yaml'), 'utf8')).toContain(`date: ${localDate(new Date())}`);
  });

  it('uses the id given with --id', () => {
    const root = copyProject();
    expect(
      runNew([
        '--root',
        root,
        '--pathway',
        'all',
        '--level',
        '1',
        '--title',
        'Questioning in STEM',
        '--id',
        'questioning-in-stem-classrooms',
      ]).code,
    ).toBe(0);
    expect(existsSync(join(root, 'content/credentials/questioning-in-stem-classrooms/credential.yaml'))).toBe(true);
  });

  it('refuses an existing folder with exit 1 and leaves it unchanged', () => {
    const root = copyProject();
    const target = join(root, 'content/credentials/ddem-teaching-sound-design');
    mkdirSync(target);
    writeFileSync(join(target, 'credential.yaml'), 'id: my unfinished draft\n');
    const { code, stdout, stderr } = runNew(['--root', root, '--pathway', 'ddem', '--level', '3', '--title', 'Teaching Sound Design']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      '--id  Choose another id: content/credentials/ddem-teaching-sound-design/ already exists and is never overwritten.  (give a different title, or choose the id yourself (--id on the command line))\n\nNothing was created.\n',
    );
    expect(readdirSync(target)).toEqual(['credential.yaml']);
    expect(readFileSync(join(target, 'credential.yaml'), 'utf8')).toBe('id: my unfinished draft\n');
  });

  it.each([
    [
      'an unknown pathway',
      ['--pathway', 'robotics', '--level', '3', '--title', 'Teaching Sound Design'],
      '--pathway  Choose a pathway: "robotics" is not one.  (pathways: all (Level 1), pre-engineering, ddem, computer-science)',
    ],
    [
      'a level out of range',
      ['--pathway', 'ddem', '--level', '4', '--title', 'Teaching Sound Design'],
      '--level  Choose level 1, 2 or 3: 4 is not a level.',
    ],
    [
      'a level that is not a number',
      ['--pathway', 'ddem', '--level', 'three', '--title', 'Teaching Sound Design'],
      '--level  Choose level 1, 2 or 3.',
    ],
    [
      'Level 1 outside pathway all',
      ['--pathway', 'ddem', '--level', '1', '--title', 'Teaching Sound Design'],
      '--pathway  Use pathway "all" for a Level 1 credential',
    ],
    [
      'pathway all above Level 1',
      ['--pathway', 'all', '--level', '3', '--title', 'Teaching Sound Design'],
      '--level  Choose level 1 for pathway "all"',
    ],
    [
      'a short title',
      ['--pathway', 'ddem', '--level', '3', '--title', 'Hi'],
      '--title  Write a title of 5 to 120 characters (this one has 2).',
    ],
    [
      'a malformed id',
      ['--pathway', 'ddem', '--level', '3', '--title', 'Teaching Sound Design', '--id', 'Sound Design'],
      '--id  Write the id in lowercase letters',
    ],
  ])('refuses %s with exit 2, the reason and the usage line', (_case, args, message) => {
    const root = copyProject();
    const before = credentialFolders(root);
    const { code, stdout, stderr } = runNew(['--root', root, ...args]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr).toContain('Nothing was created.\nusage: npm run new -- --pathway');
    expect(credentialFolders(root)).toEqual(before);
  });

  it('prints the usage and exits 2 with no options and no terminal', () => {
    const { code, stderr } = runNew(['--root', copyProject()]);
    expect(code).toBe(2);
    expect(stderr).toContain('Give the pathway, level and title as options, or run this in a terminal to be asked for them.');
    expect(stderr).toContain('usage: npm run new -- --pathway <all|pathway id> --level <level> --title "<title>"');
  });

  it('names the missing options with exit 2', () => {
    const { code, stderr } = runNew(['--root', copyProject(), '--title', 'Teaching Sound Design']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^Give --pathway, --level: a new credential needs a pathway, a level and a title\./);
  });

  it('refuses an unknown option with exit 2', () => {
    const { code, stderr } = runNew(['--titel', 'Teaching Sound Design']);
    expect(code).toBe(2);
    expect(stderr).toContain("Unknown option '--titel'");
  });

  it('explains a folder that is not a project with exit 1', () => {
    const root = mkdtempSync(join(tmpdir(), 'mc-new-'));
    const { code, stderr } = runNew(['--root', root, '--pathway', 'ddem', '--level', '3', '--title', 'Teaching Sound Design']);
    expect(code).toBe(1);
    expect(stderr).toContain(`No content/credentials/ folder was found in ${root}`);
    expect(readdirSync(root)).toEqual([]);
  });

  it('prints help with exit 0', () => {
    const { code, stdout } = runNew(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Exit codes: 0 created, 1 refused or cancelled (nothing created), 2 invalid options.');
  });
});

describe('createInteractively()', () => {
  /** Feed the answers, one per line, and collect what the conversation printed. */
  async function converse(root: string, answers: string[], { endInput = true } = {}) {
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (chunk) => (printed += String(chunk)));
    input.write(answers.map((answer) => `${answer}\n`).join(''));
    if (endInput) input.end();
    const code = await createInteractively(root, '2026-11-23', { input, output });
    return { code, printed };
  }

  it('asks for the title, pathway and level, shows the plan and creates the folder on yes', async () => {
    const root = copyProject();
    const { code, printed } = await converse(root, ['Teaching Sound Design', '3', '3', 'y']);
    expect(code).toBe(0);
    expect(printed).toContain('Title (5 to 120 characters): ');
    expect(printed).toMatch(
      / {2}1\. all +All STEM pathways \(Level 1\)\n {2}2\. pre-engineering +Pre-Engineering\n {2}3\. ddem +Digital Design/,
    );
    expect(printed).toContain('Level (2 or 3): ');
    expect(printed).toContain('  id      ddem-teaching-sound-design   (permanent: the folder name and the page address)');
    expect(printed).toMatch(/ {2}code {4}DDEM-3\.\d+\n/);
    expect(printed).toContain('Created content/credentials/ddem-teaching-sound-design/');
    expect(folderErrors(root, 'ddem-teaching-sound-design')).toEqual([]);
    expect(readFileSync(join(root, 'content/credentials/ddem-teaching-sound-design/credential.yaml'), 'utf8')).toContain(
      'date: 2026-11-23',
    );
  });

  it('keeps the answers when the input stays open, as in a terminal', async () => {
    const root = copyProject();
    const { code } = await converse(root, ['Robot Arm Kinematics', 'pre-engineering', '3', 'yes'], { endInput: false });
    expect(code).toBe(0);
    expect(existsSync(join(root, 'content/credentials/pe-robot-arm-kinematics'))).toBe(true);
  });

  it('explains a bad answer and asks again', async () => {
    const root = copyProject();
    const { code, printed } = await converse(root, ['Hi', 'Teaching Sound Design', '9', 'ddem', 'four', '2', 'y']);
    expect(code).toBe(0);
    expect(printed).toContain('  Write a title of 5 to 120 characters (this one has 2).');
    expect(printed).toContain('  Choose a pathway: "9" is not one.');
    expect(printed).toContain('  Choose level 1, 2 or 3.');
    expect(printed.match(/Title \(5 to 120 characters\): /g)).toHaveLength(2);
    expect(existsSync(join(root, 'content/credentials/ddem-teaching-sound-design'))).toBe(true);
  });

  it('sets Level 1 without asking for pathway all', async () => {
    const root = copyProject();
    const { code, printed } = await converse(root, ['Questioning in STEM', '1', 'y']);
    expect(code).toBe(0);
    expect(printed).toContain('Level: 1, the only level for pathway all');
    expect(printed).not.toContain('Level (');
    expect(printed).toMatch(/ {2}code {4}STEM-1\.\d+\n/);
  });

  it('asks for another title when the id is taken', async () => {
    const root = copyProject();
    const { code, printed } = await converse(root, ['Facilitating Project-Based Learning', 'all', 'Facilitating Student Inquiry', 'y']);
    expect(code).toBe(0);
    expect(printed).toContain('  Choose another id: content/credentials/facilitating-project-based-learning/ already exists');
    expect(existsSync(join(root, 'content/credentials/facilitating-student-inquiry'))).toBe(true);
  });

  it('creates nothing when the author declines, exit 1', async () => {
    const root = copyProject();
    const before = credentialFolders(root);
    const { code, printed } = await converse(root, ['Teaching Sound Design', 'ddem', '3', 'n']);
    expect(code).toBe(1);
    expect(printed).toMatch(/Nothing was created\.\n$/);
    expect(credentialFolders(root)).toEqual(before);
  });

  it('creates nothing when the input ends before every answer is given, exit 1', async () => {
    const root = copyProject();
    const before = credentialFolders(root);
    const { code, printed } = await converse(root, ['Teaching Sound Design', 'ddem']);
    expect(code).toBe(1);
    expect(printed).toContain('Cancelled before every answer was given. Nothing was created.');
    expect(credentialFolders(root)).toEqual(before);
  });
});
