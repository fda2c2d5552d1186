import { describe, expect, it } from 'vitest';
import { editYaml, runRule } from '../helpers.ts';
import rule from '../../src/lib/checks/rules/rubric-coverage.ts';

describe('rubric-coverage', () => {
  it('passes when every requirement and artifact is assessed', () => {
    expect(runRule(rule)).toEqual([]);
  });

  it('reports an unassessed artifact at its id, and its phase when nothing else assesses it', () => {
    const problems = runRule(rule, (files) =>
      editYaml(files, 'content/credentials/sample-credential/rubric.yaml', (data) => data.criteria.splice(1, 1)),
    );
    expect(problems).toMatchObject([
      {
        rule: 'rubric-coverage',
        file: 'content/credentials/sample-credential/credential.yaml',
        field: 'requirements[1].phase',
        line: expect.any(Number),
      },
      { rule: 'rubric-coverage', file: 'content/credentials/sample-credential/credential.yaml', field: 'requirements[1].artifacts[0].id' },
    ]);
    expect(problems[1]!.message).toContain('"lesson-plan"');
  });

  it('reports an extra artifact nobody scores even when its phase is assessed', () => {
    const problems = runRule(rule, (files) =>
      editYaml(files, 'content/credentials/sample-credential/credential.yaml', (data) =>
        data.requirements[0].artifacts.push({ ...data.requirements[0].artifacts[0], id: 'extra-notes' }),
      ),
    );
    expect(problems).toMatchObject([{ field: 'requirements[0].artifacts[1].id' }]);
  });
});
