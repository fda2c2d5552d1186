import { describe, expect, it } from 'vitest';
import { byRule, checkProject, editYaml } from '../helpers.ts';

const edit = (change: (data: any) => void) =>
  byRule(
    checkProject((files) => editYaml(files, 'content/credentials/sample-credential/credential.yaml', change)),
    'credential-references',
  );

describe('credential-references', () => {
  it('accepts references to credentials, pathways and pilots that exist', () => {
    expect(
      edit((data) => {
        Object.assign(data, { prerequisites: ['second-credential'], alsoServes: ['pre-engineering'] });
      }),
    ).toEqual([]);
  });

  it('reports a prerequisite that does not exist, at its list entry', () => {
    expect(
      edit((data) => {
        data.prerequisites = ['second-credential', 'missing-one'];
      }),
    ).toMatchObject([{ field: 'prerequisites[1]', file: 'content/credentials/sample-credential/credential.yaml' }]);
  });

  it('reports a credential recommended before itself', () => {
    const [problem] = edit((data) => {
      data.recommendedBefore = ['sample-credential'];
    });
    expect(problem).toMatchObject({ field: 'recommendedBefore[0]' });
    expect(problem!.message).toContain('itself');
  });

  it('reports an unknown pilot and replacement', () => {
    const problems = edit((data) => {
      Object.assign(data, { replacedBy: 'ghost', history: { proposedTitle: 'x', pilot: 'pilot-9' } });
    });
    expect(problems.map((problem) => problem.field).sort()).toEqual(['history.pilot', 'replacedBy']);
  });
});
