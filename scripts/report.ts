/**
 * `npm run report`: every check suite over one load of the content, with all reports written to
 * reports/ (one Markdown and one JSON file per suite, plus summary.md for a pull-request comment).
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseCli, printHelpIfAsked, runCli } from '../src/lib/cli.ts';
import { countBySeverity } from '../src/lib/problems.ts';
import { appendToJobSummary, printResult, writeReports } from '../src/lib/report-writer.ts';
import { loadCatalog } from '../src/lib/catalog.ts';
import { runChecks } from '../src/lib/suites.ts';

const USAGE = 'npm run report -- [--root <dir>] [--reports <dir>]';

await runCli(() => {
  const { values } = parseCli(USAGE, { root: { type: 'string', default: '.' }, reports: { type: 'string', default: 'reports' } });
  printHelpIfAsked(values, USAGE, 'Runs the integrity, rubric, standards and quality checks and writes their reports to one folder.');
  const dir = resolve(values.reports);
  const run = runChecks(loadCatalog(resolve(values.root)));
  const results = run.suites;
  const sections = results.map((result) => {
    printResult(result);
    return writeReports(result, dir);
  });
  // Each problem once, however many suites share the rule that found it.
  const { errors } = countBySeverity(run.problems);
  const summary = [`# Content checks: ${errors > 0 ? `❌ ${errors} error${errors === 1 ? '' : 's'}` : '✅ all passed'}`, '', ...sections].join('\n');
  writeFileSync(join(dir, 'summary.md'), summary);
  appendToJobSummary(summary);
  console.log(`Reports written to ${dir}: summary.md and ${results.map((result) => `${result.suite.id}.{md,json}`).join(', ')}.`);
  return errors > 0 ? 1 : 0;
});
