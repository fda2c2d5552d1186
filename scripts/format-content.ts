/**
 * `npm run format:content`: rewrite content YAML files in their canonical layout (keys in schema
 * order, two-space indentation, text wrapped at 100 columns, LF line endings), keeping every value and
 * comment. A file saved with CR LF or mixed line endings needs formatting like any other layout change.
 * `--check` writes nothing and exits 1 when a file needs formatting, for CI.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { paint, parseCli, printHelpIfAsked, runCli } from '../src/lib/tooling/cli.ts';
import { writeAtomically } from '../src/lib/tooling/write-atomically.ts';
import { formatYaml } from '../src/lib/authoring/format-yaml.ts';
import { CONTENT_TYPES, schemaForContentPath } from '../src/lib/content/content-types.ts';
import { formatProblem, makeProblem, plural, type Problem } from '../src/lib/problems.ts';
import { readSourceFile } from '../src/lib/content/source-file.ts';

const USAGE = 'npm run format:content -- [--check] [--root <dir>] [<file or folder> …]';
const FIX = 'run npm run format:content';

type Outcome = 'unchanged' | 'changed' | 'failed';

const problemAt = (file: string, message: string, hint: string): Problem => makeProblem(file, message, { hint, rule: 'file' });

/** Every .yaml file under a folder, skipping hidden files and folders (editor and temporary files). */
function yamlFilesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.yaml') && !path.split(sep).some((part) => part.startsWith('.')))
    .map((path) => join(dir, path));
}

await runCli(() => {
  const { values, positionals } = parseCli(
    USAGE,
    { check: { type: 'boolean', default: false }, root: { type: 'string', default: '.' } },
    true,
  );
  printHelpIfAsked(
    values,
    USAGE,
    [
      'Rewrites every YAML file in content/ (or only the files and folders named, relative to the',
      'project root) in the canonical layout: fields in the order their schema lists them, two-space',
      'indentation, plain and folded text wrapped at 100 columns, LF line endings (CR LF and a lone CR',
      'become LF). Values and comments are never changed; a file that does not parse is reported and',
      'left as it is. Only files that change are written.',
      '',
      '  --check   write nothing; list the files that need formatting and exit 1 if there are any',
      '  --root    format the project at another folder (default: the current folder)',
    ].join('\n'),
  );

  const root = resolve(values.root);
  let problems = 0;
  const report = (problem: Problem) => {
    problems += 1;
    console.log(formatProblem(problem));
  };
  const files = new Set<string>();
  if (positionals.length === 0 && !existsSync(join(root, 'content'))) {
    report(
      problemAt('content', 'Create the content/ folder: no content was found.', 'run the formatter from the project root, or pass --root'),
    );
  }
  for (const target of positionals.length ? positionals.map((path) => resolve(root, path)) : [join(root, 'content')]) {
    if (!existsSync(target)) {
      if (positionals.length)
        report(
          problemAt(
            relative(root, target),
            'Check the path: there is no such file or folder.',
            `paths are relative to the project root, ${root}`,
          ),
        );
      continue;
    }
    for (const file of statSync(target).isDirectory() ? yamlFilesUnder(target) : [target]) files.add(file);
  }

  const outcomes = [...files].sort().map((absolute): Outcome => {
    const file = relative(root, absolute).split(sep).join('/');
    const schema = schemaForContentPath(file);
    if (!schema) {
      report(
        problemAt(
          file,
          'Not formatted: this is not a content file the catalog reads.',
          `content YAML files are ${CONTENT_TYPES.map((type) => type.pattern).join(', ')}`,
        ),
      );
      return 'failed';
    }
    const source = readSourceFile(absolute, file);
    if (!source.ok) {
      source.problems.filter((problem) => problem.severity === 'error').forEach(report);
      return 'failed';
    }
    const result = formatYaml(file, source.text, schema);
    if (!result.ok) {
      report(result.problem);
      return 'failed';
    }
    // The only thing readSourceFile reports about text it could read is a byte-order mark, which formatting drops.
    if (result.text === source.text && source.problems.length === 0) return 'unchanged';
    if (values.check) {
      console.log(`${file}  needs formatting  (${FIX})`);
      return 'changed';
    }
    try {
      writeAtomically(absolute, result.text);
    } catch (error) {
      report(
        problemAt(
          file,
          `Not formatted: the file could not be written (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`,
          'check that you may write to the file and its folder',
        ),
      );
      return 'failed';
    }
    console.log(`${file}  formatted`);
    return 'changed';
  });

  const count = (outcome: Outcome) => outcomes.filter((candidate) => candidate === outcome).length;
  const failed = problems > 0;
  const needsWork = values.check && count('changed') > 0;
  const parts = [
    ...(count('failed') ? [`${count('failed')} could not be formatted (see above)`] : []),
    ...(count('changed')
      ? [
          values.check
            ? `${count('changed')} ${count('changed') === 1 ? 'needs' : 'need'} formatting (${FIX})`
            : `${count('changed')} formatted`,
        ]
      : []),
    `${count('unchanged')} already formatted`,
  ];
  const summary = `${plural(outcomes.length, 'content YAML file')}: ${parts.join(', ')}.`;
  console.log(failed || needsWork ? paint('red', `✖ ${summary}`) : paint('green', `✔ ${summary}`));
  return failed || needsWork ? 1 : 0;
});
