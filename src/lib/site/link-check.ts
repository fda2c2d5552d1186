/**
 * The link check of a built site, for the test suite and `npm run check:links` alike: the site is
 * served under its base path as a static host would (src/lib/tooling/static-server.ts), linkinator
 * crawls it from the home page, follows every internal link and #anchor, and the check lists the
 * links that are broken and the built pages that no link reaches. Absolute links to the site itself
 * (canonical, Open Graph) are checked against the local copy they point to.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LinkChecker, LinkState } from 'linkinator';
import { builtPages, serveStatic } from '../tooling/static-server.ts';
import { API_PATHS } from '../exports/catalog-api.ts';
import { LOCAL_SITE, normalizeBase, siteRoot } from './site-path.ts';

export interface LinkCheckOptions {
  /** The built site's folder. */
  dist: string;
  /** The base path it was built for (SITE_BASE); default `/`. */
  base?: string | undefined;
  /** The origin it was built for (SITE_URL); default the local preview server. */
  site?: string | undefined;
}

export interface LinkCheckReport {
  /** Distinct addresses checked (linkinator checks each once). */
  checked: number;
  /** `address (from page, why)` for every link that does not resolve, addresses as site paths. */
  broken: string[];
  /** Built pages (site paths such as `/catalog/`, without the base) that no link reaches. */
  unreached: string[];
}

/** Nothing links to the 404 page: a static host serves it for any address it does not have. */
const NOT_FOUND_PAGE = '/404.html';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The site root a build wrote into its catalog API (`site`), or undefined for a folder without one. */
export function builtSiteRoot(dist: string): string | undefined {
  const file = join(dist, API_PATHS.catalog);
  if (!existsSync(file)) return undefined;
  return (JSON.parse(readFileSync(file, 'utf8')) as { site?: string }).site;
}

/** Crawls the built site in `dist` under its base path and reports broken links and unreached pages. */
export async function checkLinks({ dist, base = '/', site = LOCAL_SITE }: LinkCheckOptions): Promise<LinkCheckReport> {
  const mount = normalizeBase(base);
  const server = await serveStatic(dist, mount);
  try {
    const result = await new LinkChecker().check({
      path: `${server.origin}${mount}`,
      // Absolute self-links name the deployed origin; the local server holds the same files.
      urlRewriteExpressions: [{ pattern: new RegExp(`^${escapeRegExp(siteRoot(site, '/').origin)}`), replacement: server.origin }],
      recurse: true,
      checkFragments: true,
      // Official standards and resource sites are outside this build and the test network; only our own pages are checked.
      linksToSkip: ['^https?://(?!localhost|127\\.0\\.0\\.1)'],
    });
    // Reported as the site's own paths (`/repo/catalog/`), not the temporary server's address.
    const local = (url: string) => (url.startsWith(server.origin) ? url.slice(server.origin.length) : url);
    // A page that loads but lacks the #anchor comes back 200 and broken.
    const why = (status: number | undefined) => (status === 200 ? 'no such #anchor' : (status ?? 'no answer'));
    const brokenLinks = result.links.filter((link) => link.state === LinkState.BROKEN);
    // The 404 page served for a broken link has links of its own; they repeat the one finding.
    const brokenUrls = new Set(brokenLinks.map((link) => link.url));
    const broken = brokenLinks
      .filter((link) => !link.parent || !brokenUrls.has(link.parent))
      .map((link) => `${local(link.url)} (from ${link.parent ? local(link.parent) : 'the start page'}, ${why(link.status)})`);
    const reached = new Set(
      result.links
        .filter((link) => link.state === LinkState.OK && URL.canParse(link.url))
        .map((link) => new URL(link.url).pathname)
        .filter((pathname) => pathname.startsWith(mount))
        .map((pathname) => pathname.slice(mount.length - 1)),
    );
    const unreached = builtPages(dist).filter((path) => !reached.has(path) && path !== NOT_FOUND_PAGE);
    return { checked: result.links.length, broken, unreached };
  } finally {
    await server.close();
  }
}
