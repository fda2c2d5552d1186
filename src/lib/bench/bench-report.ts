/**
 * The benchmark's arithmetic and verdicts: medians of repeated runs, how each cost grows with the
 * catalog (the growth exponent between two sizes: 1 is linear, 2 quadratic), what one more
 * credential costs, and whether each target of the scale issue is met.
 */
import type { BuildLog } from './build-log.ts';
import type { SiteFigures } from './site-figures.ts';
import { kilobytes } from '../reports/page-weights.ts';

/** One measured step: the median wall time of its runs and the highest peak memory of any run. */
export interface Timed {
  wallMs: number;
  peakBytes: number;
  /** Wall time of every run, in the order they ran. */
  runsMs: number[];
}

/** Everything measured at one catalog size. */
export interface SizeResult {
  credentials: number;
  /** Writing the synthetic catalog; not a cost authors pay, shown so a slow run can be explained. */
  generateMs: number;
  check: {
    /** Without the checker's cache (`.cache/` removed before each run). */
    cold: Timed & { ownMs: number | null };
    /** Right after a cold run, with its cache in place. */
    warm: Timed & { ownMs: number | null };
  };
  build: Timed & { log: BuildLog };
  /** Pagefind alone over the built site. */
  pagefind: Timed & { indexedPages: number | null };
  site: SiteFigures;
  /** The bare Astro site of as many pages of the same mean weight, built the same way. */
  bare: Timed & { pages: number; indexedPages: number; meanHtmlBytes: number };
  /** Our build's wall time over the bare site's. */
  buildRatio: number;
}

/** The middle value (the mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The exponent k in cost ∝ size^k between two measurements: log(t2 / t1) / log(n2 / n1). */
export function growthExponent(from: { size: number; cost: number }, to: { size: number; cost: number }): number {
  if (from.size === to.size) throw new Error('a growth exponent needs two different sizes');
  return Math.log(to.cost / from.cost) / Math.log(to.size / from.size);
}

/** The costs whose growth the report follows, each read from a size's result. */
export const GROWING_COSTS: Array<{ cost: string; of: (result: SizeResult) => number }> = [
  { cost: 'check cold', of: (result) => result.check.cold.wallMs },
  { cost: 'check warm', of: (result) => result.check.warm.wallMs },
  { cost: 'build', of: (result) => result.build.wallMs },
  { cost: 'pagefind', of: (result) => result.pagefind.wallMs },
  { cost: 'build memory', of: (result) => result.build.peakBytes },
];

export interface GrowthSpan {
  from: number;
  to: number;
  /** Growth exponent of each cost in GROWING_COSTS, by its name. */
  exponents: Record<string, number>;
  /** Build milliseconds each credential added between the two sizes costs. */
  buildMsPerAddedCredential: number;
}

/** The spans growth is read over: every pair of consecutive sizes, then the second size to the last (past the smallest catalog's fixed costs). */
export function growthSpans(sizes: readonly number[]): Array<[number, number]> {
  const spans = sizes.slice(1).map((size, index) => [sizes[index]!, size] as [number, number]);
  if (sizes.length > 3) spans.push([sizes[1]!, sizes.at(-1)!]);
  return spans;
}

/** How every followed cost grows over each span of the measured sizes (results in size order). */
export function growth(results: readonly SizeResult[]): GrowthSpan[] {
  const at = new Map(results.map((result) => [result.credentials, result]));
  return growthSpans(results.map((result) => result.credentials)).map(([from, to]) => {
    const [first, last] = [at.get(from)!, at.get(to)!];
    return {
      from,
      to,
      exponents: Object.fromEntries(
        GROWING_COSTS.map(({ cost, of }) => [cost, growthExponent({ size: from, cost: of(first) }, { size: to, cost: of(last) })]),
      ),
      buildMsPerAddedCredential: (last.build.wallMs - first.build.wallMs) / (to - from),
    };
  });
}

export type Status = 'met' | 'missed' | 'not measured';

export interface Verdict {
  target: string;
  status: Status;
  /** The measured figure, or why there is none. */
  figure: string;
}

/** Milliseconds as seconds with one decimal, the way the report prints every time. */
export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
/** Bytes as whole mebibytes, the way the report prints memory. */
export const megabytes = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;
const GIB = 2 ** 30;

/** The largest memory any step of a size held at its peak. */
export const peakOfSize = (result: SizeResult) =>
  Math.max(result.check.cold.peakBytes, result.check.warm.peakBytes, result.build.peakBytes, result.pagefind.peakBytes);

