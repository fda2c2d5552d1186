import { describe, expect, it } from 'vitest';
import { byRule, checkProject, editYaml } from '../helpers.ts';

const edit = (change: (criteria: any[]) => void) =>
  byRule(
    checkProject((files) => editYaml(files, 'content/credentials/sample-credential/rubric.yaml', (data) => change(data.criteria))),
    'rubric-references',
  );

describe('rubric-references', () => {
  it('accepts criteria that score existing artifacts of their own phase', () => {
    expect(edit(() => {})).toEqual([]);
  });

  it('reports an artifact id the credential does not have, at the list entry', () => {
    const [problem] = edit((criteria) => {
      criteria[0].artifacts = ['no-such-artifact'];
    });
    expect(problem).toMatchObject({ file: 'content/credentials/sample-credential/rubric.yaml', field: 'criteria[0].artifacts[0]' });
    expect(problem!.hint).toContain('unit-analysis');
  });

  it('reports a criterion whose phase differs from its artifact', () => {
    expect(
      edit((criteria) => {
        criteria[0].phase = 'design';
      }),
    ).toMatchObject([{ field: 'criteria[0].phase' }]);
  });
});
