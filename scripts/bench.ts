/**
 * `npm run bench`: how the check, the build and the search index scale with the catalog. Builds
 * each size from a synthetic catalog in a scratch copy, beside a bare Astro site of the same pages,
 * prints a table and a verdict per target of the scale issue, and writes every figure as JSON.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { growth, verdicts } from '../src/lib/bench/bench-report.ts';
import { benchText } from '../src/lib/bench/bench-table.ts';
import { BenchStepError, runBench, SHORT_RUN_MS } from '../src/lib/bench/run-bench.ts';
import { paint, parseCli, printHelpIfAsked, runCli } from '../src/lib/tooling/cli.ts';

const USAGE = 'npm run bench -- [--sizes 18,250,1000,2000] [--seed <int>] [--json <file>] [--keep]';
/** What a JSON file this command wrote says it is, so a second run may replace it and nothing else. */
const JSON_KIND = 'louisiana-stem-microcredentials benchmark';
const PROJECT_ROOT = resolve(import.meta.dirname, '..');

/** The sizes as whole numbers of credentials, smallest first, or the reason they are not. */
function parseSizes(text: string): number[] | string {
  const parts = text.split(',').map((part) => part.trim());
  if (parts.some((part) => !/^[1-9]\d*$/.test(part)))
    return `--sizes must be whole numbers of credentials above 0, separated by commas, e.g. 18,250; got "${text}".`;
  return [...new Set(parts.map(Number))].sort((a, b) => a - b);
}

/** Whether `file` may be written: it does not exist, or an earlier benchmark wrote it. */
function mayWrite(file: string): boolean {
  if (!existsSync(file)) return true;
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as { kind?: unknown }).kind === JSON_KIND;
  } catch {
    return false;
  }
}

await runCli(async () => {
  const { values } = parseCli(USAGE, {
    sizes: { type: 'string', default: '18,250,1000,2000' },
    seed: { type: 'string', default: '1' },
    json: { type: 'string', default: join('reports', 'bench.json') },
    keep: { type: 'boolean', default: false },
  });
  printHelpIfAsked(
    values,
    USAGE,
    [
      'For each size, writes a synthetic catalog (npm run bench:generate) into a scratch copy of the project and measures,',
      'each as its own process tree (wall time, peak memory): the full check without and with its cache, the public',
      '`astro build`, Pagefind alone over the built site, and a bare Astro site of as many pages of the same mean weight.',
      `Runs under ${SHORT_RUN_MS / 1000} s are repeated to three and the median kept. Prints a table, the growth between sizes`,
      'and a verdict per target of the scale issue.',
      '',
      '  --sizes   catalog sizes in credentials, comma-separated (default 18,250,1000,2000)',
      '  --seed    seed of the synthetic catalogs, a whole number (default 1)',
      '  --json    where to write every figure (default reports/bench.json; only a file this command wrote is replaced)',
      '  --keep    keep the scratch folders in the temporary folder to look at afterwards',
    ].join('\n'),
  );
  const sizes = parseSizes(values.sizes);
  if (typeof sizes === 'string') {
    console.error(`${sizes}\n\nusage: ${USAGE}`);
    return 2;
  }
  if (!/^\d+$/.test(values.seed)) {
    console.error(`--seed must be a whole number, e.g. 1; got "${values.seed}".\n\nusage: ${USAGE}`);
    return 2;
  }
  const jsonFile = resolve(values.json);
  if (!mayWrite(jsonFile)) {
    console.error(`--json ${values.json}: that file exists and was not written by npm run bench; name another file or move it away.`);
    return 2;
  }

  let run;
  try {
    run = await runBench({
      projectRoot: PROJECT_ROOT,
      sizes,
      seed: Number(values.seed),
      keep: values.keep,
      progress: (line) => console.error(line),
    });
  } catch (error) {
    if (!(error instanceof BenchStepError)) throw error;
    console.error(paint('red', `✖ ${error.message}`));
    console.error(
      values.keep
        ? 'The scratch folders are kept in the temporary folder (mc-bench-*).'
        : 'Run again with --keep to look at the scratch copy.',
    );
    return 1;
  }
  const spans = growth(run.results);
  const judged = verdicts(run.results);
  console.log(`\n${benchText(run.results, spans, judged).join('\n')}`);
  const machine = { cpus: cpus().length, memoryBytes: totalmem(), node: process.version, platform: process.platform };
  mkdirSync(dirname(jsonFile), { recursive: true });
  writeFileSync(
    jsonFile,
    `${JSON.stringify({ kind: JSON_KIND, seed: Number(values.seed), machine, sizes: run.results, growth: spans, targets: judged }, null, 2)}\n`,
  );
  console.log(`\nEvery figure is in ${values.json}.${values.keep ? ` Scratch folders: ${run.scratch}` : ''}`);
  return 0;
});
