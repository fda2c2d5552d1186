import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { runRule } from '../helpers.ts';
import { validEarning, validProgram } from '../factories.ts';
import rule from '../../src/lib/checks/rules/earning-contact.ts';

const problemsWith = (earning: Record<string, unknown>) =>
  runRule(rule, (files) => {
    files['content/program.yaml'] = stringify(validProgram({ earning }));
  });

describe('earning-contact', () => {
  it('is quiet when the program gives an enrollment address and a contact', () => {
    expect(problemsWith(validEarning())).toEqual([]);
  });

  it('warns, at the earning block of program.yaml, when the enrollment address and the contact are missing', () => {
    const { enrollmentUrl: _url, contact: _contact, ...earning } = validEarning();
    const problems = problemsWith(earning);
    expect(problems.map((problem) => [problem.field, problem.severity])).toEqual([
      ['earning.enrollmentUrl', 'warning'],
      ['earning.contact', 'warning'],
    ]);
    for (const problem of problems) {
      expect(problem.file).toBe('content/program.yaml');
      expect(problem.line).toBeGreaterThan(1);
      expect(problem.hint).toMatch(/LDOE will publish/);
    }
  });

  it('warns only about what is missing', () => {
    const { contact: _contact, ...earning } = validEarning();
    expect(problemsWith(earning).map((problem) => problem.field)).toEqual(['earning.contact']);
  });
});
