/**
 * The pull-request workflow cannot run here, so it is kept correct by construction: this test
 * parses it and holds it to the project's rules for CI.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

interface Step { name?: string; uses?: string; run?: string; with?: Record<string, unknown>; if?: string }
interface Job { 'timeout-minutes'?: number; permissions?: Record<string, string>; steps: Step[] }

const text = readFileSync(join(import.meta.dirname, '..', '.github', 'workflows', 'pull-request.yml'), 'utf8');
const workflow = parse(text) as { on: Record<string, unknown>; permissions: unknown; jobs: Record<string, Job> };
const jobs = Object.entries(workflow.jobs);
const steps = jobs.flatMap(([, job]) => job.steps);
const runs = steps.map((step) => step.run ?? '').join('\n');

describe('.github/workflows/pull-request.yml', () => {
  it('runs on pull requests and pushes to main', () => {
    expect(Object.keys(workflow.on)).toEqual(['pull_request', 'push']);
  });

  it('grants no default permissions, and each job only read access to contents', () => {
    expect(workflow.permissions).toEqual({});
    for (const [name, job] of jobs) expect(job.permissions, name).toEqual({ contents: 'read' });
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
    expect(steps.find((step) => step.uses?.startsWith('actions/checkout@'))?.with).toMatchObject({ 'persist-credentials': false, 'fetch-depth': 0 });
  });

  it('runs the change gate on pull requests against their base branch, passed through the environment', () => {
    const gate = steps.find((step) => step.run?.includes('npm run check:changes'))!;
    expect(gate.if).toBe("${{ github.event_name == 'pull_request' }}");
    expect(gate.run).toBe('npm run check:changes -- --base "origin/$BASE_REF"');
  });

  it('installs, audits, checks, reports, builds and tests, in that order', () => {
    const order = ['npm install', 'npm audit --omit=dev --audit-level=high', 'npm run check', 'npm run format:content -- --check', 'npm run check:changes', 'npm run report', 'npm run build', 'npm test'];
    const positions = order.map((command) => runs.indexOf(command));
    expect(positions.every((position) => position >= 0), JSON.stringify(positions)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('uploads the built site and the reports even when a step fails', () => {
    const uploads = steps.filter((step) => step.uses?.startsWith('actions/upload-artifact@'));
    expect(uploads.map((step) => step.with?.path)).toEqual(['dist/', 'reports/']);
    for (const step of uploads) expect(step.if).toBe('${{ !cancelled() }}');
  });

  it('interpolates no event data into shell commands', () => {
    expect(runs).not.toMatch(/\$\{\{\s*github\.event/);
  });
});
