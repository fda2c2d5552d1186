import { describe, expect, it } from 'vitest';
import { editYaml, runRule } from '../helpers.ts';
import rule from '../../src/lib/checks/rules/single-competency.ts';

const competency = (text: string) =>
  runRule(rule, (files) =>
    editYaml(files, 'content/credentials/sample-credential/credential.yaml', (data) => {
      data.competency = text;
    }),
  );

describe('single-competency', () => {
  it('passes one sentence about the educator', () => {
    expect(runRule(rule)).toEqual([]);
  });

  it.each([
    ['does not name the educator', 'Students will design and test a prototype with the teacher.', 'The educator'],
    ['has two sentences', 'The educator plans a project with clear goals. The educator also runs a science fair.', 'one sentence'],
    ['runs too long', `The educator ${'plans and '.repeat(30)}teaches.`, 'Shorten'],
  ])('reports a statement that %s, at the competency line', (_name, text, word) => {
    expect(competency(text)).toMatchObject([
      {
        rule: 'single-competency',
        file: 'content/credentials/sample-credential/credential.yaml',
        field: 'competency',
        message: expect.stringContaining(word),
      },
    ]);
  });
});
