import { describe, expect, it } from 'vitest';
import { editYaml, runRule } from '../helpers.ts';
import rule from '../../src/lib/checks/rules/rubric-descriptors.ts';

describe('rubric-descriptors', () => {
  it('passes three distinct descriptors per criterion', () => {
    expect(runRule(rule)).toEqual([]);
  });

  it('leaves a rubric that failed its schema to the schema, which names the missing descriptor', () => {
    expect(
      runRule(rule, (files) =>
        editYaml(files, 'content/credentials/sample-credential/rubric.yaml', (data) => {
          delete data.criteria[2].descriptors.notMet;
        }),
      ),
    ).toEqual([]);
  });

  it('reports a Progressing descriptor that repeats Demonstrated, ignoring case and punctuation', () => {
    const problems = runRule(rule, (files) =>
      editYaml(files, 'content/credentials/sample-credential/rubric.yaml', (data) => {
        data.criteria[0].descriptors.progressing = data.criteria[0].descriptors.demonstrated.toUpperCase().replace('.', '!');
      }),
    );
    expect(problems).toMatchObject([{ field: 'criteria[0].descriptors.progressing', line: expect.any(Number) }]);
    expect(problems[0]!.message).toContain('Demonstrated');
  });
});
