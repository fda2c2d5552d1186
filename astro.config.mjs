// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import basePathLinks from './src/integrations/base-path-links.ts';
import contentGate from './src/integrations/content-gate.ts';
import searchIndex from './src/integrations/search-index.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import { deploymentFrom } from './src/lib/site/site-path.ts';
import { buildModeFrom } from './src/lib/site/visibility.ts';

// Where the build is served: SITE_URL is the origin, SITE_BASE the path under it (`/repo/` on GitHub Pages).
const { site, base } = deploymentFrom(process.env);
// Preview pages are not indexed (Base.astro), so a preview build lists none of them in a sitemap.
const preview = buildModeFrom(process.env) === 'preview';

export default defineConfig({
  // Absolute URLs in the sitemap, Open Graph tags, feed and exports start with site and base.
  site,
  base,
  integrations: [contentGate(), basePathLinks(), mdx(), ...(preview ? [] : [sitemap()]), searchIndex(), securityHeaders()],
  // 'jsx' mode (the default) joins words across line breaks, which breaks full-text search.
  compressHTML: true,
  // The content layer's store lives with the project, not in node_modules/.astro (the default): copies
  // of the project that share one node_modules (tests, benchmarks, git worktrees) must never read one
  // another's credentials, even while they build at the same time.
  cacheDir: './.cache/astro',
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Stylesheets as files, never inline, so the Content-Security-Policy needs no 'unsafe-inline'.
    inlineStylesheets: 'never',
  },
  vite: {
    build: {
      // Scripts as files too (Vite would inline small ones), for the same reason.
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Rolldown warns once per MDX file that Astro's "use astro:head-inject" marker may not survive
        // bundling; Astro reads the marker before bundling, so it is harmless (withastro/astro#18087).
        // A thousand identical lines would bury any warning that matters, so only this one is dropped.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
    // BASE_PATH in src/lib/site/site-path.ts, for pages and browser scripts alike.
    define: { __SITE_BASE__: JSON.stringify(base) },
  },
});
