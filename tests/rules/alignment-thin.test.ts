import { describe, expect, it } from 'vitest';
import { editYaml, runRule } from '../helpers.ts';
import rule from '../../src/lib/checks/rules/alignment-thin.ts';

describe('alignment-thin', () => {
  it('is silent for three alignments met by different evidence', () => {
    expect(runRule(rule)).toEqual([]);
  });

  it('warns about fewer than three alignments', () => {
    const problems = runRule(rule, (files) =>
      editYaml(files, 'content/credentials/sample-credential/alignment.yaml', (data) => data.alignments.pop()),
    );
    expect(problems).toMatchObject([
      { rule: 'alignment-thin', severity: 'warning', file: 'content/credentials/sample-credential/alignment.yaml', field: 'alignments' },
    ]);
  });

  it('warns when every alignment rests on the same evidence', () => {
    const problems = runRule(rule, (files) =>
      editYaml(files, 'content/credentials/sample-credential/alignment.yaml', (data) => {
        data.alignments[2].code = 'SF-2';
        for (const entry of data.alignments) entry.addressedBy = 'implement';
      }),
    );
    expect(problems[0]!.message).toContain('"implement"');
  });
});
