/**
 * The program is data: on a scratch copy of the whole project, LDOE adds a pathway (Cybersecurity,
 * prefix CYB) to content/program.yaml (and its name to the word list, content/cspell-words.txt) and an author adds a credential in it with `npm run new`,
 * touching nothing outside content/. The checks pass, and the preview build gives the credential its
 * page and the pathway its page, its lane on the map and its value in the catalog filters. The same
 * build shows that the catalog is loaded once per build.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAndFillIn } from './fixtures/author-answers.ts';
import { AWAITING_LDOE, projectRoot, terminalEnv } from './helpers.ts';

/** What the project is made of, without what a build or an install leaves behind. */
const SKIPPED = new Set(['node_modules', 'dist', '.astro', '.cache', '.git', 'reports']);

function scratchProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'mc-program-'));
  for (const entry of readdirSync(projectRoot))
    if (!SKIPPED.has(entry)) cpSync(join(projectRoot, entry), join(root, entry), { recursive: true });
  // Each package linked on its own, so the build's caches (node_modules/.astro, .vite) stay in the copy.
  mkdirSync(join(root, 'node_modules'));
  for (const entry of readdirSync(join(projectRoot, 'node_modules'))) {
    if (!entry.startsWith('.') || entry === '.bin')
      symlinkSync(join(projectRoot, 'node_modules', entry), join(root, 'node_modules', entry));
  }
  return root;
}

const CYBERSECURITY = {
  id: 'cybersecurity',
  name: 'Cybersecurity',
  codePrefix: 'CYB',
  levels: [2, 3],
  description:
    'High school courses in which students learn how networks and systems are attacked and defended, and practice securing them.',
};

describe('a pathway added through content alone', () => {
  let root: string;
  let folder: string;
  let check: ReturnType<typeof spawnSync>;
  let build: ReturnType<typeof spawnSync>;
  const page = (path: string) => readFileSync(join(root, 'dist', path), 'utf8');

  beforeAll(() => {
    root = scratchProject();
    const programFile = join(root, 'content/program.yaml');
    const program = parseDocument(readFileSync(programFile, 'utf8'));
    (program.get('pathways') as { add(item: unknown): void }).add(program.createNode(CYBERSECURITY));
    writeFileSync(programFile, String(program));
    // The new pathway's name is a word the American English dictionary lacks: LDOE adds it to the word list, also content.
    writeFileSync(join(root, 'content/cspell-words.txt'), `${readFileSync(join(root, 'content/cspell-words.txt'), 'utf8')}Cybersecurity\n`);
    folder = createAndFillIn(projectRoot, root, { pathway: 'cybersecurity', level: 2, title: 'Teaching Secure Network Configuration' });
    const env = { ...terminalEnv(), CI: undefined, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1', CATALOG_DRAFTS: '1' };
    spawnSync(process.execPath, ['scripts/format-content.ts'], { cwd: root, encoding: 'utf8', env });
    check = spawnSync(process.execPath, ['scripts/check.ts'], { cwd: root, encoding: 'utf8', env });
    build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { cwd: root, encoding: 'utf8', env });
  });

  it('passes npm run check, with a CYB code from the new prefix', () => {
    // The program itself still awaits LDOE's enrollment address and contact (earning-contact warnings); nothing else may be reported.
    const problems = check.stdout
      .toString()
      .split('\n')
      .filter((line) => line.startsWith('content/') && !AWAITING_LDOE.line.test(line));
    expect(problems).toEqual([]);
    expect(check.status).toBe(0);
    expect(readFileSync(join(root, folder, 'credential.yaml'), 'utf8')).toMatch(/^code: CYB-2\.1$/m);
  });

  it('builds a page for the credential and one for the pathway', () => {
    expect(build.status, build.stderr.toString().slice(-2000)).toBe(0);
    const id = folder.split('/').pop()!;
    expect(page(`credentials/${id}/index.html`)).toContain('Teaching Secure Network Configuration');
    expect(page('pathways/cybersecurity/index.html')).toContain('Teaching Secure Network Configuration');
  });

  it('loads the catalog once for the whole build, checks and collections together', () => {
    expect(build.stdout.toString()).toMatch(/\[content-gate\] catalog loaded 1 time for this build/);
  });

  it('draws the pathway on the map and offers it in the catalog filters', () => {
    expect(existsSync(join(root, 'dist/index.html')), 'the site was built').toBe(true);
    expect(page('index.html')).toMatch(/class="lane-label"[^>]*>Cybersecurity</);
    expect(page('catalog/index.html')).toMatch(/<input type="checkbox" name="pathway" value="Cybersecurity"/);
  });
});
