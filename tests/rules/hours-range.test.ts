import { describe, expect, it } from 'vitest';
import { editYaml, runRule } from '../helpers.ts';
import rule from '../../src/lib/checks/rules/hours-range.ts';

const hours = (min: number, max: number) =>
  runRule(rule, (files) =>
    editYaml(files, 'content/credentials/sample-credential/credential.yaml', (data) => {
      data.estimatedHours = { min, max };
    }),
  );

describe('hours-range', () => {
  it('passes a typical estimate', () => {
    expect(hours(8, 10)).toEqual([]);
  });

  it.each([
    [0.5, 1],
    [10, 60],
    [2, 12],
  ])('reports %i to %i hours as an error at estimatedHours', (min, max) => {
    expect(hours(min, max)).toMatchObject([
      { rule: 'hours-range', severity: 'error', field: 'estimatedHours', file: 'content/credentials/sample-credential/credential.yaml' },
    ]);
  });

  it('warns about a sane estimate outside the typical 5 to 15 hours', () => {
    expect(hours(15, 20)).toMatchObject([{ severity: 'warning' }]);
  });
});
