/**
 * The benchmark as plain text for a terminal or an issue comment: one row per catalog size, then
 * page weights per page type, the listing pages, growth between sizes and a verdict per target.
 */
import { kilobytes } from '../reports/page-weights.ts';
import { megabytes, seconds, type GrowthSpan, type SizeResult, type Verdict } from './bench-report.ts';

/** Columns padded to their widest cell, the first left-aligned and the others right-aligned. */
export function formatTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string[] {
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => (row[column] ?? '').length)));
  const line = (row: readonly string[]) =>
    row
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)];
}

const number = (value: number | null) => (value === null ? '?' : String(value));
/** Seconds without the unit, for table cells under a header that names it. */
const s = (ms: number) => seconds(ms).replace(/ s$/, '');
/** Megabytes without the unit. */
const mb = (bytes: number) => megabytes(bytes).replace(/ MB$/, '');
/** Kilobytes without the unit. */
const kb = (bytes: number) => kilobytes(bytes).replace(/ KB$/, '');

function sizeRows(results: readonly SizeResult[]): string[] {
  const header = [
    'credentials',
    'check cold s',
    'warm s',
    'own ms',
    'build s',
    'build MB',
    'pages',
    'bare s',
    'bare MB',
    'ratio',
    'pagefind s',
    'pagefind MB',
    'dist MB',
    'index MB',
    'build ms/cred',
    'warnings',
  ];
  const rows = results.map((result) => [
    String(result.credentials),
    s(result.check.cold.wallMs),
    s(result.check.warm.wallMs),
    `${number(result.check.cold.ownMs)}/${number(result.check.warm.ownMs)}`,
    s(result.build.wallMs),
    mb(result.build.peakBytes),
    number(result.build.log.pagesBuilt),
    s(result.bare.wallMs),
    mb(result.bare.peakBytes),
    result.buildRatio.toFixed(2),
    s(result.pagefind.wallMs),
    mb(result.pagefind.peakBytes),
    (result.site.dist.bytes / 2 ** 20).toFixed(1),
    (result.site.search.index.raw / 2 ** 20).toFixed(1),
    (result.build.wallMs / result.credentials).toFixed(1),
    `${result.build.log.warnings} (${result.build.log.repeatedWarningKinds} rep.)`,
  ]);
  return formatTable(header, rows);
}

/** One row per page type or listing, one column per size, each cell from `cell` (blank where the size has no such page). */
function perSize<T>(
  results: readonly SizeResult[],
  label: string,
  names: string[],
  find: (result: SizeResult, name: string) => T | undefined,
  cell: (entry: T) => string,
): string[] {
  const rows = names.map((name) => [
    name,
    ...results.map((result) => {
      const entry = find(result, name);
      return entry === undefined ? '' : cell(entry);
    }),
  ]);
  return formatTable([label, ...results.map((result) => String(result.credentials))], rows);
}

const unique = (names: string[]) => [...new Set(names)];

/** The whole report as lines of text. */
export function benchText(results: readonly SizeResult[], spans: readonly GrowthSpan[], verdicts: readonly Verdict[]): string[] {
  const types = unique(results.flatMap((result) => result.site.pageTypes.map((page) => page.type)));
  const typeOf = (result: SizeResult, type: string) => result.site.pageTypes.find((page) => page.type === type);
  const listings = unique(results.flatMap((result) => result.site.listings.map((page) => page.listing)));
  const costs = spans.length ? Object.keys(spans[0]!.exponents) : [];
  return [
    'Check, build, bare Astro site and Pagefind: wall time (median of three when under 10 s) and peak memory of the process tree',
    ...sizeRows(results),
    '',
    'First page of each type: gzip KB of HTML / CSS / JS',
    ...perSize(results, 'page type', types, typeOf, (page) => `${kb(page.html.gzip)} / ${kb(page.css.gzip)} / ${kb(page.js.gzip)}`),
    '',
    'Largest page of each type: raw HTML KB',
    ...perSize(results, 'page type', types, typeOf, (page) => kb(page.largest.htmlBytes)),
    '',
    'Listing pages: raw HTML KB of the largest',
    ...perSize(
      results,
      'listing',
      listings,
      (result, listing) => result.site.listings.find((page) => page.listing === listing),
      (page) => kb(page.htmlBytes),
    ),
    '',
    ...(spans.length
      ? [
          'Growth exponent (1 = linear) and build ms per added credential',
          ...formatTable(
            ['sizes', ...costs, 'build ms/added'],
            spans.map((span) => [
              `${span.from} → ${span.to}`,
              ...costs.map((cost) => span.exponents[cost]!.toFixed(2)),
              span.buildMsPerAddedCredential.toFixed(1),
            ]),
          ),
        ]
      : ['Growth: needs at least two sizes.']),
    '',
    'Targets',
    ...verdicts.map((verdict) => `${verdict.status}: ${verdict.target}: ${verdict.figure}`),
  ];
}
