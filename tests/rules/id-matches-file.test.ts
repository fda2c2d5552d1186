import { describe, expect, it } from 'vitest';
import { byRule, checkProject, editYaml } from '../helpers.ts';

describe('id-matches-file', () => {
  it('accepts ids that match their folder and file names', () => {
    expect(byRule(checkProject(), 'id-matches-file')).toEqual([]);
  });

  it('reports a credential whose id differs from its folder, at the id line', () => {
    const [problem, ...rest] = byRule(
      checkProject((files) =>
        editYaml(files, 'content/credentials/sample-credential/credential.yaml', (data) => {
          data.id = 'renamed';
        }),
      ),
      'id-matches-file',
    );
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({
      file: 'content/credentials/sample-credential/credential.yaml',
      field: 'id',
      line: 1,
      severity: 'error',
    });
    expect(problem!.message).toContain('"sample-credential"');
  });

  it('reports a framework and a stack whose ids differ from their file names', () => {
    const problems = byRule(
      checkProject((files) => {
        editYaml(files, 'content/standards/sample-framework.yaml', (data) => {
          data.id = 'other';
        });
        editYaml(files, 'content/stacks/sample-stack.yaml', (data) => {
          data.id = 'other';
        });
      }),
      'id-matches-file',
    );
    expect(problems.map((problem) => problem.file).sort()).toEqual([
      'content/stacks/sample-stack.yaml',
      'content/standards/sample-framework.yaml',
    ]);
  });
});
