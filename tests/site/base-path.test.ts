/**
 * One build serves a site under any base path: a copy of the project is built as the GitHub Pages
 * preview, under `/<repo>/preview/` (the deepest path the deploy workflow uses), and every page,
 * link, script, export URL and search result must stay under that path. The preview beside the
 * public site is never indexed and never lists itself in a sitemap.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/lib/site/link-check.ts';
import { builtPages } from '../../src/lib/tooling/static-server.ts';
import { siteRoot } from '../../src/lib/site/site-path.ts';
import { copyProject, runScript } from './project-copy.ts';

const SITE_URL = 'https://owner.github.io';
const BASE = '/louisiana-stem-microcredentials/preview/';
const ROOT = siteRoot(SITE_URL, BASE).href;
/** What an author writes in a one-pager to link to a page of the site. */
const AUTHOR_LINK = '[how to earn a credential](/earning/)';

describe('a build under a base path', () => {
  let dist = '';
  let linkedOnePager = '';
  const read = (path: string) => readFileSync(join(dist, path), 'utf8');
  const pages = () => builtPages(dist).map((path) => ({ path, html: read(`${path.replace(/\/$/, '/index.html')}`.slice(1)) }));

  beforeAll(() => {
    const project = copyProject();
    // The shortest one-pager gets a root-relative Markdown link, so its words stay within one page.
    const folders = join(project, 'content', 'credentials');
    const onePagers = readdirSync(folders)
      .map((id) => ({ id, file: join(folders, id, 'one-pager.mdx') }))
      .filter(({ file }) => existsSync(file));
    const shortest = onePagers.sort((a, b) => readFileSync(a.file, 'utf8').length - readFileSync(b.file, 'utf8').length)[0]!;
    writeFileSync(shortest.file, `${readFileSync(shortest.file, 'utf8').trimEnd()} See ${AUTHOR_LINK}.\n`);
    linkedOnePager = shortest.id;
    const result = runScript(project, 'scripts/build.ts', ['--drafts'], { SITE_URL, SITE_BASE: BASE });
    expect(result.status, result.stdout + result.stderr).toBe(0);
    dist = join(project, 'dist');
  });

  it('passes the link check served under its base path, reaching every page', async () => {
    const report = await checkLinks({ dist, base: BASE, site: SITE_URL });
    expect(report.broken).toEqual([]);
    expect(report.unreached).toEqual([]);
  });

  it('writes every root-relative address in its pages under the base path', () => {
    const outside = pages().flatMap(({ path, html }) =>
      [...html.matchAll(/\s(?:href|src|action)="(\/[^"]*)"/g)]
        .map((match) => match[1]!)
        .filter((url) => !url.startsWith(BASE))
        .map((url) => `${path}: ${url}`),
    );
    expect(outside).toEqual([]);
  });

  it("puts an author's root-relative Markdown link under the base path", () => {
    expect(read(`credentials/${linkedOnePager}/one-pager/index.html`)).toContain(`<a href="${BASE}earning/">how to earn a credential</a>`);
  });

  it('starts every absolute URL of the API, canonical links and feed with the origin and base path', () => {
    const api = JSON.parse(read('api/catalog.json')) as { site: string };
    expect(api.site).toBe(ROOT);
    const urls = [...read('api/catalog.json').matchAll(/"(https?:\/\/[^"]+)"/g)]
      .map((match) => match[1]!)
      .filter((url) => url.startsWith(SITE_URL));
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((url) => !url.startsWith(ROOT))).toEqual([]);
    for (const { path, html } of pages())
      expect(html, path).toContain(`<link rel="canonical" href="${ROOT}${path.slice(1).replace(/\.html$/, '/')}"`);
    expect(read('changes.xml')).toContain(`<id>${ROOT}changes.xml</id>`);
  });

  it('gives search results and the headers file under the base path', () => {
    const results = Object.values(JSON.parse(read('pagefind/page-urls.json')) as Record<string, string>);
    expect(results.length).toBeGreaterThan(0);
    expect(results.filter((url) => !url.startsWith(BASE))).toEqual([]);
    expect(read('_headers')).toMatch(new RegExp(`^${BASE}\\*$`, 'm'));
  });

  it('keeps the preview out of search engines: noindex on every page, robots.txt turns crawlers away, no sitemap', () => {
    for (const { path, html } of pages()) expect(html, path).toContain('<meta name="robots" content="noindex">');
    expect(read('robots.txt')).toBe('User-agent: *\nDisallow: /\n');
    expect(readdirSync(dist).filter((file) => file.startsWith('sitemap'))).toEqual([]);
    for (const { path, html } of pages()) expect(html, path).not.toContain('rel="sitemap"');
  });
});
