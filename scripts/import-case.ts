/**
 * `npm run import:case -- <CFPackage.json> --framework <id> [--only-cited]`: bring the coded items of
 * a CASE package (codes, official URIs, grade bands, hierarchy) into content/standards/<id>.yaml,
 * keeping everything an author wrote there. A thin shell over src/lib/standards/case-import.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SLUG } from '../schemas/index.ts';
import { loadCatalog } from '../src/lib/content/catalog.ts';
import { paint, parseCli, printHelpIfAsked, runCli } from '../src/lib/tooling/cli.ts';
import { writeAtomically } from '../src/lib/tooling/write-atomically.ts';
import { plural } from '../src/lib/problems.ts';
import { codeList, importCase, readCasePackage, withAncestors } from '../src/lib/standards/case-import.ts';

const USAGE = 'npm run import:case -- <CFPackage.json> --framework <id> [--only-cited] [--root <dir>]';

const usageError = (message: string) => {
  console.error(`${message}\n\nusage: ${USAGE}`);
  return 2;
};

await runCli(() => {
  const { values, positionals } = parseCli(
    USAGE,
    { framework: { type: 'string' }, 'only-cited': { type: 'boolean', default: false }, root: { type: 'string', default: '.' } },
    true,
  );
  printHelpIfAsked(
    values,
    USAGE,
    [
      'Reads a CASE 1.0/1.1 package (the CFPackage JSON a CASE server publishes) and merges its coded',
      'items into content/standards/<id>.yaml: code, official uri, gradeBand (from educationLevel) and',
      'parent (the nearest coded item above it). Headings are skipped and the official statement text is',
      'never copied. Labels and anything else an author wrote are kept; items the package lacks are left',
      'alone. A new file is created when there is none. Importing the same package again changes nothing.',
      '',
      '  --framework   the framework id, which names the file (e.g. ngss for content/standards/ngss.yaml)',
      '  --only-cited  import only the codes credentials cite, with the items above them',
      '  --root        the project at another folder (default: the current folder)',
    ].join('\n'),
  );
  if (positionals.length !== 1) return usageError(positionals.length ? 'Give one package file.' : 'Give the CASE package file.');
  if (!values.framework) return usageError('Give the framework id with --framework, e.g. --framework ngss.');
  if (!SLUG.test(values.framework))
    return usageError(`Write the framework id in lowercase words joined by hyphens, e.g. ccss-math (not "${values.framework}").`);

  const packagePath = positionals[0]!;
  const id = values.framework;
  const root = resolve(values.root);
  const target = `content/standards/${id}.yaml`;
  const fail = (file: string, message: string, hint: string) => {
    console.error(paint('red', `✖ ${file}: ${message}`) + `  (${hint})`);
    return 1;
  };

  if (!existsSync(join(root, 'content/standards')))
    return fail('content/standards', 'there is no such folder here', 'run the import from the project root, or pass --root');

  let json: string;
  try {
    json = readFileSync(packagePath, 'utf8');
  } catch (error) {
    return fail(
      packagePath,
      `cannot read the package (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      'check the path',
    );
  }
  const read = readCasePackage(json);
  if (!read.ok)
    return fail(
      packagePath,
      read.message,
      'give the CFPackage JSON a CASE server publishes (…/ims/case/v1p0/CFPackages/<id>); nothing was written',
    );
  const { framework } = read;

  let items = framework.items;
  const notes: string[] = [];
  if (values['only-cited']) {
    const cited = new Set(
      loadCatalog(root).credentials.flatMap((folder) =>
        (folder.alignment?.data?.alignments ?? []).filter((entry) => entry.framework === id).map((entry) => entry.code),
      ),
    );
    items = withAncestors(framework.items, cited);
    const known = new Set(framework.items.map((item) => item.code));
    const missing = [...cited].filter((code) => !known.has(code)).sort();
    notes.push(`${plural(cited.size, 'code')} cited from ${id}; with the items above them, ${items.length} to import`);
    if (missing.length) notes.push(`cited but not in the package, ${codeList(missing)}`);
  }
  if (framework.repeatedCodes.length) notes.push(`codes on more than one item (the first is kept), ${codeList(framework.repeatedCodes)}`);
  if (framework.skippedCodes.length) notes.push(`codes with spaces, skipped, ${codeList(framework.skippedCodes)}`);

  const absolute = join(root, target);
  const current = existsSync(absolute) ? readFileSync(absolute, 'utf8') : undefined;
  const result = importCase(target, current, id, framework, items, (done, total) => console.error(`  … ${done} of ${total} items`));
  if (!result.ok) return fail(target, result.message, 'nothing was written');

  const { report } = result;
  const changed = report.changed.map((entry) => `${entry.code} (${entry.fields.join(', ')})`);
  console.log(`${packagePath}: ${framework.itemCount} items, ${framework.items.length} coded, ${framework.headings} headings skipped`);
  for (const note of notes) console.log(`  ${note}`);
  console.log(`  added      ${codeList(report.added)}`);
  console.log(`  changed    ${codeList(changed)}`);
  console.log(`  unchanged  ${report.unchanged.length}`);
  console.log(`  left alone ${codeList(report.leftAlone)}${report.leftAlone.length ? ' (not imported; kept as they are)' : ''}`);
  if (report.widerGradeBands.length)
    console.log(
      `  kept the author's wider grade band of ${codeList(report.widerGradeBands.map((entry) => `${entry.code} ${entry.kept} (package: ${entry.package})`))}`,
    );
  if (result.text === current) {
    console.log(paint('green', `✔ ${target} already matches the package: nothing to change.`));
    return 0;
  }
  writeAtomically(absolute, result.text);
  console.log(
    paint(
      'green',
      `✔ ${target} ${result.created ? 'created' : 'updated'}. Give every item a credential cites a label in your own words, then run npm run check.`,
    ),
  );
  return 0;
});
