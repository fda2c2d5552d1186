/** The bare Astro site the build is compared with: as many pages, as heavy, indexed the same way. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { bodyText, wordsOfPages, writeBareSite } from '../../src/lib/bench/bare-site.ts';
import { projectRoot, terminalEnv } from '../helpers.ts';

const WORDS = ['teacher', 'rubric', 'evidence', 'students', 'design', 'portfolio', 'standards', 'pathway'];

describe('the bare site', () => {
  it('writes bodies of about the bytes asked, the same for the same page and different between pages', () => {
    const body = bodyText(3, 20_000, WORDS);
    expect(body.length).toBeGreaterThanOrEqual(20_000 * 0.95);
    expect(body.length).toBeLessThanOrEqual(20_000 * 1.05);
    expect(bodyText(3, 20_000, WORDS)).toBe(body);
    expect(bodyText(4, 20_000, WORDS)).not.toBe(body);
  });

  it('opens every paragraph with a capital, so MDX never reads one as an import or export', () => {
    const paragraphs = bodyText(1, 5000, ['export', 'import']).split('\n\n');
    expect(paragraphs.every((paragraph) => /^[A-Z]/.test(paragraph))).toBe(true);
  });

  it('takes the words of the visible text, not of markup, scripts or styles', () => {
    const words = wordsOfPages([
      '<html><style>.card{color:red}</style><p class="lead">Teachers design rubrics</p><script>const hidden = 1;</script></html>',
    ]);
    expect(words).toEqual(['Teachers', 'design', 'rubrics']);
  });

  it('builds as many pages as asked, about as heavy as asked, and Pagefind indexes only as many as asked', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mc-bare-test-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    writeBareSite(dir, projectRoot, { pages: 3, indexedPages: 2, htmlBytes: 8000, words: WORDS });
    const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...terminalEnv(), ASTRO_TELEMETRY_DISABLED: '1' },
    });
    expect(build.status, build.stderr).toBe(0);
    const html = (readdirSync(join(dir, 'dist'), { recursive: true }) as string[]).filter((file) => file.endsWith('.html'));
    expect(html).toHaveLength(3);
    for (const file of html) expect(Math.abs(statSync(join(dir, 'dist', file)).size - 8000)).toBeLessThan(8000 * 0.1);
    expect(readdirSync(join(dir, 'dist', 'pagefind', 'fragment'))).toHaveLength(2);
    expect(readFileSync(join(dir, 'dist', 'pagefind', 'page-urls.json'), 'utf8')).toContain('/pages/1/');
  });
});
