import { describe, expect, it } from 'vitest';
import { editYaml, runRule } from '../helpers.ts';
import rule from '../../src/lib/checks/rules/descriptor-wording.ts';

const RUBRIC = 'content/credentials/sample-credential/rubric.yaml';
const withDescriptor = (level: 'demonstrated' | 'progressing' | 'notMet', text: string) =>
  runRule(rule, (files) =>
    editYaml(files, RUBRIC, (data) => {
      data.criteria[0].descriptors[level] = text;
    }),
  );

describe('descriptor-wording', () => {
  it('passes the minimal valid rubric', () => {
    expect(runRule(rule)).toEqual([]);
  });

  it.each([
    ['demonstrated', 'The plan uses questioning effectively to move the lesson forward.', 'effectively'],
    ['demonstrated', 'Students do most of the thinking in their teams.', 'most'],
    ['progressing', 'The plan is appropriate for the class, but one step lacks timing.', 'appropriate'],
    ['progressing', 'The analysis rates some principles with evidence.', 'some'],
  ] as const)('reports an unjudgeable word in %s: %s', (level, text, word) => {
    const [problem] = withDescriptor(level, text);
    expect(problem).toMatchObject({
      rule: 'descriptor-wording',
      severity: 'error',
      file: RUBRIC,
      field: `criteria[0].descriptors.${level}`,
    });
    expect(problem!.message).toContain(`"${word}"`);
  });

  it('accepts a judgment word quantified by a number straight after it', () => {
    expect(withDescriptor('progressing', 'The analysis rates most (at least four of the six) principles with evidence.')).toEqual([]);
  });

  it('reports a Not Met descriptor that does not open with "Any required element … missing"', () => {
    const problems = withDescriptor('notMet', 'The analysis describes the project without rating it.');
    expect(problems).toMatchObject([{ severity: 'error', field: 'criteria[0].descriptors.notMet' }]);
    expect(problems[0]!.hint).toContain('Any required element is missing, or');
  });

  it.each([
    'Any required element is missing, or the plan has neither a driving question nor a need-to-know step.',
    'Any required element is missing, or the plan has no roles and no team contract.',
  ])('warns on a Not Met that joins absences with "and" or "nor": %s', (text) => {
    expect(withDescriptor('notMet', text)).toMatchObject([{ severity: 'warning', field: 'criteria[0].descriptors.notMet' }]);
  });

  it('accepts a Not Met that names one off-target case after the shared opening', () => {
    expect(withDescriptor('notMet', 'Any required element is missing, or the teams are chosen at random.')).toEqual([]);
  });
});
