/**
 * Content honesty: no placeholder text anywhere, and no paragraph shared between two credentials.
 * Each credential is written for its own skill; copied boilerplate would tell teachers nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../src/lib/checks/check.ts';
import { notMetRemainder } from '../src/lib/checks/wording/not-met-wording.ts';
import { catalogRoot, PLACEHOLDER_TEXT } from './helpers.ts';

const root = catalogRoot;
const contentFiles = (readdirSync(join(root, 'content'), { recursive: true }) as string[]).filter((file) => /\.(ya?ml|mdx|md)$/.test(file));

/** Citations, history and changelog restate shared facts, so they may legitimately repeat. */
const SHARED_FACT_FIELDS = new Set(['research', 'history', 'changelog', 'approvals', 'resources']);
/** Paragraphs shorter than this are labels or list items, not boilerplate. */
const MIN_WORDS = 12;
/** Share of a paragraph's six-word runs found in another credential's paragraph that counts as copied. */
const MAX_OVERLAP = 0.5;

function paragraphs(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((item) => paragraphs(item, out));
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) if (!SHARED_FACT_FIELDS.has(key)) paragraphs(item, out);
  return out;
}

const shingles = (text: string) => {
  const words = text.toLowerCase().match(/[a-z0-9']+/g) ?? [];
  return new Set(words.slice(0, Math.max(0, words.length - 5)).map((_, index) => words.slice(index, index + 6).join(' ')));
};

describe('content originality', () => {
  it.each(contentFiles)('content/%s has no placeholder text', (file) => {
    expect(readFileSync(join(root, 'content', file), 'utf8')).not.toMatch(PLACEHOLDER_TEXT);
  });

  it('shares no paragraph between two credentials', () => {
    const { catalog } = checkContent(root);
    const entries = catalog.credentials.flatMap((folder) => {
      const mdx = folder.onePager
        ? readFileSync(join(root, folder.onePager.file), 'utf8')
            .split(/\n\s*\n/)
            .filter((block) => !block.startsWith('#'))
        : [];
      const texts = [
        ...paragraphs(folder.credential?.data),
        // Every Not Met opens with the same required words; what follows is the credential's own.
        ...paragraphs(folder.rubric?.data).map(notMetRemainder),
        ...paragraphs(folder.alignment?.data),
        ...mdx,
      ];
      return texts.filter((text) => text.split(/\s+/).length >= MIN_WORDS).map((text) => ({ id: folder.id, text, runs: shingles(text) }));
    });
    const copies: string[] = [];
    entries.forEach((a, i) =>
      entries.slice(i + 1).forEach((b) => {
        if (a.id === b.id) return;
        const shared = [...a.runs].filter((run) => b.runs.has(run)).length;
        if (shared / Math.min(a.runs.size, b.runs.size) >= MAX_OVERLAP) copies.push(`${a.id} ↔ ${b.id}: "${a.text.slice(0, 80)}…"`);
      }),
    );
    expect(copies).toEqual([]);
  });
});
