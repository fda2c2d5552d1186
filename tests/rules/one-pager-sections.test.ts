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
  it('accepts the standard sections in order', () => {
    expect(edit((text) => text)).toEqual([]);
  });

  it('reports a missing section by name', () => {
    const [problem] = edit((text) => text.replace('## Time and support', '### Time and support'));
    expect(problem).toMatchObject({ file: FILE, rule: 'one-pager-sections' });
    expect(problem!.message).toContain('"## Time and support"');
  });

  it('asks for a "How it is scored" section to go, because the printed page adds the program paragraph', () => {
    const [problem] = edit((text) =>
      text.replace('## Time and support', '## How it is scored\n\nTwo assessors score it.\n\n## Time and support'),
    );
    expect(problem!.message).toContain('Remove the section "## How it is scored"');
    expect(problem!.hint).toContain('content/program.yaml');
  });

  it('reports a non-standard heading at its line', () => {
    let edited = '';
    const problems = edit((text) => (edited = text.replace('## Time and support', '## Time')));
    const line = edited.split('\n').indexOf('## Time') + 1;
    expect(problems.find((problem) => problem.message.includes('"## Time"'))).toMatchObject({ line });
  });

  it('reports sections out of order', () => {
    const problems = edit((text) => {
      const [intro, ...sections] = text.split(/\n(?=## )/);
      return [intro, sections[1], sections[0], ...sections.slice(2)].join('\n');
    });
    expect(problems.map((problem) => problem.message)).toEqual([expect.stringContaining('standard order')]);
  });
});
