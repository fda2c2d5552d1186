import { describe, expect, it } from 'vitest';
import { editYaml, runRule } from '../../../tests/helpers.ts';
import rule from './rubric-levels.ts';

describe('rubric-levels', () => {
  it('passes the three levels in order', () => {
    expect(runRule(rule)).toEqual([]);
  });

  it.each([
    ['a missing level', ['Demonstrated', 'Not Met']],
    ['levels out of order', ['Not Met', 'Progressing', 'Demonstrated']],
    ['a renamed level', ['Demonstrated', 'Developing', 'Not Met']],
  ])('reports %s at the levels line', (_name, levels) => {
    const problems = runRule(rule, (files) => editYaml(files, 'content/credentials/sample-credential/rubric.yaml', (data) => { data.levels = levels; }));
    expect(problems).toMatchObject([{ rule: 'rubric-levels', file: 'content/credentials/sample-credential/rubric.yaml', field: 'levels', line: 2 }]);
  });
});
