import { describe, expect, it } from 'vitest';
import { byRule, checkProject, editYaml } from '../helpers.ts';

describe('prerequisite-cycle', () => {
  it('accepts a one-way order', () => {
    const problems = checkProject((files) =>
      editYaml(files, 'content/credentials/second-credential/credential.yaml', (data) => {
        data.prerequisites = ['sample-credential'];
      }),
    );
    expect(byRule(problems, 'prerequisite-cycle')).toEqual([]);
  });

  it('reports a loop once, naming every credential in it', () => {
    const problems = byRule(
      checkProject((files) => {
        editYaml(files, 'content/credentials/second-credential/credential.yaml', (data) => {
          data.prerequisites = ['sample-credential'];
        });
        editYaml(files, 'content/credentials/sample-credential/credential.yaml', (data) => {
          data.recommendedBefore = ['second-credential'];
        });
      }),
      'prerequisite-cycle',
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(
      /sample-credential → second-credential → sample-credential|second-credential → sample-credential → second-credential/,
    );
  });
});
