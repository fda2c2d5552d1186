/**
 * `npm run check`: the one command an author runs. Every rule an author can fix (integrity, rubric
 * coverage, standards mapping, quality) over one load of the content; every problem printed once,
 * then one summary line per suite. Exit 1 when any error is found.
 */
import { resolve } from 'node:path';
import { loadCatalog } from '../src/lib/content/catalog.ts';
import { CACHE_DIR, NO_CACHE, openCheckCache } from '../src/lib/content/check-cache.ts';
import { paint, parseCli, printHelpIfAsked, runCli } from '../src/lib/tooling/cli.ts';
import { countBySeverity, formatAnnotation, formatProblem, plural } from '../src/lib/problems.ts';
import { runChecks, SUITES } from '../src/lib/checks/suites.ts';

const USAGE = 'npm run check -- [--json] [--quiet] [--no-cache] [--root <dir>]';

await runCli(async () => {
  const { values } = parseCli(USAGE, {
    json: { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
    root: { type: 'string', default: '.' },
    'no-cache': { type: 'boolean', default: false },
  });
  printHelpIfAsked(
    values,
    USAGE,
    [
      'Checks every file in content/ against its schema and runs every content rule: integrity, rubric',
      'coverage, standards mapping and quality. Lists every problem once as',
      '  path:line:col  field  message  (hint)',
      `then one line per suite (${SUITES.map((suite) => suite.command).join(', ')} run one suite each).`,
      '',
      '  --json    print the problems as JSON for other tools',
      '  --quiet   print nothing when the content is valid',
      '  --root    check the project at another folder (default: the current folder)',
      `  --no-cache  check every file from scratch; by default results for unchanged files are kept in ${CACHE_DIR}/`,
      'When the CI environment variable is set, GitHub annotations are printed as well.',
    ].join('\n'),
  );

  const started = performance.now();
  const root = resolve(values.root);
  const cache = values['no-cache'] ? NO_CACHE : openCheckCache(root);
  const run = await runChecks(loadCatalog(root, { cache }));
  cache.save();
  const elapsed = performance.now() - started;
  const { catalog, problems } = run;
  const { errors, warnings } = countBySeverity(problems);

  if (values.json) {
    const suites = run.suites.map((result) => ({ suite: result.suite.id, ...countBySeverity(result.problems) }));
    console.log(
      JSON.stringify(
        { errors, warnings, credentials: catalog.credentials.length, filesRead: catalog.filesRead, suites, problems },
        null,
        2,
      ),
    );
    return errors > 0 ? 1 : 0;
  }
  for (const problem of problems)
    console.log(problem.severity === 'error' ? formatProblem(problem) : paint('yellow', formatProblem(problem)));
  if (process.env.CI) for (const problem of problems) console.log(formatAnnotation(problem));

  if (!values.quiet || errors || warnings) {
    if (problems.length) console.log('');
    const width = Math.max(...run.suites.map((result) => result.suite.title.length));
    for (const result of run.suites) {
      const counts = countBySeverity(result.problems);
      const verdict = counts.errors ? paint('red', `✖ ${plural(counts.errors, 'error')}`) : paint('green', '✔ passed');
      const extra = counts.warnings ? paint('yellow', `, ${plural(counts.warnings, 'warning')}`) : '';
      console.log(`${result.suite.title.padEnd(width)}  ${plural(result.suite.rules.length, 'rule').padStart(8)}  ${verdict}${extra}`);
    }
  }
  const scope = `${plural(catalog.credentials.length, 'credential')}, ${plural(catalog.standards.length, 'standards framework')}, ${plural(catalog.stacks.length, 'stack')} (${plural(catalog.filesRead, 'file')}) in ${Math.round(elapsed)} ms`;
  if (errors > 0) {
    const files = new Set(problems.filter((problem) => problem.severity === 'error').map((problem) => problem.file)).size;
    console.log(
      paint(
        'red',
        `\n✖ ${plural(errors, 'error')}${warnings ? ` and ${plural(warnings, 'warning')}` : ''} in ${plural(files, 'file')}; checked ${scope}.`,
      ),
    );
    console.log('Each line reads  file:line:column  field  what to do  (hint). Fix them and run `npm run check` again.');
    return 1;
  }
  if (!values.quiet || warnings)
    console.log(paint('green', `\n✔ Content is valid${warnings ? ` with ${plural(warnings, 'warning')}` : ''}: ${scope}.`));
  return 0;
});
