import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { failedSteps, parseStepOutcomes, renderJobSummary } from '../src/lib/reports/job-summary.ts';

const steps = JSON.stringify({
  audit: { outcome: 'success', conclusion: 'success', outputs: {} },
  'content-checks': { outcome: 'failure', conclusion: 'success', outputs: {} },
  tests: { outcome: 'success', conclusion: 'success', outputs: {} },
});

describe('parseStepOutcomes()', () => {
  it('reads the outcome, which keeps a failure that continue-on-error hides from the conclusion', () => {
    expect(parseStepOutcomes(steps)).toEqual([
      { id: 'audit', outcome: 'success' },
      { id: 'content-checks', outcome: 'failure' },
      { id: 'tests', outcome: 'success' },
    ]);
  });

  it('says what to pass when the text is not the steps context', () => {
    expect(() => parseStepOutcomes('not json')).toThrow('pass `${{ toJSON(steps) }}`');
    expect(() => parseStepOutcomes('null')).toThrow('not an object of steps');
  });
});

describe('renderJobSummary()', () => {
  it('names the failed steps above the table and puts the review summary under it', () => {
    const outcomes = parseStepOutcomes(steps);
    expect(failedSteps(outcomes).map((step) => step.id)).toEqual(['content-checks']);
    const markdown = renderJobSummary(outcomes, '# Content review: ❌ 1 error to fix\n');
    expect(markdown).toMatch(/^## CI: ❌ 1 step failed \(content-checks\)/);
    expect(markdown).toContain('| content-checks | ❌ failure |');
    expect(markdown.indexOf('| tests |')).toBeLessThan(markdown.indexOf('# Content review'));
  });

  it('says why there is no review summary when the checks did not finish', () => {
    expect(renderJobSummary([{ id: 'audit', outcome: 'success' }], undefined)).toContain('No review summary was written');
  });
});

describe('scripts/ci-summary.ts', () => {
  const script = join(import.meta.dirname, '..', 'scripts', 'ci-summary.ts');
  const run = (env: Record<string, string | undefined>, reports = mkdtempSync(join(tmpdir(), 'mc-ci-'))) =>
    spawnSync(process.execPath, [script, '--reports', reports], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', GITHUB_STEP_SUMMARY: undefined, ...env },
    });

  it('appends the step table and the review summary to the job summary, and fails when a step failed', () => {
    const reports = mkdtempSync(join(tmpdir(), 'mc-ci-'));
    writeFileSync(join(reports, 'summary.md'), '# Content review: ❌ 1 error to fix\n');
    const jobSummary = join(reports, 'job-summary.md');
    writeFileSync(jobSummary, '');
    const result = run({ STEP_OUTCOMES: steps, GITHUB_STEP_SUMMARY: jobSummary }, reports);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('✖ failed: content-checks');
    expect(readFileSync(jobSummary, 'utf8')).toContain('# Content review: ❌ 1 error to fix');
  });

  it('passes when every step passed', () => {
    expect(run({ STEP_OUTCOMES: JSON.stringify({ audit: { outcome: 'success' } }) }).status).toBe(0);
  });

  it('explains a missing or malformed STEP_OUTCOMES with exit 2 and no stack trace', () => {
    for (const value of [undefined, '{oops']) {
      const result = run({ STEP_OUTCOMES: value });
      expect(result.status).toBe(2);
      expect(result.stderr).toContain('STEP_OUTCOMES');
      expect(result.stderr).not.toMatch(/^\s+at /m);
    }
  });
});
