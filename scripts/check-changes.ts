/**
 * `npm run check:changes -- --base <git-ref>`: the change gate for pull requests. Compares content/
 * at the base with the working tree, prints each problem as `path:line:col  rule-id  message`,
 * writes the gate's review summary to reports/changes.md, exits 1 on problems.
 */
import { resolve } from 'node:path';
import { parseCli, printHelpIfAsked, runCli, PULL_REQUEST_OPTIONS } from '../src/lib/tooling/cli.ts';
import { GitError } from '../src/lib/review/git.ts';
import { comparePullRequest } from '../src/lib/review/pull-request.ts';
import { printGateResult } from '../src/lib/reports/report-writer.ts';

const USAGE = 'npm run check:changes -- --base <git-ref> [--root <dir>] [--reports <dir>]';

await runCli(() => {
  const { values } = parseCli(USAGE, PULL_REQUEST_OPTIONS);
  printHelpIfAsked(
    values,
    USAGE,
    'Compares the credentials in the working tree with those at --base (for a pull request, its target branch, e.g. origin/main) and enforces versioning for approved and published credentials.',
  );
  if (!values.base) {
    console.error(`Name the commit to compare with, e.g. --base origin/main.\n\nusage: ${USAGE}`);
    return 2;
  }
  try {
    const pullRequest = comparePullRequest(resolve(values.root), values.base);
    return printGateResult(pullRequest, resolve(values.reports)) ? 1 : 0;
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    console.error(`${error.message}\n\nusage: ${USAGE}`);
    return 2;
  }
});
