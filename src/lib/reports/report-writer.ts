/**
 * Prints check and gate results the same way for every command: problem lines, GitHub annotations
 * under CI, the summary lines, and the Markdown and JSON reports on disk.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { paint } from '../tooling/cli.ts';
import { countBySeverity, formatAnnotation, plural } from '../problems.ts';
import { baseLabel, type PullRequest } from '../review/pull-request.ts';
import { formatSuiteProblem, renderJson, renderMarkdown, summaryLines } from './reports.ts';
import { renderChangeSummary } from './review-summary.ts';
import type { SuiteResult } from '../checks/suites.ts';

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

/** Prints the change gate's problems and changes, writes `<dir>/changes.{md,json}`; returns the problem count. */
export function printGateResult(pullRequest: PullRequest, dir: string): number {
  const { gate, baseRef, commit } = pullRequest;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'changes.md'), renderChangeSummary(gate, baseLabel(pullRequest)));
  writeFileSync(join(dir, 'changes.json'), `${JSON.stringify({ base: baseRef, commit, ...gate }, null, 2)}\n`);
  console.log(paint('bold', `Changes to credentials (compared with ${baseLabel(pullRequest)})`));
  for (const problem of gate.problems) console.log(formatSuiteProblem(problem));
  if (process.env.CI) for (const problem of gate.problems) console.log(formatAnnotation(problem));
  for (const change of gate.changes) {
    const version = `${change.baseVersion ?? ''}${change.headVersion && change.headVersion !== change.baseVersion ? ` → ${change.headVersion}` : ''}`;
    console.log(`${change.code.padEnd(9)} ${change.kind.padEnd(8)} ${version}  ${plural(change.notes.length, 'note')}`);
  }
  const verdict = gate.problems.length ? paint('red', `✖ ${plural(gate.problems.length, 'problem')}`) : paint('green', '✔ versioning rules met');
  console.log(`${verdict}; ${plural(gate.changes.length, 'credential')} changed since ${baseRef}. Review summary: ${join(dir, 'changes.md')}\n`);
  return gate.problems.length;
}
