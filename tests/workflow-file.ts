/** A GitHub Actions workflow of this repository as its tests read it: jobs, their steps, every run script. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { expect } from 'vitest';

export interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
  if?: string;
  'continue-on-error'?: boolean;
}

export interface Job {
  'timeout-minutes'?: number;
  permissions?: Record<string, string>;
  needs?: string;
  if?: string;
  env?: Record<string, string>;
  environment?: { name: string; url: string };
  steps: Step[];
}

/** `.github/workflows/<file>` parsed, with every step of every job and all their shell scripts joined. */
export function readWorkflow<W extends { jobs: Record<string, Job> }>(file: string) {
  const text = readFileSync(join(import.meta.dirname, '..', '.github', 'workflows', file), 'utf8');
  const workflow = parse(text) as W;
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
  return { text, workflow, steps, runs: steps.map((step) => step.run ?? '').join('\n') };
}

/** Every command is in the run scripts, in this order. */
export function expectRunsInOrder(runs: string, order: string[]): void {
  const positions = order.map((command) => runs.indexOf(command));
  expect(
    positions.every((position) => position >= 0),
    JSON.stringify(positions),
  ).toBe(true);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
}
