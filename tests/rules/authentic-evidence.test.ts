import { describe, expect, it } from 'vitest';
import { editYaml, runRule } from '../helpers.ts';
import rule from '../../src/lib/checks/rules/authentic-evidence.ts';

describe('authentic-evidence', () => {
  it('passes classroom video in implement and a reflection in evaluate', () => {
    expect(runRule(rule)).toEqual([]);
  });

  it('reports an implement phase with only lesson materials', () => {
    const problems = runRule(rule, (files) =>
      editYaml(files, 'content/credentials/sample-credential/credential.yaml', (data) => {
        data.requirements[3].artifacts[0].evidenceType = 'lesson-materials';
      }),
    );
    expect(problems).toMatchObject([
      { rule: 'authentic-evidence', file: 'content/credentials/sample-credential/credential.yaml', field: 'requirements[3].artifacts' },
    ]);
  });

  it('reports an evaluate phase without a reflection', () => {
    const problems = runRule(rule, (files) =>
      editYaml(files, 'content/credentials/sample-credential/credential.yaml', (data) => {
        data.requirements[4].artifacts[0].evidenceType = 'student-data';
      }),
    );
    expect(problems).toMatchObject([{ field: 'requirements[4].artifacts', message: expect.stringContaining('reflection') }]);
  });
});
