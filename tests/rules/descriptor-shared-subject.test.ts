import { describe, expect, it } from 'vitest';
import { editYaml, runRule } from '../helpers.ts';
import rule from '../../src/lib/checks/rules/descriptor-shared-subject.ts';

const RUBRIC = 'content/credentials/sample-credential/rubric.yaml';
const withDescriptors = (descriptors: { demonstrated: string; progressing: string; notMet: string }) =>
  runRule(rule, (files) =>
    editYaml(files, RUBRIC, (data) => {
      data.criteria[0].descriptors = descriptors;
    }),
  );

describe('descriptor-shared-subject', () => {
  it('passes the minimal valid rubric', () => {
    expect(runRule(rule)).toEqual([]);
  });

  it('accepts three levels that judge the same nouns, singular or plural', () => {
    expect(
      withDescriptors({
        demonstrated: 'The roster gives a reason for each team, and roles are assigned.',
        progressing: 'The rosters give reasons for the teams, but no roles are assigned.',
        notMet: 'Any required element is missing, or the teams are chosen at random.',
      }),
    ).toEqual([]);
  });

  it('warns at the Progressing descriptor when it judges something Demonstrated does not mention', () => {
    const problems = withDescriptors({
      demonstrated: 'The video shows teams revising their drafts after a critique.',
      progressing: 'The lesson plan lists objectives for the unit.',
      notMet: 'Any required element is missing, or the video shows no critique.',
    });
    expect(problems).toMatchObject([
      { rule: 'descriptor-shared-subject', severity: 'warning', field: 'criteria[0].descriptors.progressing' },
    ]);
    expect(problems[0]!.message).toContain('"video"');
  });

  it('judges Not Met by what follows its shared opening, and accepts the opening alone', () => {
    const offTarget = withDescriptors({
      demonstrated: 'The video shows teams revising their drafts after a critique.',
      progressing: 'The video shows teams revising, but no critique precedes it.',
      notMet: 'Any required element is missing, or the rubric lists objectives.',
    });
    expect(offTarget).toMatchObject([{ field: 'criteria[0].descriptors.notMet' }]);
    expect(
      withDescriptors({
        demonstrated: 'The video shows teams revising their drafts after a critique.',
        progressing: 'The video shows teams revising, but no critique precedes it.',
        notMet: 'Any required element of the video is missing.',
      }),
    ).toEqual([]);
  });
});
