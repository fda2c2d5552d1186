import { describe, expect, it } from 'vitest';
import { parseOnePager } from '../src/lib/content/one-pager.ts';
import { validOnePager } from './factories.ts';

const problemsOf = (text: string) => parseOnePager('one-pager.mdx', text).problems;

describe('parseOnePager()', () => {
  it('accepts plain Markdown and lists its sections with lines', () => {
    const { onePager, problems } = parseOnePager('one-pager.mdx', validOnePager());
    expect(problems).toEqual([]);
    const headingLines = validOnePager()
      .split('\n')
      .flatMap((line, index) => (line.startsWith('## ') ? [index + 1] : []));
    expect(onePager!.sections.map((section) => section.line)).toEqual(headingLines);
    expect(onePager!.wordCount).toBeGreaterThan(20);
  });

  it.each([
    ['an import', "import X from './x.js'\n\nText.", 'import or export'],
    ['an export', 'export const x = 1\n\nText.', 'import or export'],
    ['a script element', '<script>alert(1)</script>', '<script>'],
    ['an expression', 'Total: {1 + 1}', 'expression'],
    ['a component', '<Callout>Note</Callout>', 'Markdown'],
    ['a javascript: link', '[click](javascript:alert(1))', 'https://'],
  ])('rejects %s', (_name, text, word) => {
    expect(problemsOf(text)).toContainEqual(
      expect.objectContaining({ rule: 'mdx', severity: 'error', message: expect.stringContaining(word) }),
    );
  });

  it('reports a syntax error at its position instead of throwing', () => {
    expect(problemsOf('Text\n\n<div>unclosed\n')).toMatchObject([
      { rule: 'mdx', line: expect.any(Number), message: expect.stringMatching(/^Fix the MDX syntax/) },
    ]);
  });
});
