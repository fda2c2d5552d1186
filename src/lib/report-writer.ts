/**
 * Prints suite results the same way for every command: problem lines, GitHub annotations under CI,
 * the suite summary, and the Markdown and JSON reports on disk (and in the CI job summary).
 */
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { styleText } from 'node:util';
import { countBySeverity, plural } from './problems.ts';
import { formatAnnotation, formatSuiteProblem, renderJson, renderMarkdown, summaryLines } from './reports.ts';
import type { SuiteResult } from './suites.ts';

const paint = (format: Parameters<typeof styleText>[0], text: string) => styleText(format, text, { stream: process.stdout });

export function printResult(result: SuiteResult): void {
  const { errors, warnings } = countBySeverity(result.problems);
  console.log(paint('bold', `${result.suite.title} (${result.suite.command})`));
  for (const problem of result.problems) console.log(problem.severity === 'error' ? formatSuiteProblem(problem) : paint('yellow', formatSuiteProblem(problem)));
  if (process.env.CI) for (const problem of result.problems) console.log(formatAnnotation(problem));
  for (const line of summaryLines(result)) console.log(line);
  const verdict = errors > 0 ? paint('red', `✖ ${plural(errors, 'error')}`) : paint('green', '✔ passed');
  console.log(`${verdict}${warnings ? paint('yellow', `, ${plural(warnings, 'warning')}`) : ''} in ${result.suite.rules.length} rules over ${plural(result.catalog.credentials.length, 'credential')}.\n`);
}

/** Writes `<dir>/<suite>.md` and `<dir>/<suite>.json`; returns the Markdown. */
export function writeReports(result: SuiteResult, dir: string): string {
  mkdirSync(dir, { recursive: true });
  const markdown = renderMarkdown(result);
  writeFileSync(join(dir, `${result.suite.id}.md`), markdown);
  writeFileSync(join(dir, `${result.suite.id}.json`), `${JSON.stringify(renderJson(result), null, 2)}\n`);
  return markdown;
}

/** GitHub shows this file on the run's summary page. */
export function appendToJobSummary(markdown: string): void {
  if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, `${markdown}\n`);
}
