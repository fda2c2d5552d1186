/**
 * The built standards and what-changed pages reach everything they summarize: every standard of the
 * registry keeps its anchor on its framework's page, every credential that addresses a standard is
 * listed under it (on that page or the standard's own pages) and in one column of the framework's
 * alignment matrix, and every version of every credential is on exactly one page of what changed,
 * the latest of them in the feed. Expectations come from content/, so a new credential keeps them true.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/checks/check.ts';
import { changeEntries, FEED_ENTRIES } from '../../src/lib/site/changelog-feed.ts';
import { standardAnchor } from '../../src/lib/site/site-model.ts';
import { STANDARD_PREVIEW } from '../../src/lib/site/standards-coverage.ts';
import { hasPage, isListed, type BuildMode } from '../../src/lib/site/visibility.ts';
import { DIST } from './site-fixture.ts';

const { catalog } = checkContent(join(import.meta.dirname, '..', '..'));
const frameworks = catalog.standards.flatMap((yaml) => (yaml.data ? [yaml.data] : []));
const folders = catalog.credentials.filter((folder) => folder.credential?.data);
const html = (path: string) => readFileSync(join(DIST, path), 'utf8');
/** A preview build carries its banner on every page; the public build shows published credentials only. */
const mode: BuildMode =
  existsSync(join(DIST, 'index.html')) && html('index.html').includes('class="preview-banner"') ? 'preview' : 'public';
const listed = folders.filter((folder) => isListed(folder.credential!.data!, mode));

/** The credential pages a piece of HTML links to, in order, each as often as it is linked. */
const credentialLinks = (text: string) => [...text.matchAll(/href="\/credentials\/([^/"#]+)\/"/g)].map((match) => match[1]!);
/** The pages of a listing in dist: its first page, then /2/, /3/… for as long as they exist. */
function listingPages(first: string): string[] {
  const pages = [join(first, 'index.html')];
  for (let number = 2; existsSync(join(DIST, first, String(number), 'index.html')); number++)
    pages.push(join(first, String(number), 'index.html'));
  return pages;
}
/** What a framework page shows under one standard: its section, up to the next one. */
const sectionOf = (page: string, code: string) =>
  page.split(`<section aria-labelledby="${standardAnchor(code)}">`)[1]?.split('<section')[0] ?? '';

describe.each(frameworks.map((framework) => [framework.id, framework] as const))('/standards/%s/', (id, framework) => {
  const page = () => html(`standards/${id}/index.html`);
  const citing = (code: string) =>
    listed
      .filter((folder) => folder.alignment?.data?.alignments.some((entry) => entry.framework === id && entry.code === code))
      .map((folder) => folder.id);

  it('keeps an anchor for every standard of the registry', () => {
    for (const item of framework.items) expect(page()).toContain(`id="${standardAnchor(item.code)}"`);
  });

  it("lists every credential that addresses a standard once, the first few under it and all of them on the standard's own pages", () => {
    for (const item of framework.items) {
      const expected = citing(item.code);
      const shown = credentialLinks(sectionOf(page(), item.code));
      expect(shown.length).toBeLessThanOrEqual(STANDARD_PREVIEW);
      const own = `standards/${id}/${standardAnchor(item.code)}/`;
      if (expected.length <= STANDARD_PREVIEW) {
        expect(shown.sort()).toEqual([...expected].sort());
        expect(existsSync(join(DIST, own))).toBe(false);
      } else {
        expect(sectionOf(page(), item.code)).toContain(`href="/${own}"`);
        const all = listingPages(own).flatMap((path) => credentialLinks(html(path).split('<main')[1]!));
        expect(all.sort()).toEqual([...expected].sort());
      }
    }
  });

  it('gives every credential that addresses the framework one column of the alignment matrix', () => {
    const expected = [...new Set(framework.items.flatMap((item) => citing(item.code)))];
    const columns = listingPages(`standards/${id}/`).flatMap((path) =>
      [...html(path).matchAll(/<th scope="col"><a href="\/credentials\/([^/"]+)\/"/g)].map((match) => match[1]!),
    );
    expect(columns.sort()).toEqual(expected.sort());
  });
});

describe('/standards/', () => {
  it('links every framework page and no credential: it summarizes, whatever the catalog size', () => {
    const page = html('standards/index.html');
    for (const framework of frameworks) expect(page).toContain(`href="/standards/${framework.id}/"`);
    expect(credentialLinks(page.split('<main')[1]!)).toEqual([]);
  });
});

describe('what changed', () => {
  const withPages = folders.map((folder) => folder.credential!.data!).filter((credential) => hasPage(credential, mode));
  const entries = changeEntries(withPages);

  it('lists every version of every credential with a page exactly once across its pages, newest first', () => {
    const links = listingPages('changes/').flatMap((path) => [...html(path).matchAll(/href="\/credentials\/([^/"]+)\/#(version-[^"]+)"/g)]);
    expect(links.map((match) => `${match[1]}#${match[2]}`)).toEqual(entries.map((entry) => `${entry.credential.id}#${entry.anchor}`));
  });

  it('feeds the latest versions, at most FEED_ENTRIES of them', () => {
    const feed = html('changes.xml');
    expect(feed.match(/<entry>/g) ?? []).toHaveLength(Math.min(entries.length, FEED_ENTRIES));
    if (entries[0]) expect(feed).toContain(`/credentials/${entries[0].credential.id}/#${entries[0].anchor}`);
  });
});
