import { describe, expect, it } from 'vitest';
import { editYaml, runRule } from '../helpers.ts';
import rule from '../../src/lib/checks/rules/standard-unaddressed.ts';

describe('standard-unaddressed', () => {
  it('is silent when every registry item is addressed', () => {
    expect(runRule(rule)).toEqual([]);
  });

  it('warns, at the code line, about an item no credential addresses', () => {
    const problems = runRule(rule, (files) =>
      editYaml(files, 'content/standards/sample-framework.yaml', (data) =>
        data.items.push({ code: 'SF-2', label: 'An unused standard label', gradeBand: '9-12' }),
      ),
    );
    expect(problems).toMatchObject([
      { rule: 'standard-unaddressed', severity: 'warning', file: 'content/standards/sample-framework.yaml', field: 'items[1].code' },
    ]);
  });

  it('says nothing about an imported item without a label: no author chose it', () => {
    const problems = runRule(rule, (files) =>
      editYaml(files, 'content/standards/sample-framework.yaml', (data) => data.items.push({ code: 'SF-2', gradeBand: '9-12' })),
    );
    expect(problems).toEqual([]);
  });
});
