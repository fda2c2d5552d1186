import { describe, expect, it } from 'vitest';
import { runRule } from '../helpers.ts';
import rule, { ONE_PAGE_WORD_LIMIT } from '../../src/lib/checks/rules/one-pager-length.ts';

describe('one-pager-length', () => {
  it('passes a short one-pager', () => {
    expect(runRule(rule)).toEqual([]);
  });

  it('reports a one-pager too long to print on one page', () => {
    const onePager = 'content/credentials/sample-credential/one-pager.mdx';
    const problems = runRule(rule, (files) => {
      files[onePager] = `${String(files[onePager])}\n${'word '.repeat(ONE_PAGE_WORD_LIMIT)}\n`;
    });
    expect(problems).toMatchObject([{ rule: 'one-pager-length', file: 'content/credentials/sample-credential/one-pager.mdx', line: 1 }]);
  });
});
