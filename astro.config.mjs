// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import contentGate from './src/integrations/content-gate.ts';
import searchIndex from './src/integrations/search-index.ts';
import securityHeaders from './src/integrations/security-headers.ts';

export default defineConfig({
  // Absolute URLs in the sitemap and Open Graph tags; deployments set SITE_URL to their address.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  integrations: [contentGate(), mdx(), sitemap(), searchIndex(), securityHeaders()],
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
  },
});
