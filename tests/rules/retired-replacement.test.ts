import { describe, expect, it } from 'vitest';
import { editYaml, runRule } from '../helpers.ts';
import rule from '../../src/lib/checks/rules/retired-replacement.ts';

describe('retired-replacement', () => {
  it('passes a retired credential that names its replacement', () => {
    expect(
      runRule(rule, (files) =>
        editYaml(files, 'content/credentials/sample-credential/credential.yaml', (data) => {
          data.status = 'retired';
          data.replacedBy = 'second-credential';
        }),
      ),
    ).toEqual([]);
  });

  it('reports a retired credential with no replacement, at its status', () => {
    const problems = runRule(rule, (files) =>
      editYaml(files, 'content/credentials/sample-credential/credential.yaml', (data) => {
        data.status = 'retired';
      }),
    );
    expect(problems).toMatchObject([
      { rule: 'retired-replacement', file: 'content/credentials/sample-credential/credential.yaml', field: 'status' },
    ]);
  });
});
