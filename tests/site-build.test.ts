/**
 * The pipeline end to end: every valid credential in content/ has a built page in dist/ that
 * carries its requirements and every rubric criterion and links to its one-pager page, which
 * carries the one-pager. `npm test` builds first.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../src/lib/checks/check.ts';
import { ONE_PAGER_SECTIONS, SCORING_SECTION } from '../src/lib/content/one-pager.ts';
import { scoringParagraph } from '../src/lib/content/program.ts';
import { mapCells } from '../src/lib/site/pathway-map.ts';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
const { catalog } = checkContent(root);
const credentials = catalog.credentials.flatMap((folder) => (folder.credential?.data ? [folder.credential.data] : []));
const decode = (html: string) =>
  html
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

describe('built site', () => {
  it('exists (run `npm run build` or `npm test` first)', () => {
    expect(existsSync(join(dist, 'index.html'))).toBe(true);
  });

  it('links every credential on the home page, or the list that holds it where the pathway map summarizes its cell', () => {
    const home = decode(readFileSync(join(dist, 'index.html'), 'utf8'));
    // In the site's order, Level 1 first, then by code: a summarized cell shows its first credentials.
    const listed = credentials
      .filter((credential) => credential.status !== 'retired')
      .sort((a, b) => a.level - b.level || a.code.localeCompare(b.code, 'en', { numeric: true }));
    for (const cell of mapCells(listed, catalog.program!.data!)) {
      for (const credential of cell.shown) expect(home).toContain(`href="/credentials/${credential.id}/"`);
      if (cell.more) expect(home).toContain(`href="${cell.more.href}"`);
    }
  });

  describe.each(credentials.map((credential) => [credential.id, credential] as const))('/credentials/%s/', (id, credential) => {
    const page = () => decode(readFileSync(join(dist, 'credentials', id, 'index.html'), 'utf8'));
    const rubric = catalog.credentials.find((folder) => folder.id === id)?.rubric?.data;

    it('shows the title, code and competency', () => {
      expect(page()).toContain(`${credential.code} ${credential.title}`);
      expect(page()).toContain(credential.competency);
    });

    it('links to its one-pager page, which renders the one-pager sections, and does not repeat them', () => {
      expect(page()).toContain(`href="/credentials/${id}/one-pager/"`);
      const onePager = decode(readFileSync(join(dist, 'credentials', id, 'one-pager', 'index.html'), 'utf8'));
      for (const section of ONE_PAGER_SECTIONS) expect(onePager).toContain(section);
      expect(page()).not.toContain(ONE_PAGER_SECTIONS[0]);
    });

    it('says how scoring works in the program paragraph, in the same words on the page, the rubric and the one-pager', () => {
      const onePager = decode(readFileSync(join(dist, 'credentials', id, 'one-pager', 'index.html'), 'utf8'));
      const rubricPage = decode(readFileSync(join(dist, 'credentials', id, 'rubric', 'index.html'), 'utf8'));
      const paragraph = scoringParagraph(catalog.program!.data!);
      expect(onePager).toMatch(new RegExp(`<h2 id="scoring-title"[^>]*>${SCORING_SECTION}</h2>`));
      for (const html of [page(), rubricPage, onePager]) expect(html).toContain(paragraph);
    });

    it('shows every requirement and every rubric criterion', () => {
      for (const requirement of credential.requirements) expect(page()).toContain(requirement.task);
      for (const criterion of rubric?.criteria ?? []) expect(page()).toContain(criterion.title);
    });
  });
});

describe('built site security and weight', () => {
  // Listed while the tests are collected: without dist/ the list is empty and the "exists" test above says why.
  const pages = existsSync(dist) ? (readdirSync(dist, { recursive: true }) as string[]).filter((file) => file.endsWith('.html')) : [];

  it('ships JavaScript only where a page needs it: catalog search, the checklist of credential pages, "Add to my plan" buttons, my plan and compare', () => {
    const html = (file: string) => readFileSync(join(dist, file), 'utf8');
    const withScripts = pages.filter((file) => /<script\b/.test(html(file)));
    const credentialPages = pages.filter((file) => /^credentials\/[^/]+\/index\.html$/.test(file));
    expect(credentialPages.length).toBeGreaterThan(0);
    const interactive = ['catalog/index.html', 'plan/index.html', 'compare/index.html', ...credentialPages];
    const needing = pages.filter((file) => interactive.includes(file) || html(file).includes('data-plan-toggle'));
    expect(withScripts.sort()).toEqual(needing.sort());
    expect(withScripts).toEqual(expect.arrayContaining(interactive));
    expect(withScripts).not.toContain('index.html');
  });

  it('sets the same Content-Security-Policy in every page and in _headers, with no inline allowance', () => {
    const header = readFileSync(join(dist, '_headers'), 'utf8').match(/Content-Security-Policy: (.+)/)?.[1];
    expect(header).toBeDefined();
    expect(header).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    for (const file of pages) {
      const meta = readFileSync(join(dist, file), 'utf8').match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
      expect(meta, file).toBeDefined();
      expect(header!.startsWith(meta!), file).toBe(true);
    }
  });
});
