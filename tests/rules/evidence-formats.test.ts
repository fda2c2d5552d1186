import { describe, expect, it } from 'vitest';
import { editYaml, runRule } from '../helpers.ts';
import rule from '../../src/lib/checks/rules/evidence-formats.ts';

describe('evidence-formats', () => {
  it('passes two formats per artifact', () => {
    expect(runRule(rule)).toEqual([]);
  });

  it('reports an artifact that accepts a single format, at its formats', () => {
    const problems = runRule(rule, (files) =>
      editYaml(files, 'content/credentials/sample-credential/credential.yaml', (data) => {
        data.requirements[2].artifacts[0].formats = ['document'];
      }),
    );
    expect(problems).toMatchObject([
      {
        rule: 'evidence-formats',
        file: 'content/credentials/sample-credential/credential.yaml',
        field: 'requirements[2].artifacts[0].formats',
      },
    ]);
  });
});
