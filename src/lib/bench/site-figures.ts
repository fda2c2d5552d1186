/**
 * What a built site weighs: the whole of dist/ and its search index, what one page of each type
 * costs a visitor (HTML, CSS and JS, raw and gzipped), the heaviest page of each type, and the
 * heaviest of the listing pages, which grow with the catalog unless they are bounded.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pageWeight, pagesByType, searchBundle, type PageWeight } from '../reports/page-weights.ts';
import { builtPages } from '../tooling/static-server.ts';

export interface PageTypeFigures extends PageWeight {
  /** Pages of this type in the build. */
  pages: number;
  /** The page of this type with the most raw HTML. */
  largest: { path: string; htmlBytes: number };
}

export interface SiteFigures {
  /** HTML pages built. */
  pages: number;
  /** Mean raw HTML bytes per page, what the bare comparison site's pages are made to weigh. */
  meanHtmlBytes: number;
  dist: { bytes: number; files: number };
  /** The search engine a visitor downloads and the whole index (dist/pagefind), raw and gzipped. */
  search: ReturnType<typeof searchBundle>;
  pageTypes: PageTypeFigures[];
  /** Per listing, its heaviest page by raw HTML. */
  listings: Array<{ listing: string; path: string; htmlBytes: number }>;
}

/** The pages that list credentials, each by the addresses it covers (a listing may span several pages). */
export const LISTINGS: Array<{ listing: string; paths: RegExp }> = [
  { listing: 'home', paths: /^\/$/ },
  { listing: 'catalog', paths: /^\/catalog\// },
  { listing: 'standards', paths: /^\/standards\// },
  { listing: 'changes', paths: /^\/changes\// },
  { listing: 'pathways', paths: /^\/pathways\// },
];

/** Files under a folder and their bytes, in total. */
export function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const stats = statSync(join(dir, name));
    if (!stats.isFile()) continue;
    bytes += stats.size;
    files += 1;
  }
  return { bytes, files };
}

/** The file a site path is served from. */
const htmlFile = (dist: string, path: string) => join(dist, path.endsWith('/') ? join(path, 'index.html') : path);

/** Raw bytes of every HTML page of a build, by site path. */
export function htmlSizes(dist: string): Map<string, number> {
  return new Map(builtPages(dist).map((path) => [path, statSync(htmlFile(dist, path)).size]));
}

/** Mean raw bytes of a build's HTML pages (0 for none). */
export function meanOf(sizes: Map<string, number>): number {
  return sizes.size ? Math.round([...sizes.values()].reduce((sum, bytes) => sum + bytes, 0) / sizes.size) : 0;
}

/** Measures a built site. */
export function siteFigures(dist: string): SiteFigures {
  const htmlBytes = htmlSizes(dist);
  const pages = [...htmlBytes.keys()];
  const heaviest = (paths: string[]) =>
    paths.map((path) => ({ path, htmlBytes: htmlBytes.get(path)! })).reduce((max, page) => (page.htmlBytes > max.htmlBytes ? page : max));
  return {
    pages: pages.length,
    meanHtmlBytes: meanOf(htmlBytes),
    dist: folderSize(dist),
    search: searchBundle(dist),
    pageTypes: pagesByType(pages).map(({ type, paths }) => ({
      ...pageWeight(dist, type, paths[0]!),
      pages: paths.length,
      largest: heaviest(paths),
    })),
    listings: LISTINGS.flatMap(({ listing, paths }) => {
      const matching = pages.filter((path) => paths.test(path));
      return matching.length ? [{ listing, ...heaviest(matching) }] : [];
    }),
  };
}
