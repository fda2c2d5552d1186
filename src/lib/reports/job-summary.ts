/**
 * The end of a CI run: which steps passed, the review summary under them, and the verdict. The
 * workflow runs every step even after one fails, so this is where a failure finally fails the job.
 */
import { plural } from '../problems.ts';

export interface StepOutcome {
  /** The step's `id` in the workflow. */
  id: string;
  /** What GitHub reports before `continue-on-error` applies: success, failure, cancelled or skipped. */
  outcome: string;
}

const ICONS: Record<string, string> = { success: '✅', failure: '❌', cancelled: '⏹️', skipped: '⏭️' };

/** The outcomes from the workflow's `steps` context, passed as `toJSON(steps)`. */
export function parseStepOutcomes(json: string): StepOutcome[] {
  let steps: unknown;
  try {
    steps = JSON.parse(json);
  } catch {
    throw new Error('STEP_OUTCOMES is not JSON: pass `${{ toJSON(steps) }}` from the workflow.');
  }
  if (!steps || typeof steps !== 'object') throw new Error('STEP_OUTCOMES is not an object of steps: pass `${{ toJSON(steps) }}` from the workflow.');
  return Object.entries(steps as Record<string, { outcome?: unknown }>).map(([id, step]) => ({ id, outcome: typeof step?.outcome === 'string' ? step.outcome : 'unknown' }));
}

export const failedSteps = (outcomes: StepOutcome[]) => outcomes.filter((step) => step.outcome === 'failure' || step.outcome === 'cancelled');

/** Markdown for the run's summary page: the step table, then the review summary if there is one. */
export function renderJobSummary(outcomes: StepOutcome[], reviewSummary: string | undefined): string {
  const failed = failedSteps(outcomes);
  const lines = [
    `## CI: ${failed.length ? `❌ ${plural(failed.length, 'step')} failed (${failed.map((step) => step.id).join(', ')})` : '✅ every step passed'}`,
    '',
    '| Step | Result |',
    '| --- | --- |',
    ...outcomes.map((step) => `| ${step.id} | ${ICONS[step.outcome] ?? '❔'} ${step.outcome} |`),
    '',
  ];
  lines.push(reviewSummary ?? 'No review summary was written: the content checks did not run to the end. Their step log says why.', '');
  return lines.join('\n');
}
