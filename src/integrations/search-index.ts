/**
 * Builds the Pagefind search index as the last step of `astro build`, so every build ships a search
 * index that matches its pages exactly. Beside it goes `page-urls.json`, each indexed page's result id
 * and address: the catalog shows a result's card from that, instead of downloading the page's whole
 * indexed text (its fragment) for every result only to learn its address. Pagefind records each page
 * by its path in the build (`/catalog/`) and adds the base path only in the browser, from where
 * pagefind.js was loaded; page-urls.json carries the addresses under the base path, as the browser
 * sees them, so both agree on a site under `/repo/`.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { normalizeBase, sitePath } from '../lib/site/site-path.ts';

/** Pagefind's fragments are gzipped JSON behind a fixed signature. */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

/** Result id (the fragment's name) to page address under `base`, read back from the fragments Pagefind wrote. */
export function pageUrls(pagefindDir: string, base: string): Record<string, string> {
  const fragments = join(pagefindDir, 'fragment');
  return Object.fromEntries(
    readdirSync(fragments)
      .filter((file) => file.endsWith('.pf_fragment'))
      .sort()
      .map((file) => {
        const text = gunzipSync(readFileSync(join(fragments, file))).toString('utf8');
        if (!text.startsWith(FRAGMENT_SIGNATURE)) throw new Error(`${file} is not a Pagefind fragment this build understands.`);
        const { url } = JSON.parse(text.slice(FRAGMENT_SIGNATURE.length)) as { url: string };
        return [basename(file, '.pf_fragment'), sitePath(url, base)];
      }),
  );
}

export default function searchIndex(): AstroIntegration {
  let base = '/';
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normalizeBase(config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
        const output = join(site, 'pagefind');
        const written = await index.writeFiles({ outputPath: output });
        if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
        await pagefind.close();
        writeFileSync(join(output, 'page-urls.json'), JSON.stringify(pageUrls(output, base)));
        logger.info(`indexed ${added.page_count} pages for search`);
      },
    },
  };
}
