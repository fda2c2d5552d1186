/**
 * Content written in Markdown (the one-pagers) links to the site's own pages as `/catalog/`, the way
 * authors see the site. This plugin for Astro's Markdown processor (Sätteri, the default) puts those
 * links and images under the build's base path, so the same content works on a domain of its own and
 * under `/repo/` on GitHub Pages.
 */
import type { Definition, Image, Link } from 'mdast';
import { sitePath } from './site-path.ts';

/** A root-relative address: `/catalog/`, but not `//host/…`, which leaves the site. */
const ROOT_RELATIVE = /^\/(?!\/)/;

type UrlNode = Readonly<Link | Image | Definition>;

/** The one part of Sätteri's visitor context the plugin uses: nodes change only through it. */
interface VisitorContext {
  setProperty(node: UrlNode, key: 'url', value: string): void;
}

/** A Sätteri mdast plugin: every root-relative link, image and link definition goes through sitePath(). */
export function basePathLinks(base: string) {
  const rewrite = (node: UrlNode, context: VisitorContext) => {
    if (ROOT_RELATIVE.test(node.url)) context.setProperty(node, 'url', sitePath(node.url, base));
  };
  return { name: 'base-path-links', link: rewrite, image: rewrite, definition: rewrite };
}
