/**
 * `npm run check:changes -- --base <git-ref>`: the change gate for pull requests. Compares content/
 * at the base with the working tree, prints each problem as `path:line:col  rule-id  message`,
 * writes the review summary to reports/changes.md (and the CI job summary), exits 1 on problems.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadCatalog } from '../src/lib/catalog.ts';
import { gateChanges, renderChangeSummary } from '../src/lib/change-gate.ts';
import { paint, parseCli, printHelpIfAsked, runCli } from '../src/lib/cli.ts';
import { checkoutContent, GitError, renamedCredentialFolders, resolveCommit } from '../src/lib/git.ts';
import { appendToJobSummary } from '../src/lib/report-writer.ts';
import { formatAnnotation, formatSuiteProblem } from '../src/lib/reports.ts';

const USAGE = 'npm run check:changes -- --base <git-ref> [--root <dir>] [--reports <dir>]';

await runCli(() => {
  const { values } = parseCli(USAGE, { base: { type: 'string' }, root: { type: 'string', default: '.' }, reports: { type: 'string', default: 'reports' } });
  printHelpIfAsked(values, USAGE, 'Compares the credentials in the working tree with those at --base (for a pull request, its target branch, e.g. origin/main) and enforces versioning for approved and published credentials.');
  if (!values.base) {
    console.error(`Name the commit to compare with, e.g. --base origin/main.\n\nusage: ${USAGE}`);
    return 2;
  }
  const root = resolve(values.root);
  let commit: string;
  let baseRoot: string;
  let renames: Map<string, string>;
  try {
    commit = resolveCommit(root, values.base);
    baseRoot = checkoutContent(root, commit);
    renames = renamedCredentialFolders(root, commit);
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    console.error(`${error.message}\n\nusage: ${USAGE}`);
    return 2;
  }
  const result = gateChanges(loadCatalog(baseRoot), loadCatalog(root), { renames });
  const summary = renderChangeSummary(result, `${values.base} (${commit.slice(0, 12)})`);
  const dir = resolve(values.reports);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'changes.md'), summary);
  writeFileSync(join(dir, 'changes.json'), `${JSON.stringify({ base: values.base, commit, ...result }, null, 2)}\n`);
  appendToJobSummary(summary);

  for (const problem of result.problems) console.log(formatSuiteProblem(problem));
  if (process.env.CI) for (const problem of result.problems) console.log(formatAnnotation(problem));
  for (const change of result.changes) console.log(`${change.code.padEnd(9)} ${change.kind.padEnd(8)} ${change.baseVersion ?? ''}${change.headVersion && change.headVersion !== change.baseVersion ? ` → ${change.headVersion}` : ''}  ${change.notes.length} note${change.notes.length === 1 ? '' : 's'}`);
  const verdict = result.problems.length ? paint('red', `✖ ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}`) : paint('green', '✔ versioning rules met');
  console.log(`${verdict}; ${result.changes.length} credential${result.changes.length === 1 ? '' : 's'} changed since ${values.base}. Review summary: ${join(dir, 'changes.md')}`);
  return result.problems.length ? 1 : 0;
});
