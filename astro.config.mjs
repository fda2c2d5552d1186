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
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Stylesheets as files, never inline, so the Content-Security-Policy needs no 'unsafe-inline'.
    inlineStylesheets: 'never',
  },
  // Scripts as files too (Vite would inline small ones), for the same reason.
  vite: { build: { assetsInlineLimit: 0 } },
});
