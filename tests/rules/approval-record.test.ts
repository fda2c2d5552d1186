import { describe, expect, it } from 'vitest';
import { editYaml, runRule } from '../helpers.ts';
import rule from '../../src/lib/checks/rules/approval-record.ts';

const APPROVAL = { reviewer: 'A Reviewer', role: 'LDOE STEM reviewer', date: '2026-01-20', reference: 'Pull request 12', version: '1.0.0' };

describe('approval-record', () => {
  it('passes a draft without approvals and a published credential approved at its version', () => {
    expect(runRule(rule)).toEqual([]);
    expect(
      runRule(rule, (files) =>
        editYaml(files, 'content/credentials/sample-credential/credential.yaml', (data) => {
          data.status = 'published';
          data.approvals = [APPROVAL];
        }),
      ),
    ).toEqual([]);
  });

  it('reports a published credential whose approval covers an older version, at its status', () => {
    const problems = runRule(rule, (files) =>
      editYaml(files, 'content/credentials/sample-credential/credential.yaml', (data) => {
        data.status = 'published';
        data.version = '1.1.0';
        data.approvals = [APPROVAL];
      }),
    );
    expect(problems).toMatchObject([
      {
        rule: 'approval-record',
        file: 'content/credentials/sample-credential/credential.yaml',
        field: 'status',
        message: expect.stringContaining('1.1.0'),
      },
    ]);
  });
});
