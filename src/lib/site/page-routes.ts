/**
 * The kinds of page the site builds, read from the routes in src/pages (`credentials/[id]/rubric.astro`
 * is one kind, whatever the number of credentials), and a representative sample of a build: every page
 * of a kind that has one page, and the longest and the shortest page of a kind that has many. Tests
 * that cost seconds per page audit the sample, so their time does not grow with the catalog, and the
 * benchmark weighs each kind by it.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface PageRoute {
  /** The route as a site path with its parameters in brackets: `/credentials/[id]/rubric/`. */
  route: string;
  pattern: RegExp;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The routes that build HTML pages (`.astro` files; `.ts` endpoints write data files), literal ones first. */
export function pageRoutes(pagesDir: string): PageRoute[] {
  const files = (readdirSync(pagesDir, { recursive: true }) as string[])
    .map((file) => file.split('\\').join('/'))
    .filter((file) => file.endsWith('.astro'));
  return files
    .map((file) => {
      const path = file.replace(/\.astro$/, '');
      const route = path === '404' ? '/404.html' : `/${path.replace(/(^|\/)index$/, '')}/`.replace(/\/+/g, '/');
      // A rest parameter ([...page]) may be empty: /catalog/[...page]/ is /catalog/ as well as /catalog/2/.
      const source = route
        .split(/(\/\[\.{3}[^\]]+\]|\[[^\]]+\])/)
        .map((part) => (part.startsWith('/[...') ? '(?:/.+)?' : part.startsWith('[') ? '[^/]+' : escapeRegExp(part)))
        .join('');
      const pattern = new RegExp(`^${source}$`);
      return { route, pattern };
    })
    .sort((a, b) => Number(a.route.includes('[')) - Number(b.route.includes('[')) || a.route.localeCompare(b.route));
}

/** Each built page under the first route that matches it; a page no route matches is its own kind. */
export function pagesByRoute(paths: string[], routes: PageRoute[]): Map<string, string[]> {
  const kinds = new Map<string, string[]>();
  for (const path of paths) {
    const route = routes.find((candidate) => candidate.pattern.test(path))?.route ?? path;
    kinds.set(route, [...(kinds.get(route) ?? []), path]);
  }
  return kinds;
}

/** The HTML file of a built page: `/catalog/` is catalog/index.html, `/404.html` itself. */
export const htmlFileOf = (dist: string, path: string) => join(dist, path.endsWith('.html') ? path : `${path}index.html`);

/** The pages of a build that stand for all of it: each kind's only page, or its longest and its shortest. */
export function samplePages(dist: string, paths: string[], routes: PageRoute[]): string[] {
  return [...pagesByRoute(paths, routes).values()]
    .flatMap((kind) => {
      if (kind.length <= 2) return kind;
      const bySize = kind
        .map((path) => ({ path, size: statSync(htmlFileOf(dist, path)).size }))
        .sort((a, b) => b.size - a.size || a.path.localeCompare(b.path));
      return [bySize[0]!.path, bySize.at(-1)!.path];
    })
    .sort();
}
