/**
 * `npm run report`: every check suite over one load of the content, and with `--base` the change gate,
 * written to reports/: one Markdown and one JSON file per suite, summary.md for reviewers and
 * comment.md (the same, cut to fit a pull-request comment). Exits 1 if anything has an error.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadCatalog } from '../src/lib/content/catalog.ts';
import { readCodeOwners } from '../src/lib/review/code-owners.ts';
import { parseCli, printHelpIfAsked, runCli, PULL_REQUEST_OPTIONS } from '../src/lib/tooling/cli.ts';
import { GitError } from '../src/lib/review/git.ts';
import { comparePullRequest, type PullRequest } from '../src/lib/review/pull-request.ts';
import { printGateResult, printResult, writeReports } from '../src/lib/reports/report-writer.ts';
import { commentBody, renderReviewSummary } from '../src/lib/reports/review-summary.ts';
import { runChecks } from '../src/lib/checks/suites.ts';

const USAGE = 'npm run report -- [--base <git-ref>] [--root <dir>] [--reports <dir>]';

await runCli(async () => {
  const { values } = parseCli(USAGE, PULL_REQUEST_OPTIONS);
  printHelpIfAsked(
    values,
    USAGE,
    'Runs every content check and writes the reports reviewers read to one folder.\n  --base <git-ref>   also run the change gate against this commit (for a pull request, its target branch, e.g. origin/main) and scope the summary to what changed',
  );
  const root = resolve(values.root);
  const dir = resolve(values.reports);
  const catalog = loadCatalog(root);
  let pullRequest: PullRequest | undefined;
  if (values.base) {
    try {
      pullRequest = comparePullRequest(root, values.base, catalog);
    } catch (error) {
      if (!(error instanceof GitError)) throw error;
      console.error(`${error.message}\n\nusage: ${USAGE}`);
      return 2;
    }
  }
  const run = await runChecks(catalog);
  for (const result of run.suites) {
    printResult(result);
    writeReports(result, dir);
  }
  if (pullRequest) printGateResult(pullRequest, dir);
  const summary = renderReviewSummary(run, readCodeOwners(root), pullRequest);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'summary.md'), summary.markdown);
  writeFileSync(join(dir, 'comment.md'), commentBody(summary.markdown));
  console.log(
    `${summary.errors ? `✖ ${summary.errors} error${summary.errors === 1 ? '' : 's'}` : '✔ no errors'}. Reports written to ${dir}: summary.md, comment.md, ${run.suites.map((result) => `${result.suite.id}.{md,json}`).join(', ')}${pullRequest ? ', changes.{md,json}' : ''}.`,
  );
  return summary.errors > 0 ? 1 : 0;
});
