/**
 * `npm run ci:summary`: the workflow's last step. Writes the step outcomes and reports/summary.md to
 * the job summary (or prints them outside GitHub Actions) and exits 1 if any step failed.
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseCli, printHelpIfAsked, runCli } from '../src/lib/tooling/cli.ts';
import { failedSteps, parseStepOutcomes, renderJobSummary, type StepOutcome } from '../src/lib/reports/job-summary.ts';

const USAGE = 'STEP_OUTCOMES=<json> npm run ci:summary -- [--reports <dir>]';

await runCli(() => {
  const { values } = parseCli(USAGE, { reports: { type: 'string', default: 'reports' } });
  printHelpIfAsked(values, USAGE, "Summarizes a CI run: STEP_OUTCOMES is the workflow's steps context (`${{ toJSON(steps) }}`).");
  if (!process.env.STEP_OUTCOMES) {
    console.error(`Set STEP_OUTCOMES to the workflow's steps context.\n\nusage: ${USAGE}`);
    return 2;
  }
  let outcomes: StepOutcome[];
  try {
    outcomes = parseStepOutcomes(process.env.STEP_OUTCOMES);
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  const summaryFile = join(resolve(values.reports), 'summary.md');
  const markdown = renderJobSummary(outcomes, existsSync(summaryFile) ? readFileSync(summaryFile, 'utf8') : undefined);
  if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, `${markdown}\n`);
  else console.log(markdown);
  const failed = failedSteps(outcomes);
  console.log(failed.length ? `✖ failed: ${failed.map((step) => step.id).join(', ')}` : '✔ every step passed');
  return failed.length ? 1 : 0;
});
