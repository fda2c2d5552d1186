/**
 * `npm run check:rubrics`, `check:standards`, `check:quality`: one check suite, printed as
 * `path:line:col  rule-id  message  (hint)`, with annotations under CI and reports in reports/.
 * Exit 1 when any error is found; warnings never fail.
 */
import { resolve } from 'node:path';
import { loadCatalog } from '../src/lib/content/catalog.ts';
import { openCheckCache } from '../src/lib/content/check-cache.ts';
import { parseCli, printHelpIfAsked, runCli } from '../src/lib/tooling/cli.ts';
import { countBySeverity } from '../src/lib/problems.ts';
import { printResult, writeReports } from '../src/lib/reports/report-writer.ts';
import { renderJson } from '../src/lib/reports/reports.ts';
import { runSuite, SUITES } from '../src/lib/checks/suites.ts';

const USAGE = `node scripts/check-suite.ts <${SUITES.map((suite) => suite.id).join('|')}> [--json] [--root <dir>] [--reports <dir>]`;

await runCli(async () => {
  const { values, positionals } = parseCli(
    USAGE,
    { json: { type: 'boolean', default: false }, root: { type: 'string', default: '.' }, reports: { type: 'string', default: 'reports' } },
    true,
  );
  printHelpIfAsked(
    values,
    USAGE,
    SUITES.map((suite) => `  ${suite.id.padEnd(10)} ${suite.title}: ${suite.rules.map((rule) => rule.id).join(', ')}`).join('\n'),
  );
  const suite = SUITES.find((candidate) => candidate.id === positionals[0]);
  if (!suite || positionals.length !== 1) {
    console.error(`Name one suite to run.\n\nusage: ${USAGE}`);
    return 2;
  }
  const root = resolve(values.root);
  const cache = openCheckCache(root);
  const result = await runSuite(suite, loadCatalog(root, { cache }));
  cache.save();
  writeReports(result, resolve(values.reports));
  if (values.json) console.log(JSON.stringify(renderJson(result), null, 2));
  else printResult(result);
  return countBySeverity(result.problems).errors > 0 ? 1 : 0;
});
