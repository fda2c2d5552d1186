import { describe, expect, it } from 'vitest';
import { byRule, checkProject } from '../helpers.ts';

const FILE = 'content/credentials/sample-credential/one-pager.mdx';
const edit = (change: (text: string) => string) =>
  byRule(
    checkProject((files) => {
      files[FILE] = change(String(files[FILE]));
    }),
    'one-pager-sections',
  );

describe('one-pager-sections', () => {
  it('accepts the five standard sections in order', () => {
    expect(edit((text) => text)).toEqual([]);
  });

  it('reports a missing section by name', () => {
    const [problem] = edit((text) => text.replace('## How it is scored', '### How it is scored'));
    expect(problem).toMatchObject({ file: FILE, rule: 'one-pager-sections' });
    expect(problem!.message).toContain('"## How it is scored"');
  });

  it('reports a non-standard heading at its line', () => {
    const problems = edit((text) => text.replace('## Time and support', '## Time'));
    expect(problems.find((problem) => problem.message.includes('"## Time"'))).toMatchObject({ line: 19 });
  });

  it('reports sections out of order', () => {
    const problems = edit((text) => {
      const [intro, ...sections] = text.split(/\n(?=## )/);
      return [intro, sections[1], sections[0], ...sections.slice(2)].join('\n');
    });
    expect(problems.map((problem) => problem.message)).toEqual([expect.stringContaining('standard order')]);
  });
});
