import { describe, expect, it } from 'vitest';
import { editYaml, runRule } from '../helpers.ts';
import rule from '../../src/lib/checks/rules/key-method.ts';

describe('key-method', () => {
  it('passes two components and two citations', () => {
    expect(runRule(rule)).toEqual([]);
  });

  it('reports a method with one component and a single (repeated) citation', () => {
    const problems = runRule(rule, (files) =>
      editYaml(files, 'content/credentials/sample-credential/credential.yaml', (data) => {
        data.keyMethod.components.pop();
        data.research[1].title = data.research[0].title;
      }),
    );
    expect(problems.map((problem) => [problem.rule, problem.field])).toEqual([
      ['key-method', 'keyMethod.components'],
      ['key-method', 'research'],
    ]);
  });
});
