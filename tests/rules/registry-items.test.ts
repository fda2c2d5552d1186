import { describe, expect, it } from 'vitest';
import { editYaml, runRule } from '../helpers.ts';
import rule from '../../src/lib/checks/rules/registry-items.ts';

const FILE = 'content/standards/sample-framework.yaml';

describe('registry-items', () => {
  it('passes well-formed items', () => {
    expect(runRule(rule)).toEqual([]);
  });

  it('reports a label that is only the code, and a student standard without a grade band', () => {
    const problems = runRule(rule, (files) =>
      editYaml(files, FILE, (data) => {
        data.items[0].label = 'SF-1 standard text';
        delete data.items[0].gradeBand;
      }),
    );
    expect(problems.map((problem) => [problem.rule, problem.file, problem.field])).toEqual([
      ['registry-items', FILE, 'items[0].label'],
      ['registry-items', FILE, 'items[0].gradeBand'],
    ]);
  });

  it('reports two items sharing one official address', () => {
    const problems = runRule(rule, (files) => editYaml(files, FILE, (data) => data.items.push({ ...data.items[0], code: 'SF-2' })));
    expect(problems).toMatchObject([{ field: 'items[1].uri' }]);
  });

  it('reports a parent the framework does not list, and accepts one it does', () => {
    const problems = runRule(rule, (files) =>
      editYaml(files, FILE, (data) => {
        data.items.push({ code: 'SF-2', gradeBand: '9-12', parent: 'SF-1' });
        data.items.push({ code: 'SF-3', gradeBand: '9-12', parent: 'SF' });
      }),
    );
    expect(problems).toMatchObject([{ rule: 'registry-items', field: 'items[2].parent' }]);
  });
});
