/**
 * `npm run check`: validate every content file and the links between them, and print every
 * problem in one run. Exit 1 when any error is found.
 */
import { resolve } from 'node:path';
import { checkContent } from '../src/lib/check.ts';
import { paint, parseCli, printHelpIfAsked, runCli } from '../src/lib/cli.ts';
import { countBySeverity, formatAnnotation, formatProblem, plural } from '../src/lib/problems.ts';

const USAGE = 'npm run check -- [--json] [--quiet] [--root <dir>]';

await runCli(() => {
  const { values } = parseCli(USAGE, {
    json: { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
    root: { type: 'string', default: '.' },
  });
  printHelpIfAsked(values, USAGE, [
    'Checks every file in content/ against its schema and the cross-file rules (ids, codes,',
    'references, prerequisites, ADDIE phases, one-pager sections) and lists every problem as',
    '  path:line:col  field  message  (hint)',
    '',
    '  --json    print the problems as JSON for other tools',
    '  --quiet   print nothing when the content is valid',
    '  --root    check the project at another folder (default: the current folder)',
    'When the CI environment variable is set, GitHub annotations are printed as well.',
  ].join('\n'));

  const started = performance.now();
  const { catalog, problems } = checkContent(resolve(values.root));
  const elapsed = performance.now() - started;
  const { errors, warnings } = countBySeverity(problems);

  if (values.json) {
    console.log(JSON.stringify({ errors, warnings, credentials: catalog.credentials.length, filesRead: catalog.filesRead, problems }, null, 2));
    return errors > 0 ? 1 : 0;
  }
  for (const problem of problems) console.log(problem.severity === 'error' ? formatProblem(problem) : paint('yellow', formatProblem(problem)));
  if (process.env.CI) for (const problem of problems) console.log(formatAnnotation(problem));

  const scope = `${plural(catalog.credentials.length, 'credential')}, ${plural(catalog.standards.length, 'standards framework')}, ${plural(catalog.stacks.length, 'stack')} (${plural(catalog.filesRead, 'file')}) in ${Math.round(elapsed)} ms`;
  if (errors > 0) {
    const files = new Set(problems.filter((problem) => problem.severity === 'error').map((problem) => problem.file)).size;
    console.log(paint('red', `\n✖ ${plural(errors, 'error')}${warnings ? ` and ${plural(warnings, 'warning')}` : ''} in ${plural(files, 'file')}; checked ${scope}.`));
    console.log('Each line reads  file:line:column  field  what to do  (hint). Fix them and run `npm run check` again.');
    return 1;
  }
  if (!values.quiet || warnings) console.log(paint('green', `✔ Content is valid${warnings ? ` with ${plural(warnings, 'warning')}` : ''}: ${scope}.`));
  return 0;
});
