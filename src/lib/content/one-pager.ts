/**
 * Parses a one-pager as MDX and holds it to "content is data, not code": no imports, exports,
 * JavaScript expressions or script elements, so an author's file can never run code on the site.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { visit } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import type { Root } from 'mdast';
import { makeProblem, type Problem } from '../problems.ts';

/** The sections every one-pager has, in this order, as level-2 headings. */
export const ONE_PAGER_SECTIONS = ['What this credential certifies', 'Why it matters for students', 'What you will submit', 'Time and support'] as const;

/**
 * The section the printed one-pager adds after the author's text, from the program's own words
 * (`earning.assessment` and `earning.resubmission` in content/program.yaml): scoring is the same for
 * every credential, so it is written once rather than reworded, and misdescribed, eighteen times.
 */
export const SCORING_SECTION = 'How it is scored';

export interface OnePager {
  file: string;
  tree: Root;
  /** Level-2 headings in document order, with their line. */
  sections: Array<{ title: string; line: number; col: number }>;
  /** Number of words of prose, for the one-page length rule. */
  wordCount: number;
}

const SAFE_URL = /^(https:\/\/|\/(?!\/)|#|mailto:)/;

const processor = unified().use(remarkParse).use(remarkMdx);

const FORBIDDEN: Record<string, { message: string; hint: string }> = {
  mdxjsEsm: {
    message: 'Remove this import or export: one-pagers are content, not code.',
    hint: 'write the text directly; the page layout adds everything else',
  },
  mdxFlowExpression: {
    message: 'Remove this {…} expression: one-pagers cannot run code.',
    hint: 'to show a literal brace, write \\{ instead of {',
  },
  mdxTextExpression: {
    message: 'Remove this {…} expression: one-pagers cannot run code.',
    hint: 'to show a literal brace, write \\{ instead of {',
  },
};

export function parseOnePager(file: string, text: string): { onePager?: OnePager; problems: Problem[] } {
  const problem = (line: number, col: number, message: string, hint: string): Problem =>
    makeProblem(file, message, { line, col, hint, rule: 'mdx' });
  let tree: Root;
  try {
    tree = processor.parse(text);
  } catch (error) {
    const place = error as { line?: number; column?: number; reason?: string; message?: string };
    const reason = (place.reason ?? place.message ?? 'the file could not be read as MDX').split('\n')[0];
    return {
      problems: [
        problem(
          place.line ?? 1,
          place.column ?? 1,
          `Fix the MDX syntax: ${reason}`,
          'a "<" or "{" in text must be escaped as "\\<" or "\\{"; every tag must be closed',
        ),
      ],
    };
  }
  const problems: Problem[] = [];
  const sections: OnePager['sections'] = [];
  let wordCount = 0;
  visit(tree, (node) => {
    const start = node.position?.start ?? { line: 1, column: 1 };
    const forbidden = FORBIDDEN[node.type];
    if (forbidden) problems.push(problem(start.line, start.column, forbidden.message, forbidden.hint));
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const element = node as { name: string | null; attributes: Array<{ type: string; name?: string }> };
      const name = element.name ?? 'fragment';
      if (name.toLowerCase() === 'script' || name.toLowerCase() === 'style' || name.toLowerCase() === 'iframe') {
        problems.push(
          problem(
            start.line,
            start.column,
            `Remove the <${name}> element: one-pagers cannot embed code or other pages.`,
            'describe the content in words instead',
          ),
        );
      } else {
        problems.push(
          problem(
            start.line,
            start.column,
            `Replace the <${name}> tag with Markdown.`,
            'use Markdown for headings, lists, emphasis and links; components are not available in one-pagers',
          ),
        );
      }
    }
    if ((node.type === 'link' || node.type === 'image') && !SAFE_URL.test(node.url)) {
      problems.push(
        problem(
          start.line,
          start.column,
          `Change the link "${node.url}" to an https:// address or a path on this site.`,
          'links must start with https://, / or #',
        ),
      );
    }
    if (node.type === 'heading' && node.depth === 2) sections.push({ title: toString(node).trim(), line: start.line, col: start.column });
    if (node.type === 'text') wordCount += node.value.split(/\s+/).filter(Boolean).length;
  });
  return { onePager: { file, tree, sections, wordCount }, problems };
}
