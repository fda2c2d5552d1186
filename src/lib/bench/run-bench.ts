/**
 * One benchmark run: for each catalog size, a synthetic catalog in a scratch copy of the project,
 * then the full check (cold and warm), the public build, Pagefind alone and a bare Astro site of the
 * same pages, each measured as a separate process tree. Nothing is written to the project itself.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeBareSite, wordsOfPages } from './bare-site.ts';
import { median, type SizeResult, type Timed } from './bench-report.ts';
import { readBuildLog } from './build-log.ts';
import { measure, type Measurement } from './measure.ts';
import { htmlSizes, meanOf, siteFigures } from './site-figures.ts';
import { representativePages } from '../reports/page-weights.ts';
import { copyProject, PROJECT_ENTRIES } from '../tooling/project-copy.ts';

/** Runs shorter than this are repeated to three and the median kept: one short run says little on a busy machine. */
export const SHORT_RUN_MS = 10_000;
/** The synthetic catalog generator the benchmark runs (`npm run bench:generate`). */
export const GENERATOR = join('scripts', 'bench-generate.ts');
/** The marker the generator leaves in its output folder; not part of the project. */
const GENERATOR_MARKER = '.synthetic-catalog.json';
/** Steps measured per size, for the progress line's count. */
const STEPS_PER_SIZE = 6;

export interface BenchOptions {
  projectRoot: string;
  /** Catalog sizes in credentials, smallest first. */
  sizes: readonly number[];
  seed: number;
  /** Keep the scratch folders for a look afterwards. */
  keep: boolean;
  /** Told before each step starts, e.g. "[3/12] 250 credentials: check (warm)". */
  progress: (line: string) => void;
}

export interface BenchRun {
  results: SizeResult[];
  /** The scratch folder; gone after the run unless kept. */
  scratch: string;
}

/** A step that did not succeed: the benchmark stops, since the later figures would mean nothing. */
export class BenchStepError extends Error {}

/** The environment of a public build: no preview, no CI annotations, no telemetry. */
const buildEnv = (): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  delete env.CATALOG_DRAFTS;
  delete env.CI;
  return env;
};

const lastLine = (output: string) => output.trim().split('\n').at(-1) ?? '';

function succeeded(run: Measurement, step: string): Measurement {
  if (run.exitCode === 0) return run;
  const said = lastLine(run.stderr) || lastLine(run.stdout);
  throw new BenchStepError(`${step} failed (exit code ${run.exitCode ?? 'none: stopped by a signal'})${said ? `: ${said}` : ''}`);
}

/** Runs a step once, or three times when it is short; the median wall time and the highest peak. */
async function timed(step: string, run: () => Promise<Measurement>): Promise<Timed & { runs: Measurement[] }> {
  const runs = [succeeded(await run(), step)];
  if (runs[0]!.wallMs < SHORT_RUN_MS) for (let again = 0; again < 2; again += 1) runs.push(succeeded(await run(), step));
  return {
    wallMs: Math.round(median(runs.map((entry) => entry.wallMs))),
    peakBytes: Math.max(...runs.map((entry) => entry.peakBytes)),
    runsMs: runs.map((entry) => Math.round(entry.wallMs)),
    runs,
  };
}

/** The check's own "in N ms" figure, without Node's start-up and module loading. */
const ownMs = (runs: Measurement[]) => {
  const figures = runs
    .map((run) => run.stdout.match(/ in (\d+) ms\./)?.[1])
    .filter((figure) => figure !== undefined)
    .map(Number);
  return figures.length === runs.length ? Math.round(median(figures)) : null;
};

const node = (cwd: string, args: string[], env: NodeJS.ProcessEnv = {}) =>
  measure(process.execPath, args, { cwd, env: { ...buildEnv(), ...env } });

