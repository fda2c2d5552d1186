/**
 * `npm run bench:generate -- --count N --out <dir> [--seed S]`: writes a synthetic catalog of N
 * credentials for benchmarks (see src/lib/bench/synthetic-catalog.ts), with a progress line for
 * large N and one summary line. Refuses a non-empty folder it did not write.
 */
import { join } from 'node:path';
import { paint, parseCli, printHelpIfAsked, runCli } from '../src/lib/tooling/cli.ts';
import { generateSyntheticCatalog, MARKER_FILE } from '../src/lib/bench/synthetic-catalog.ts';
import { progressReporter } from '../src/lib/bench/progress.ts';
import { plural } from '../src/lib/problems.ts';

const USAGE = 'npm run bench:generate -- --count <N> --out <dir> [--seed <int>]';

/** The value of an integer flag, or undefined when it is not a whole number at least `min`. */
const wholeNumber = (text: string, min: number, max = Number.MAX_SAFE_INTEGER) =>
  /^\d+$/.test(text.trim()) && Number(text) >= min && Number(text) <= max ? Number(text) : undefined;
/** The random source takes a 32-bit seed. */
const MAX_SEED = 2 ** 32 - 1;

await runCli(() => {
  const { values } = parseCli(USAGE, {
    count: { type: 'string' },
    out: { type: 'string' },
    seed: { type: 'string', default: '1' },
  });
  printHelpIfAsked(
    values,
    USAGE,
    [
      'Writes a synthetic catalog for benchmarks: <dir>/content/ with the real program, pilots, word list and',
      'standards registry, N credentials varied from the real ones (every pathway and level, all published)',
      'and a few stacks per pathway. `npm run check -- --root <dir>` passes it with no error or warning, and',
      'it can replace content/ in a scratch copy of the project for `astro build`.',
      '',
      '  --count   number of credentials, a whole number of at least 1 (required)',
      '  --out     folder to write; must be new, empty, or written by an earlier run (required)',
      `  --seed    whole number from 0 to ${MAX_SEED} that fixes every random choice (default 1);`,
      '            the same seed writes the same files',
      `An earlier run's folder (it holds ${MARKER_FILE}) is replaced; any other non-empty folder is refused.`,
    ].join('\n'),
  );
  const fail = (message: string, hint: string) => {
    console.error(paint('red', `✖ ${message}`) + `  (${hint})`);
    return 1;
  };
  if (values.count === undefined) return fail('Give --count: how many credentials to write.', `usage: ${USAGE}`);
  if (values.out === undefined) return fail('Give --out: the folder to write the catalog into.', `usage: ${USAGE}`);
  const count = wholeNumber(values.count, 1);
  if (count === undefined)
    return fail(`Write --count as a whole number of at least 1: "${values.count}" is not one.`, 'for example --count 1000');
  const seed = wholeNumber(values.seed, 0, MAX_SEED);
  if (seed === undefined)
    return fail(`Write --seed as a whole number from 0 to ${MAX_SEED}: "${values.seed}" is not one.`, 'for example --seed 7');

  const started = performance.now();
  const result = generateSyntheticCatalog({
    count,
    seed,
    out: values.out,
    projectRoot: join(import.meta.dirname, '..'),
    onProgress: progressReporter(count, process.stderr),
  });
  if (!result.ok) return fail(result.message, result.hint);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    paint(
      'green',
      `✔ Wrote ${plural(result.credentials.length, 'credential')} and ${plural(result.stacks.length, 'stack')} (${plural(result.files, 'file')}) to ${join(result.out, 'content')} in ${seconds} s, seed ${seed}.`,
    ),
  );
  if (result.uncitedStandards.length)
    console.log(
      paint(
        'yellow',
        `${plural(result.uncitedStandards.length, 'registry standard')} cited by no credential, so npm run check warns about them; a larger --count cites them all: ${result.uncitedStandards.join(', ')}.`,
      ),
    );
  console.log(`Check it with: npm run check -- --root ${result.out}`);
  return 0;
});
