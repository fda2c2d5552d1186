/**
 * The pull-request workflow cannot run here, so it is kept correct by construction: this test
 * parses it and holds it to the project's rules for CI.
 */
import { expectRunsInOrder, readWorkflow, type Job } from './workflow-file.ts';
import { describe, expect, it } from 'vitest';
import { SUMMARY_MARKER } from '../src/lib/reports/review-summary.ts';

const { text, workflow, steps, runs } = readWorkflow<{ on: Record<string, unknown>; permissions: unknown; jobs: Record<string, Job> }>(
  'pull-request.yml',
);
const jobs = Object.entries(workflow.jobs);
const checks = workflow.jobs.checks!;
const comment = workflow.jobs.comment!;
const checkSteps = checks.steps.filter((step) => step.id);

describe('.github/workflows/pull-request.yml', () => {
  it('runs on pull requests and pushes to main', () => {
    expect(Object.keys(workflow.on)).toEqual(['pull_request', 'push']);
  });

  it('grants no default permissions: the checks read contents, and only the comment job may write, to pull requests alone', () => {
    expect(workflow.permissions).toEqual({});
    expect(checks.permissions).toEqual({ contents: 'read' });
    expect(comment.permissions).toEqual({ 'pull-requests': 'write' });
  });

  it('gives every job a timeout', () => {
    for (const [name, job] of jobs) expect(job['timeout-minutes'], name).toBeGreaterThan(0);
  });

  it('pins every action to a full commit SHA with its tag in a comment', () => {
    const uses = steps.filter((step) => step.uses).map((step) => step.uses!);
    expect(uses.length).toBeGreaterThan(2);
    for (const action of uses) expect(action).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
    for (const line of text.split('\n').filter((candidate) => candidate.includes('uses:'))) expect(line).toMatch(/ # v\d+\.\d+\.\d+$/);
  });

  it('does not leave the checkout token in the workspace, and fetches the history the change gate compares with', () => {
    expect(steps.find((step) => step.uses?.startsWith('actions/checkout@'))?.with).toMatchObject({
      'persist-credentials': false,
      'fetch-depth': 0,
    });
  });

  it('runs the checks and the change gate in one step, against the base branch passed through the environment', () => {
    const step = checkSteps.find((candidate) => candidate.id === 'content-checks')!;
    expect(step.env).toEqual({ BASE_REF: '${{ github.base_ref }}' });
    expect(step.run).toContain('npm run report -- --base "origin/$BASE_REF"');
  });

  it('installs, audits, checks, tests and builds the public site last, running no step twice', () => {
    const order = [
      'npm install',
      'npm audit --omit=dev --audit-level=high',
      'npm run report',
      'npm run format:content -- --check',
      'npm test -- --skip-checks',
      'npm run build',
      'npm run ci:summary',
    ];
    expectRunsInOrder(runs, order);
    // npm run report already runs every suite, and npm test's own checks are skipped.
    expect(runs).not.toMatch(/npm run check\b/);
  });

  it('runs every check even after one fails, then fails the job at the end if any failed', () => {
    expect(checkSteps.length).toBeGreaterThanOrEqual(5);
    for (const step of checkSteps) expect(step['continue-on-error'], step.id).toBe(true);
    const verdict = checks.steps.at(-1)!;
    expect(verdict.run).toBe('npm run ci:summary');
    expect(verdict.if).toBe('${{ !cancelled() }}');
    expect(verdict.env).toEqual({ STEP_OUTCOMES: '${{ toJSON(steps) }}' });
  });

  it('posts or updates one comment on same-repository pull requests, found by the summary marker', () => {
    expect(comment.needs).toBe('checks');
    expect(comment.if).toContain("github.event_name == 'pull_request'");
    expect(comment.if).toContain('github.event.pull_request.head.repo.full_name == github.repository');
    expect(comment.if).toContain('!cancelled()');
    expect(comment.steps[0]!.uses).toMatch(/^actions\/download-artifact@/);
    expect(comment.steps[0]!.with).toEqual({ name: 'check-reports', path: 'reports' });
    const post = comment.steps[1]!;
    expect(post.run).toContain(`startswith("${SUMMARY_MARKER}")`);
    expect(post.run).toContain('--method PATCH');
    expect(post.run).toContain('body=@reports/comment.md');
  });

  it('uploads the built site and the reports even when a step fails', () => {
    const uploads = steps.filter((step) => step.uses?.startsWith('actions/upload-artifact@'));
    expect(uploads.map((step) => step.with?.path)).toEqual(['dist/', 'reports/']);
    expect(uploads.every((step) => checks.steps.includes(step))).toBe(true);
    for (const step of uploads) expect(step.if).toBe('${{ !cancelled() }}');
  });

  it('interpolates no event data into shell commands', () => {
    expect(runs).not.toMatch(/\$\{\{\s*github\.event/);
  });
});
