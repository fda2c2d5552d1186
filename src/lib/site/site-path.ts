/**
 * The site's own addresses under its base path. A build for GitHub Pages lives under the
 * repository's name (`/louisiana-stem-microcredentials/`) and its preview under `…/preview/`; a build
 * for a domain of its own lives at `/`. Astro's `base` setting (from SITE_BASE) decides, and every
 * internal link, script fetch and export address goes through sitePath() so one build works in both.
 */

/**
 * The build's base path, written in by astro.config.mjs (`vite.define`). Not import.meta.env.BASE_URL:
 * during the build a BASE_URL variable in the environment (Vitest sets one) overrides it in server code.
 */
declare const __SITE_BASE__: string | undefined;

/** The base path with one trailing slash: `/` or `/repo/`. Outside the site build (Node scripts, tests) it is `/`. */
export const BASE_PATH: string = normalizeBase(typeof __SITE_BASE__ === 'string' ? __SITE_BASE__ : '/');

/** `repo`, `/repo`, `/repo/` and `` all become `/repo/` (or `/`), the form sitePath() joins to. */
export function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** A root-relative site address (`/catalog/`, `/pagefind/pagefind.js`) under the base path. */
export function sitePath(path: string, base: string = BASE_PATH): string {
  if (!path.startsWith('/')) throw new Error(`sitePath() takes a root-relative address starting with "/", not "${path}".`);
  return `${base.slice(0, -1)}${path}`;
}

/**
 * The absolute address of the site's home: `site` (SITE_URL, an origin) with the base path, the one
 * root that canonical links, the sitemap, the feed and every export URL start with.
 */
export function siteRoot(site: URL | string, base: string = BASE_PATH): URL {
  return new URL(normalizeBase(base), site);
}

/** Where a build is served: Astro's `site` and `base`. */
export interface Deployment {
  site: string;
  base: string;
}

/** The address a build uses when SITE_URL is not set: the local preview server. */
export const LOCAL_SITE = 'http://localhost:4321';

/**
 * Astro's `site` and `base` from SITE_URL (the origin, default the local preview server) and
 * SITE_BASE (the path, default `/`). A SITE_URL with a path is refused: Astro and its sitemap resolve
 * addresses against the origin alone, so the path would silently vanish from every absolute URL.
 */
export function deploymentFrom(env: Record<string, string | undefined>): Deployment {
  const site = env.SITE_URL || LOCAL_SITE;
  if (!URL.canParse(site))
    throw new Error(`SITE_URL "${site}" is not an address: set it to the site's origin, e.g. https://example.github.io.`);
  const { pathname, origin } = new URL(site);
  if (pathname !== '/')
    throw new Error(`SITE_URL "${site}" has a path: set SITE_URL=${origin} and SITE_BASE=${pathname} (the path goes in SITE_BASE).`);
  return { site, base: normalizeBase(env.SITE_BASE ?? '/') };
}
