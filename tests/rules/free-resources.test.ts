import { describe, expect, it } from 'vitest';
import { editYaml, runRule } from '../helpers.ts';
import rule from '../../src/lib/checks/rules/free-resources.ts';

describe('free-resources', () => {
  it('is silent when a free resource is named', () => {
    expect(runRule(rule)).toEqual([]);
  });

  it('warns when no free resource is named', () => {
    const problems = runRule(rule, (files) =>
      editYaml(files, 'content/credentials/sample-credential/credential.yaml', (data) => {
        delete data.resources;
      }),
    );
    expect(problems).toMatchObject([
      { rule: 'free-resources', severity: 'warning', file: 'content/credentials/sample-credential/credential.yaml' },
    ]);
  });
});
