/**
 * The text a visitor reads in the site's Astro templates (src/pages, src/components, src/layouts):
 * the text between tags and the human-read attributes (title, alt, aria-label, placeholder and the
 * description a page passes to its layout). Left out: the frontmatter script, <script>, <style> and
 * <code> content, HTML comments, and {…} expressions, whose text comes from the checked content or is code.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The folders whose .astro files are site text, relative to the project root. */
export const SITE_TEXT_FOLDERS = ['src/pages', 'src/components', 'src/layouts'] as const;

export interface TemplateText {
  text: string;
  /** Offset of the text in the file. */
  offset: number;
  /** What it is, for the problem's field: `<h1>` for text, `<Base title>` for an attribute. */
  field: string;
}

const READ_ATTRIBUTES = new Set(['title', 'alt', 'aria-label', 'aria-description', 'placeholder', 'description', 'label']);
/** Elements whose content is code or data, not prose. */
const NOT_PROSE = new Set(['code', 'pre', 'kbd', 'samp', 'svg']);
/** Elements whose content is code that may hold a "<": skipped to their closing tag. */
const RAW_TEXT = new Set(['script', 'style']);
/** Elements that never have content, so need no closing tag. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** The .astro files of the site, as project-relative paths, in a stable order. */
export function siteTemplates(root: string): string[] {
  return SITE_TEXT_FOLDERS.flatMap((folder) =>
    existsSync(join(root, folder))
      ? (readdirSync(join(root, folder), { recursive: true }) as string[])
          .filter((name) => name.endsWith('.astro'))
          .map((name) => `${folder}/${name.split('\\').join('/')}`)
      : [],
  ).sort();
}

/** `text` with every balanced {…} blanked (so offsets stay), and everything from an unclosed { on. */
function withoutExpressions(text: string): string {
  let out = '';
  let depth = 0;
  for (const char of text) {
    if (char === '{') depth += 1;
    out += depth > 0 ? ' ' : char;
    if (char === '}' && depth > 0) depth -= 1;
  }
  return out.replace(/&(?:[a-z]+|#\d+|#x[\da-f]+);/gi, (entity) => ' '.repeat(entity.length));
}

/** Where the tag that starts at `start` ends (after its `>`), skipping quoted values and {…}. */
function tagEnd(source: string, start: number): number {
  let quote = '';
  let depth = 0;
  for (let index = start + 1; index < source.length; index += 1) {
    const char = source[index]!;
    if (quote) {
      if (char === quote) quote = '';
    } else if (depth > 0) {
      if (char === '{') depth += 1;
      else if (char === '}') depth -= 1;
    } else if (char === '"' || char === "'" || char === '`') quote = char;
    else if (char === '{') depth += 1;
    else if (char === '>') return index + 1;
  }
  return source.length;
}

/** The readable texts of one .astro file. */
export function templateTexts(source: string): TemplateText[] {
  const frontmatter = /^\s*---\r?\n[\s\S]*?\r?\n---[^\n]*\n?/.exec(source);
  const texts: TemplateText[] = [];
  const open: string[] = [];
  let index = frontmatter ? frontmatter[0].length : 0;
  let textStart = index;
  const flushText = (end: number) => {
    const inside = open.at(-1);
    if (!open.some((name) => NOT_PROSE.has(name.toLowerCase())))
      texts.push({
        text: withoutExpressions(source.slice(textStart, end)),
        offset: textStart,
        field: inside ? `<${inside}>` : '(template)',
      });
  };
  while (index < source.length) {
    const next = source.indexOf('<', index);
    if (next < 0) break;
    if (source.startsWith('<!', next) && !source.startsWith('<!--', next)) {
      // <!doctype html>
      flushText(next);
      index = textStart = tagEnd(source, next);
      continue;
    }
    if (source.startsWith('<!--', next)) {
      flushText(next);
      const close = source.indexOf('-->', next);
      index = textStart = close < 0 ? source.length : close + 3;
      continue;
    }
    const tag = /^<(\/?)([A-Za-z][\w.:-]*)/.exec(source.slice(next, next + 100));
    if (!tag) {
      index = next + 1;
      continue;
    }
    flushText(next);
    const end = tagEnd(source, next);
    const [, closing, name] = tag as unknown as [string, string, string];
    const body = source.slice(next, end);
    if (closing) {
      const at = open.lastIndexOf(name);
      if (at >= 0) open.length = at;
    } else {
      for (const match of body.matchAll(/\s([\w:-]+)=(["'])(.*?)\2/gs)) {
        const [, attribute = '', , value = ''] = match;
        if (READ_ATTRIBUTES.has(attribute.toLowerCase()))
          // The value starts after the space, the name, "=" and the quote.
          texts.push({
            text: withoutExpressions(value),
            offset: next + match.index + attribute.length + 3,
            field: `<${name} ${attribute}>`,
          });
      }
      if (!body.endsWith('/>') && !VOID.has(name.toLowerCase())) open.push(name);
      if (RAW_TEXT.has(name.toLowerCase())) {
        const close = source.toLowerCase().indexOf(`</${name.toLowerCase()}`, end);
        index = textStart = close < 0 ? source.length : close;
        continue;
      }
    }
    index = textStart = end;
  }
  flushText(source.length);
  return texts.filter((entry) => /\p{L}/u.test(entry.text));
}

/** The readable texts of every site template, read from disk. */
export function siteTexts(root: string): Array<{ file: string; source: string; texts: TemplateText[] }> {
  return siteTemplates(root).map((file) => {
    const source = readFileSync(join(root, file), 'utf8');
    return { file, source, texts: templateTexts(source) };
  });
}
