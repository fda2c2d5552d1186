import { describe, expect, it } from 'vitest';
import { byRule, checkProject, editYaml } from '../helpers.ts';

describe('code-unique', () => {
  it('accepts distinct codes', () => {
    expect(byRule(checkProject(), 'code-unique')).toEqual([]);
  });

  it('reports the second credential that reuses a code and names the first', () => {
    const problems = byRule(
      checkProject((files) =>
        editYaml(files, 'content/credentials/second-credential/credential.yaml', (data) => {
          data.code = 'STEM-1.9';
        }),
      ),
      'code-unique',
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/credentials/second-credential/credential.yaml', field: 'code', line: 2 });
    expect(problems[0]!.message).toContain('content/credentials/sample-credential/credential.yaml');
  });
});
