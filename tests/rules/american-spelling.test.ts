import { describe, expect, it } from 'vitest';
import rule, { britishSpellings } from '../../src/lib/checks/rules/american-spelling.ts';
import { editYaml, runRule } from '../helpers.ts';

const C = 'content/credentials/sample-credential';
const problemsAfter = (change: (files: Record<string, string | Buffer>) => void) => runRule(rule, change);

describe('american-spelling', () => {
  it('passes prose in American English', () => {
    expect(problemsAfter(() => {})).toEqual([]);
  });

  it('reports a British spelling at its field, with the American form in the same case', () => {
    const problems = problemsAfter((files) =>
      editYaml(files, `${C}/rubric.yaml`, (data) => {
        data.criteria[0].descriptors.demonstrated = 'Judgement is backed by the evidence, and every judgement names its source.';
      }),
    );
    expect(problems.map((problem) => [problem.field, problem.message])).toEqual([
      ['criteria[0].descriptors.demonstrated', 'Write "Judgment", the American spelling, instead of "Judgement".'],
      ['criteria[0].descriptors.demonstrated', 'Write "judgment", the American spelling, instead of "judgement".'],
    ]);
  });

  it('reports a British spelling in the one-pager at its line', () => {
    const problems = problemsAfter((files) => {
      files[`${C}/one-pager.mdx`] = `${String(files[`${C}/one-pager.mdx`])}\nStudents practise each step with a partner.\n`;
    });
    expect(problems).toMatchObject([
      { file: `${C}/one-pager.mdx`, message: 'Write "practice", the American spelling, instead of "practise".' },
    ]);
    expect(problems[0]!.line).toBeGreaterThan(1);
  });

  it('leaves the titles and names of cited works as their publishers print them', () => {
    const problems = problemsAfter((files) =>
      editYaml(files, `${C}/credential.yaml`, (data) => {
        data.research[0].title = 'Programme for International Student Assessment: analysed';
        data.research[0].source = 'National Centre for Research';
      }),
    );
    expect(problems).toEqual([]);
  });

  it('matches whole words only', () => {
    expect(britishSpellings('The centrepiece of a licensed program')).toEqual([]);
  });
});
