/**
 * What each kind of page costs a teacher on a slow connection: the HTML plus the stylesheets and
 * scripts it references, raw and gzipped, and the size of the search engine and index.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Weight {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  type: string;
  path: string;
  html: Weight;
  css: Weight;
  js: Weight;
}

/**
 * Every page type by its address, `*` standing for one credential, framework, pathway or stack, so
 * the same list names today's pages and finds pages of each type in any build.
 */
const PAGE_TYPE_PATTERNS: Array<{ type: string; pattern: string }> = [
  { type: 'home', pattern: '/' },
  { type: 'catalog', pattern: '/catalog/' },
  { type: 'credential', pattern: '/credentials/*/' },
  { type: 'one-pager', pattern: '/credentials/*/one-pager/' },
  { type: 'rubric', pattern: '/credentials/*/rubric/' },
  { type: 'standards matrix', pattern: '/standards/' },
  { type: 'framework', pattern: '/standards/*/' },
  { type: 'pathway', pattern: '/pathways/*/' },
  { type: 'stack', pattern: '/stacks/*/' },
  { type: 'earning', pattern: '/earning/' },
  { type: 'plan', pattern: '/plan/' },
  { type: 'compare', pattern: '/compare/' },
];

/** The page of today's catalog that stands for each type with a `*` in its address, by its first folder. */
const TODAYS_EXAMPLES: Record<string, string> = {
  credentials: 'facilitating-project-based-learning',
  standards: 'ngss',
  pathways: 'pre-engineering',
  stacks: 'pre-engineering-endorsement',
};

/** One representative page per page type in today's catalog. */
export const PAGE_TYPES: Array<{ type: string; path: string }> = PAGE_TYPE_PATTERNS.map(({ type, pattern }) => ({
  type,
  path: pattern.replace('*', TODAYS_EXAMPLES[pattern.split('/')[1]!]!),
}));

const matcher = (pattern: string) => new RegExp(`^${pattern.replace('*', '[^/]+')}$`);

/** The built pages (site paths such as `/catalog/`) of each page type, in path order; types with no page are left out. */
export function pagesByType(pages: readonly string[]): Array<{ type: string; paths: string[] }> {
  return PAGE_TYPE_PATTERNS.map(({ type, pattern }) => ({ type, paths: pages.filter((path) => matcher(pattern).test(path)).sort() })).filter(
    (entry) => entry.paths.length > 0,
  );
}

/** One page of each type found among any build's pages: the first credential, framework, pathway or stack. */
export function representativePages(pages: readonly string[]): Array<{ type: string; path: string }> {
  return pagesByType(pages).map(({ type, paths }) => ({ type, path: paths[0]! }));
}

/**
 * What one page may cost, gzipped, with its stylesheets and scripts (not the search engine, which
 * only the catalog loads, after the page): a school laptop on a shared connection or a phone on
 * a weak signal should show any page at once. Today's pages cost 5 to 11 KB.
 */
export const PAGE_BUDGET_GZIP = 24 * 1024;

const weigh = (buffers: Buffer[]): Weight => ({
  raw: buffers.reduce((sum, buffer) => sum + buffer.length, 0),
  gzip: buffers.reduce((sum, buffer) => sum + gzipSync(buffer, { level: 9 }).length, 0),
});

export function pageWeight(dist: string, type: string, path: string): PageWeight {
  const html = readFileSync(join(dist, path, 'index.html'));
  const text = html.toString('utf8');
  const assets = (pattern: RegExp) => [...text.matchAll(pattern)].map((match) => readFileSync(join(dist, match[1]!)));
  return {
    type,
    path,
    html: weigh([html]),
    css: weigh(assets(/<link rel="stylesheet" href="([^"]+)"/g)),
    js: weigh(assets(/<script[^>]* src="([^"]+)"/g)),
  };
}

/** The Pagefind engine a visitor downloads to search, and the whole index on disk. */
export function searchBundle(dist: string): { engine: Weight; index: Weight; files: number } {
  const dir = join(dist, 'pagefind');
  if (!existsSync(dir)) return { engine: { raw: 0, gzip: 0 }, index: { raw: 0, gzip: 0 }, files: 0 };
  const files = (readdirSync(dir, { recursive: true }) as string[]).filter((file) => statSync(join(dir, file)).isFile());
  // A visitor loads the script, the index metadata and the WebAssembly build for the index's language.
  const meta = files.find((file) => /^pagefind\.[^/]+\.pf_meta$/.test(file));
  const language = meta?.match(/^pagefind\.([a-z-]+)_/)?.[1];
  const engine = files.filter((file) => file === 'pagefind.js' || file === meta || file === `wasm.${language}.pagefind`);
  return { engine: weigh(engine.map((file) => readFileSync(join(dir, file)))), index: weigh(files.map((file) => readFileSync(join(dir, file)))), files: files.length };
}

export const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * The HTML of any one page, raw: listings that grow with the catalog (home, catalog, standards, what
 * changed, pathways) paginate or summarize to stay under it at any catalog size (issue 14).
 */
export const PAGE_HTML_BUDGET_RAW = 100 * 1024;

/** The scripts one page loads, gzipped: the catalog's search, the heaviest, is about 4 KB. */
export const PAGE_JS_BUDGET_GZIP = 12 * 1024;

/**
 * The search index (every file Pagefind writes) per credential, raw. Pagefind's index grows more
 * slowly than the catalog (its word list is shared), so the figure falls as credentials are added:
 * about 40 KB at 18 credentials, under 7 KB at 250.
 */
export const SEARCH_INDEX_BUDGET_PER_CREDENTIAL_RAW = 64 * 1024;
