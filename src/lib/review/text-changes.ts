/**
 * The before and after of every piece of prose a pull request rewrites, so that a reviewer reads the
 * words that changed instead of hunting through YAML: string fields found by a readable path (list
 * items by their id, so an inserted item does not shift the rest), one-pager paragraphs by section,
 * and a word diff of each for the review summary.
 */
import { diffArrays, diffWords } from 'diff';

export interface TextChange {
  /** Where the text lives, e.g. `rubric criteria[analysis-quality].descriptors.notMet`. */
  where: string;
  /** Undefined when the text was added. */
  before?: string | undefined;
  /** Undefined when the text was removed. */
  after?: string | undefined;
}

/** A list item's name in a path: its id or phase where it has one, else its position. */
function itemKey(item: unknown, index: number): string {
  if (item && typeof item === 'object') {
    const { id, phase } = item as { id?: unknown; phase?: unknown };
    if (typeof id === 'string') return id;
    if (typeof phase === 'string') return phase;
  }
  return String(index);
}

function entries(value: unknown): Map<string, unknown> {
  if (Array.isArray(value)) return new Map(value.map((item, index) => [`[${itemKey(item, index)}]`, item]));
  if (value && typeof value === 'object') return new Map(Object.entries(value).map(([key, item]) => [`.${key}`, item]));
  return new Map();
}

/** Every string whose text differs between two parsed values, at its readable path. */
export function changedStrings(before: unknown, after: unknown, where = ''): TextChange[] {
  const isText = (value: unknown): value is string => typeof value === 'string';
  if (isText(before) || isText(after)) {
    if (before === after) return [];
    return [{ where: where.replace(/^\./, ''), before: isText(before) ? before : undefined, after: isText(after) ? after : undefined }];
  }
  const old = entries(before);
  const next = entries(after);
  return [...new Set([...old.keys(), ...next.keys()])].flatMap((key) => changedStrings(old.get(key), next.get(key), `${where}${key}`));
}

interface Block {
  section: string;
  text: string;
}

/** Paragraphs (blocks between blank lines) of a one-pager, each with the section it sits in. */
function blocks(source: string): Block[] {
  let section = 'introduction';
  return source
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .flatMap((text) => {
      const heading = /^#{1,6}\s+(.*)$/.exec(text);
      if (heading) {
        section = heading[1]!.trim();
        return [];
      }
      return [{ section, text }];
    });
}

/** The one-pager paragraphs that were rewritten, added or removed. */
export function changedParagraphs(before: string | undefined, after: string | undefined): TextChange[] {
  const diff = diffArrays(blocks(before ?? ''), blocks(after ?? ''), { comparator: (left, right) => left.text === right.text });
  const changes: TextChange[] = [];
  for (let index = 0; index < diff.length; index += 1) {
    const part = diff[index]!;
    if (!part.added && !part.removed) continue;
    // A removal followed by an addition is a rewrite: pair the paragraphs up in order.
    const removed = part.removed ? part.value : [];
    const added = part.added ? part.value : diff[index + 1]?.added ? diff[++index]!.value : [];
    for (let paragraph = 0; paragraph < Math.max(removed.length, added.length); paragraph += 1) {
      const old = removed[paragraph];
      const fresh = added[paragraph];
      changes.push({ where: `one-pager, "${(fresh ?? old)!.section}"`, before: old?.text, after: fresh?.text });
    }
  }
  return changes;
}

const escapeMarkdown = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|#~])/g, '\\$1')
    .replace(/\n+/g, ' ');

/** A word diff as GitHub Markdown: deleted words struck through, inserted words underlined. */
export function wordDiffMarkdown(change: TextChange): string {
  if (change.before === undefined) return `<ins>${escapeMarkdown(change.after ?? '')}</ins>`;
  if (change.after === undefined) return `<del>${escapeMarkdown(change.before)}</del>`;
  return diffWords(change.before, change.after)
    .map((part) =>
      part.added
        ? `<ins>${escapeMarkdown(part.value)}</ins>`
        : part.removed
          ? `<del>${escapeMarkdown(part.value)}</del>`
          : escapeMarkdown(part.value),
    )
    .join('');
}
