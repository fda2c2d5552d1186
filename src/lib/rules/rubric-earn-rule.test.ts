import { describe, expect, it } from 'vitest';
import { editYaml, runRule } from '../../../tests/helpers.ts';
import rule from './rubric-earn-rule.ts';

describe('rubric-earn-rule', () => {
  it('passes the declared earn rule and assessor model', () => {
    expect(runRule(rule)).toEqual([]);
  });

  it('reports a missing earn rule and a single assessor', () => {
    const problems = runRule(rule, (files) => editYaml(files, 'content/credentials/sample-credential/rubric.yaml', (data) => { delete data.earnRule; data.assessment.assessors = 1; }));
    expect(problems.map((problem) => [problem.rule, problem.file, problem.field])).toEqual([
      ['rubric-earn-rule', 'content/credentials/sample-credential/rubric.yaml', 'earnRule'],
      ['rubric-earn-rule', 'content/credentials/sample-credential/rubric.yaml', 'assessment'],
    ]);
  });
});
