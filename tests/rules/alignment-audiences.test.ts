import { describe, expect, it } from 'vitest';
import { editYaml, runRule } from '../helpers.ts';
import rule from '../../src/lib/checks/rules/alignment-audiences.ts';

describe('alignment-audiences', () => {
  it('passes a student-facing and an educator-facing standard', () => {
    expect(runRule(rule)).toEqual([]);
  });

  it('reports a credential aligned to student standards only', () => {
    const problems = runRule(rule, (files) =>
      editYaml(files, 'content/credentials/sample-credential/alignment.yaml', (data) => {
        data.alignments = data.alignments.filter((entry: { framework: string }) => entry.framework !== 'sample-educators');
      }),
    );
    expect(problems).toMatchObject([
      {
        rule: 'alignment-audiences',
        file: 'content/credentials/sample-credential/alignment.yaml',
        field: 'alignments',
        line: 2,
        message: expect.stringContaining('educator-facing'),
      },
    ]);
  });
});