/** The check as `npm run check` starts it: with Node's compile cache, which package.json names. */
const checkEnv = (projectRoot: string) => {
  const script =
    (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.check ?? '';
  const compileCache = /NODE_COMPILE_CACHE=(\S+)/.exec(script)?.[1];
  return compileCache ? { NODE_COMPILE_CACHE: join(projectRoot, compileCache) } : {};
};
const withoutRuns = <T extends { runs: Measurement[] }>({ runs: _runs, ...rest }: T) => rest;

/** Writes the size's synthetic catalog and a project copy around it, ready to check and build. */
async function prepareCopy(
  projectRoot: string,
  folder: string,
  credentials: number,
  seed: number,
): Promise<{ copy: string; generateMs: number }> {
  const generated = join(folder, 'generated');
  const run = succeeded(
    await measure(
      process.execPath,
      [join(projectRoot, GENERATOR), '--count', String(credentials), '--out', generated, '--seed', String(seed)],
      { cwd: projectRoot },
    ),
    `generating ${credentials} credentials`,
  );
  const copy = join(folder, 'project');
  mkdirSync(copy);
  copyProject(
    projectRoot,
    copy,
    PROJECT_ENTRIES.filter((entry) => entry !== 'content'),
  );
  // The generated content/, and whatever else the generator writes for the checker beside it.
  for (const entry of readdirSync(generated)) {
    if (entry === GENERATOR_MARKER) continue;
    rmSync(join(copy, entry), { recursive: true, force: true });
    renameSync(join(generated, entry), join(copy, entry));
  }
  return { copy, generateMs: run.wallMs };
}

async function benchSize(options: BenchOptions, folder: string, credentials: number, step: (what: string) => void): Promise<SizeResult> {
  step('generate the catalog and copy the project');
  const { copy, generateMs } = await prepareCopy(options.projectRoot, folder, credentials, options.seed);
  const check = () => node(copy, ['scripts/check.ts', '--root', copy], checkEnv(options.projectRoot));

  step('full check (cold)');
  const cold = await timed('the full check (cold)', () => {
    rmSync(join(copy, '.cache'), { recursive: true, force: true });
    return check();
  });
  step('full check (warm)');
  const warm = await timed('the full check (warm)', check);

  step('astro build');
  const build = await timed('astro build', () => node(copy, ['node_modules/astro/bin/astro.mjs', 'build']));
  const first = build.runs[0]!;
  const dist = join(copy, 'dist');

  step('Pagefind alone');
  const pagefindOut = join(folder, 'pagefind-alone');
  const pagefind = await timed('Pagefind', () => {
    rmSync(pagefindOut, { recursive: true, force: true });
    return node(copy, ['node_modules/pagefind/lib/runner/bin.cjs', '--site', dist, '--output-path', pagefindOut]);
  });
  const indexed = pagefind.runs[0]!.stdout.match(/Indexed (\d+) pages?/)?.[1];

  const site = siteFigures(dist);
  step(`bare Astro site (${site.pages} pages of ${(site.meanHtmlBytes / 1024).toFixed(1)} KB)`);
  const bareRoot = join(folder, 'bare');
  const words = wordsOfPages(
    representativePages([...htmlSizes(dist).keys()]).map(({ path }) => readFileSync(join(dist, path, 'index.html'), 'utf8')),
  );
  const indexedPages = indexed === undefined ? site.pages : Number(indexed);
  writeBareSite(bareRoot, options.projectRoot, { pages: site.pages, indexedPages, htmlBytes: site.meanHtmlBytes, words });
  const bare = await timed('the bare Astro site build', () => node(bareRoot, ['node_modules/astro/bin/astro.mjs', 'build']));

  return {
    credentials,
    generateMs: Math.round(generateMs),
    check: { cold: { ...withoutRuns(cold), ownMs: ownMs(cold.runs) }, warm: { ...withoutRuns(warm), ownMs: ownMs(warm.runs) } },
    build: { ...withoutRuns(build), log: readBuildLog(`${first.stdout}\n${first.stderr}`) },
    pagefind: { ...withoutRuns(pagefind), indexedPages: indexed === undefined ? null : Number(indexed) },
    site,
    bare: { ...withoutRuns(bare), pages: site.pages, indexedPages, meanHtmlBytes: meanOf(htmlSizes(join(bareRoot, 'dist'))) },
    buildRatio: build.wallMs / bare.wallMs,
  };
}

/** Measures every size in turn, smallest first; scratch folders live in the system's temporary folder. */
export async function runBench(options: BenchOptions): Promise<BenchRun> {
  if (!existsSync(join(options.projectRoot, GENERATOR)))
    throw new BenchStepError(`${GENERATOR} is missing: the benchmark writes its catalogs with \`npm run bench:generate\`.`);
  const scratch = mkdtempSync(join(tmpdir(), 'mc-bench-'));
  const total = options.sizes.length * STEPS_PER_SIZE;
  let done = 0;
  const results: SizeResult[] = [];
  try {
    for (const credentials of options.sizes) {
      const folder = join(scratch, String(credentials));
      mkdirSync(folder);
      results.push(
        await benchSize(options, folder, credentials, (what) =>
          options.progress(`[${(done += 1)}/${total}] ${credentials} credentials: ${what} ...`),
        ),
      );
      // A built catalog of thousands of pages is large; the next size needs the room more than this one.
      if (!options.keep) rmSync(folder, { recursive: true, force: true });
    }
  } finally {
    if (!options.keep) rmSync(scratch, { recursive: true, force: true });
  }
  return { results, scratch };
}
