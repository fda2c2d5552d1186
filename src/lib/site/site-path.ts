/**
 * The site's own addresses under its base path. A build for GitHub Pages lives under the
 * repository's name (`/louisiana-stem-microcredentials/`) and its preview under `…/preview/`; a build
 * for a domain of its own lives at `/`. Astro's `base` setting (from SITE_BASE) decides, and every
 * internal link, script fetch and export address goes through sitePath() so one build works in both.
 */

/** The base path with one trailing slash: `/` or `/repo/`. Outside Vite (Node scripts) it is `/`. */
export const BASE_PATH: string = normalizeBase((import.meta.env as { BASE_URL?: string } | undefined)?.BASE_URL ?? '/');

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
