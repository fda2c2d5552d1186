import { describe, expect, it } from 'vitest';
import { byRule, checkProject, editYaml } from '../helpers.ts';

describe('code-matches-pathway', () => {
  it('accepts STEM codes for credentials that serve all pathways', () => {
    expect(byRule(checkProject(), 'code-matches-pathway')).toEqual([]);
  });

  it('accepts the pathway prefix from program.yaml', () => {
    const problems = checkProject((files) =>
      editYaml(files, 'content/credentials/sample-credential/credential.yaml', (data) => {
        Object.assign(data, { pathway: 'pre-engineering', code: 'PE-2.9', level: 2 });
      }),
    );
    expect(byRule(problems, 'code-matches-pathway')).toEqual([]);
  });

  it('reports a code whose prefix does not match the pathway', () => {
    const problems = byRule(
      checkProject((files) =>
        editYaml(files, 'content/credentials/sample-credential/credential.yaml', (data) => {
          data.pathway = 'pre-engineering';
        }),
      ),
      'code-matches-pathway',
    );
    expect(problems).toMatchObject([{ file: 'content/credentials/sample-credential/credential.yaml', field: 'code' }]);
    expect(problems[0]!.message).toContain('"PE-"');
  });
});
