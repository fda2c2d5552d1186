import { describe, expect, it } from 'vitest';
import { editYaml, runRule } from '../helpers.ts';
import rule from '../../src/lib/checks/rules/method-components-scored.ts';

const CREDENTIAL = 'content/credentials/sample-credential/credential.yaml';
const RUBRIC = 'content/credentials/sample-credential/rubric.yaml';
const implementCriterion = (data: { criteria: Array<{ phase: string; components?: string[] }> }) =>
  data.criteria.find((criterion) => criterion.phase === 'implement')!;

describe('method-components-scored', () => {
  it('passes when every component is scored by a criterion', () => {
    expect(runRule(rule)).toEqual([]);
  });

  it('reports a component no criterion scores, at its id in credential.yaml', () => {
    const problems = runRule(rule, (files) =>
      editYaml(files, RUBRIC, (data) => {
        implementCriterion(data).components = ['first-part'];
      }),
    );
    expect(problems).toMatchObject([
      {
        rule: 'method-components-scored',
        severity: 'error',
        file: CREDENTIAL,
        field: 'keyMethod.components[1].id',
        line: expect.any(Number),
      },
    ]);
    expect(problems[0]!.message).toContain('"second-part"');
  });

  it('reports a criterion that names a component the method does not have, with the ids it could use', () => {
    const problems = runRule(rule, (files) =>
      editYaml(files, RUBRIC, (data) => {
        implementCriterion(data).components = ['first-part', 'second-part', 'third-part'];
      }),
    );
    expect(problems).toMatchObject([{ file: RUBRIC, field: expect.stringMatching(/^criteria\[\d\]\.components\[2\]$/) }]);
    expect(problems[0]!.hint).toBe('components: first-part, second-part');
  });

  it('reports every component of a method when the rubric links none', () => {
    const problems = runRule(rule, (files) =>
      editYaml(files, RUBRIC, (data) => {
        delete implementCriterion(data).components;
      }),
    );
    expect(problems.map((problem) => problem.field)).toEqual(['keyMethod.components[0].id', 'keyMethod.components[1].id']);
  });
});
