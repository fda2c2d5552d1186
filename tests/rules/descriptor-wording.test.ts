import { describe, expect, it } from 'vitest';
import { editYaml, runRule } from '../helpers.ts';
import rule from '../../src/lib/checks/rules/descriptor-wording.ts';

const RUBRIC = 'content/credentials/sample-credential/rubric.yaml';
const withDescriptor = (level: 'demonstrated' | 'progressing' | 'notMet', text: string) =>
  runRule(rule, (files) =>
    editYaml(files, RUBRIC, (data) => {
      data.criteria[0].descriptors[level] = text;
    }),
  );

describe('descriptor-wording', () => {
  it('passes the minimal valid rubric', () => {
    expect(runRule(rule, () => {})).toEqual([]);
  });

  it.each(['most', 'some', 'little', 'good', 'effectively', 'appropriate'])('reports "%s" at the descriptor that uses it', (word) => {
    const [problem] = withDescriptor('progressing', `The plan names ${word} of the steps students take, with a reason for each.`);
    expect(problem).toMatchObject({
      rule: 'descriptor-wording',
      severity: 'error',
      file: RUBRIC,
      field: 'criteria[0].descriptors.progressing',
    });
    expect(problem!.message).toContain(`"${word}"`);
    expect(problem!.hint).not.toBe('');
  });

  it('accepts a judgment word a number quantifies', () => {
    expect(withDescriptor('progressing', 'The plan names most (at least 4 of the 6) steps, each with a reason.')).toEqual([]);
  });

  it('does not read a listed word inside a longer one', () => {
    expect(withDescriptor('demonstrated', 'The plan names every step; sometimes students choose goodness-of-fit tests.')).toEqual([]);
  });

  it.each(['Neither a plan nor a video of the lesson is submitted.', 'There are no roles and no team contract in the plan.'])(
    'warns when Not Met needs several absences at once: %s',
    (text) => {
      expect(withDescriptor('notMet', text)).toMatchObject([
        { severity: 'warning', field: 'criteria[0].descriptors.notMet', hint: expect.stringContaining('Any required element is missing') },
      ]);
    },
  );

  it('accepts Not Met written as any one absence', () => {
    expect(withDescriptor('notMet', 'Any required element is missing, or the plan has no roles.')).toEqual([]);
  });
});
