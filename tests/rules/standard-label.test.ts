import { describe, expect, it } from 'vitest';
import { editYaml, runRule } from '../helpers.ts';
import rule from '../../src/lib/checks/rules/standard-label.ts';

const FILE = 'content/standards/sample-framework.yaml';

describe('standard-label', () => {
  it('is silent when every cited item has a label', () => {
    expect(runRule(rule)).toEqual([]);
  });

  it('reports a cited item without a label, naming the credential that cites it', () => {
    const problems = runRule(rule, (files) => editYaml(files, FILE, (data) => delete data.items[0].label));
    expect(problems).toMatchObject([{ rule: 'standard-label', severity: 'error', file: FILE, field: 'items[0].code' }]);
    expect(problems[0]!.message).toContain('sample-credential');
  });

  it('accepts an imported item without a label that no credential cites', () => {
    const problems = runRule(rule, (files) =>
      editYaml(files, FILE, (data) => data.items.push({ code: 'SF-2', gradeBand: '9-12', uri: 'https://example.org/standards/SF-2' })),
    );
    expect(problems).toEqual([]);
  });
});
