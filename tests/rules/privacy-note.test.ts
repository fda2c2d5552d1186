import { describe, expect, it } from 'vitest';
import { editYaml, runRule } from '../helpers.ts';
import rule from '../../src/lib/checks/rules/privacy-note.ts';

describe('privacy-note', () => {
  it('passes a credential with a privacy note', () => {
    expect(runRule(rule)).toEqual([]);
  });

  it('reports a credential that asks for classroom video without a privacy note', () => {
    const problems = runRule(rule, (files) =>
      editYaml(files, 'content/credentials/sample-credential/credential.yaml', (data) => {
        delete data.privacy;
      }),
    );
    expect(problems).toMatchObject([{ rule: 'privacy-note', file: 'content/credentials/sample-credential/credential.yaml', line: 1 }]);
  });
});
