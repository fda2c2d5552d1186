// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  integrations: [mdx()],
  // 'jsx' mode (the default) joins words across line breaks, which breaks full-text search.
  compressHTML: true,
  trailingSlash: 'always',
  build: { format: 'directory' },
});
