import { describe, expect, it } from 'vitest';
import { editYaml, runRule } from '../helpers.ts';
import rule from '../../src/lib/checks/rules/changelog-current.ts';

describe('changelog-current', () => {
  it('passes a credential whose changelog describes its current version', () => {
    expect(runRule(rule)).toEqual([]);
  });

  it('reports a version raised without a changelog entry, at the changelog', () => {
    const problems = runRule(rule, (files) =>
      editYaml(files, 'content/credentials/sample-credential/credential.yaml', (data) => {
        data.version = '1.1.0';
      }),
    );
    expect(problems).toMatchObject([
      {
        rule: 'changelog-current',
        file: 'content/credentials/sample-credential/credential.yaml',
        field: 'changelog',
        message: expect.stringContaining('1.1.0'),
      },
    ]);
  });
});
