import { describe, expect, it } from 'vitest';
import { editYaml, runRule } from '../helpers.ts';
import rule from '../../src/lib/checks/rules/completion-checks-tickable.ts';

const CREDENTIAL = 'content/credentials/sample-credential/credential.yaml';
const withCheck = (check: string) =>
  runRule(rule, (files) =>
    editYaml(files, CREDENTIAL, (data) => {
      data.requirements[0].artifacts[0].completionChecks = [check];
    }),
  );

describe('completion-checks-tickable', () => {
  it('passes the minimal valid credential', () => {
    expect(runRule(rule, () => {})).toEqual([]);
  });

  it.each([
    'The note is brief enough to read in a minute.',
    'The plan gives students good questions.',
    'The analysis has sufficient detail.',
  ])('reports a verdict a teacher cannot tick: %s', (check) => {
    const [problem] = withCheck(check);
    expect(problem).toMatchObject({
      rule: 'completion-checks-tickable',
      severity: 'error',
      file: CREDENTIAL,
      field: 'requirements[0].artifacts[0].completionChecks[0]',
    });
    expect(problem!.message).toContain(check);
  });

  it('accepts a fact, including the noun "brief"', () => {
    expect(withCheck('The design brief names the client and the deadline.')).toEqual([]);
    expect(withCheck('The video is ten minutes or shorter.')).toEqual([]);
  });
});
