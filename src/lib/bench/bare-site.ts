/**
 * The yardstick for the build: a bare Astro project with one layout and as many MDX pages as our
 * build makes, each about as heavy as our average HTML page, indexed by Pagefind after the build with
 * the very integration our site uses. What our build costs beyond it is what our pages, data and
 * checks add; what both cost is Astro's and Pagefind's share.
 */
import { copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from './seeded-random.ts';

export interface BareSiteOptions {
  /** HTML pages to build, as many as our build makes. */
  pages: number;
  /** Pages Pagefind indexes, as many as it indexes in our build; the rest are left out of the index. */
  indexedPages: number;
  /** Raw HTML bytes each page should weigh, our mean page. */
  htmlBytes: number;
  /** Words the pages are written in, e.g. from our own pages, so the search index holds a like vocabulary. */
  words: readonly string[];
}

/** What the layout adds to a page around its body, so the body can make up the rest of the weight. */
const LAYOUT_BYTES = 260;

const LAYOUT = `---
const { frontmatter } = Astro.props;
---
<!doctype html>
<html lang="en-US">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>{frontmatter.title}</title>
  </head>
  <body>
    <main data-pagefind-body={frontmatter.indexed ? '' : undefined}><slot /></main>
  </body>
</html>
`;

/** The project's settings that shape the HTML, with MDX and our search-index integration at `integration`. */
const config = (integration: string) => `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import searchIndex from ${JSON.stringify(integration)};

export default defineConfig({
  site: 'http://localhost:4321',
  integrations: [mdx(), searchIndex()],
  compressHTML: true,
  trailingSlash: 'always',
  build: { format: 'directory' },
});
`;

/** Distinct words of the visible text of some HTML pages, in the order they first appear. */
export function wordsOfPages(htmlPages: readonly string[]): string[] {
  const text = htmlPages.map((html) => html.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ')).join(' ');
  return [...new Set(text.split(/\s+/).filter((word) => /^[A-Za-z][a-z'-]*[a-z]$/.test(word)))];
}

/**
 * Markdown of about `bytes` bytes: paragraphs of words picked from `words` by a random source seeded
 * with the page number, so every page reads differently and the same options write the same pages.
 */
export function bodyText(page: number, bytes: number, words: readonly string[]): string {
  if (words.length === 0) throw new Error('The bare site needs some words to write its pages in.');
  const random = seededRandom(page + 1);
  const paragraphs: string[] = [];
  let length = 0;
  while (length < bytes) {
    const text = `${Array.from({ length: 60 }, () => random.pick(words)).join(' ')}.`;
    // A capital first letter, as a sentence has; MDX would also read a paragraph opening with "import" or "export" as code.
    paragraphs.push(text[0]!.toUpperCase() + text.slice(1));
    // The paragraph, the <p></p> around it in the HTML and the blank line between paragraphs.
    length += text.length + 9;
  }
  return paragraphs.join('\n\n');
}

/**
 * Writes the bare project into the empty folder `dir`: our search-index integration (and the base-path
 * helper it imports) copied from `projectRoot`, and node_modules linked to the project's so nothing is installed.
 */
export function writeBareSite(dir: string, projectRoot: string, options: BareSiteOptions): void {
  mkdirSync(join(dir, 'src', 'layouts'), { recursive: true });
  mkdirSync(join(dir, 'src', 'integrations'), { recursive: true });
  mkdirSync(join(dir, 'src', 'pages', 'pages'), { recursive: true });
  symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const { name, version } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { name: string; version: string };
  writeFileSync(
    join(dir, 'package.json'),
    `${JSON.stringify({ name: `${name}-bare`, version, private: true, type: 'module' }, null, 2)}\n`,
  );
  const integration = join(dir, 'src', 'integrations', 'search-index.ts');
  copyFileSync(join(projectRoot, 'src', 'integrations', 'search-index.ts'), integration);
  // The integration puts result addresses under the base path with the site's own helper.
  mkdirSync(join(dir, 'src', 'lib', 'site'), { recursive: true });
  copyFileSync(join(projectRoot, 'src', 'lib', 'site', 'site-path.ts'), join(dir, 'src', 'lib', 'site', 'site-path.ts'));
  writeFileSync(join(dir, 'astro.config.mjs'), config(integration));
  writeFileSync(join(dir, 'src', 'layouts', 'Page.astro'), LAYOUT);
  const bodyBytes = Math.max(0, options.htmlBytes - LAYOUT_BYTES);
  for (let page = 0; page < options.pages; page += 1) {
    const file = page === 0 ? join(dir, 'src', 'pages', 'index.mdx') : join(dir, 'src', 'pages', 'pages', `${page}.mdx`);
    const layout = page === 0 ? '../layouts/Page.astro' : '../../layouts/Page.astro';
    const frontmatter = `---\nlayout: ${layout}\ntitle: Page ${page}\nindexed: ${page < options.indexedPages}\n---\n\n`;
    writeFileSync(file, `${frontmatter}# Page ${page}\n\n${bodyText(page, bodyBytes, options.words)}\n`);
  }
}