const heaviestListing = (result: SizeResult) =>
  result.site.listings.reduce((max, page) => (page.htmlBytes > max.htmlBytes ? page : max), { listing: 'none', path: '', htmlBytes: 0 });

/** A target met at one catalog size: its figure there and whether the figure is within bounds. */
interface SizeTarget {
  target: string;
  size: number;
  measure: (result: SizeResult) => { value: number; limit: number; figure: string; inclusive?: boolean };
}

const SIZE_TARGETS: SizeTarget[] = [
  {
    target: 'full check < 1 s warm at 1,000 credentials',
    size: 1000,
    measure: ({ check }) => ({
      value: check.warm.wallMs,
      limit: 1000,
      figure: `${seconds(check.warm.wallMs)} (the check's own figure ${check.warm.ownMs ?? '?'} ms)`,
    }),
  },
  {
    target: 'full check < 3 s cold at 1,000 credentials',
    size: 1000,
    measure: ({ check }) => ({
      value: check.cold.wallMs,
      limit: 3000,
      figure: `${seconds(check.cold.wallMs)} (the check's own figure ${check.cold.ownMs ?? '?'} ms)`,
    }),
  },
  {
    target: 'full build <= 1.1x a bare Astro site of the same pages and weight at 1,000 credentials',
    size: 1000,
    measure: ({ build, bare, buildRatio }) => ({
      value: buildRatio,
      limit: 1.1,
      inclusive: true,
      figure: `${buildRatio.toFixed(2)}x (${seconds(build.wallMs)} against ${seconds(bare.wallMs)})`,
    }),
  },
  {
    target: 'peak memory < 1.5 GiB at 2,000 credentials',
    size: 2000,
    measure: (result) => ({ value: peakOfSize(result), limit: 1.5 * GIB, figure: megabytes(peakOfSize(result)) }),
  },
  {
    target: 'home, catalog, standards, changes and pathway pages <= 100 KB raw at 1,000 credentials',
    size: 1000,
    measure: (result) => {
      const page = heaviestListing(result);
      return {
        value: page.htmlBytes,
        limit: 100 * 1024,
        inclusive: true,
        figure: `largest ${page.path} (${page.listing}) ${kilobytes(page.htmlBytes)}`,
      };
    },
  },
];

/** The growth targets: a cost's exponent between two sizes. */
const GROWTH_TARGETS = ['build', 'check cold'].map((cost) => ({
  target: `${cost} growth exponent <= 1.05 from 250 to 2,000 credentials`,
  cost,
  from: 250,
  to: 2000,
  limit: 1.05,
}));

const within = ({ value, limit, inclusive }: { value: number; limit: number; inclusive?: boolean }) =>
  inclusive ? value <= limit : value < limit;

/** Each target of the scale issue, judged on the sizes this run measured. */
export function verdicts(results: readonly SizeResult[]): Verdict[] {
  const at = new Map(results.map((result) => [result.credentials, result]));
  const largest = results.at(-1);
  const forSize = SIZE_TARGETS.map(({ target, size, measure }): Verdict => {
    const result = at.get(size);
    if (!result) {
      const meanwhile = largest ? `; at ${largest.credentials}: ${measure(largest).figure}` : '';
      return { target, status: 'not measured', figure: `no run at ${size}${meanwhile}` };
    }
    const figure = measure(result);
    return { target, status: within(figure) ? 'met' : 'missed', figure: figure.figure };
  });
  const forGrowth = GROWTH_TARGETS.map(({ target, cost, from, to, limit }): Verdict => {
    const [first, last] = [at.get(from), at.get(to)];
    if (!first || !last) return { target, status: 'not measured', figure: `needs runs at ${from} and ${to}` };
    const of = GROWING_COSTS.find((entry) => entry.cost === cost)!.of;
    const exponent = growthExponent({ size: from, cost: of(first) }, { size: to, cost: of(last) });
    return { target, status: exponent <= limit ? 'met' : 'missed', figure: exponent.toFixed(2) };
  });
  const repeated = results.filter((result) => result.build.log.repeatedWarningKinds > 0);
  const warnings: Verdict = {
    target: 'no repeated warning in the build log',
    status: results.length === 0 ? 'not measured' : repeated.length ? 'missed' : 'met',
    figure: results
      .map(
        ({ credentials, build: { log } }) =>
          `at ${credentials}: ${log.warnings} warnings, ${log.repeatedWarningKinds} repeats (${log.repeatedWarnings} word for word)`,
      )
      .join('; '),
  };
  return [...forSize, ...forGrowth, warnings];
}
