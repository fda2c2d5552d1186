/** Benchmark results made up for the tests: round figures that scale with the catalog as asked. */
import type { SizeResult } from '../../src/lib/bench/bench-report.ts';
import type { BuildLog } from '../../src/lib/bench/build-log.ts';

const MB = 2 ** 20;

export interface Shape {
  /** Build milliseconds per credential, and the exponent the build time grows with. */
  buildMsPerCredential?: number;
  buildExponent?: number;
  /** Check wall milliseconds, cold and warm, at every size. */
  checkColdMs?: number;
  checkWarmMs?: number;
  /** Our build over the bare site's. */
  ratio?: number;
  /** Peak build memory per credential. */
  buildBytesPerCredential?: number;
  /** Raw HTML of the heaviest listing page per credential. */
  listingBytesPerCredential?: number;
  log?: Partial<BuildLog>;
}

const quietLog: BuildLog = {
  pagesBuilt: 0,
  warnings: 0,
  repeatedWarnings: 0,
  repeatedWarningKinds: 0,
  warningKinds: [],
  progressLine: false,
  lines: 10,
};

/** A size's result whose every figure follows from the credential count and the shape. */
export function sizeResult(credentials: number, shape: Shape = {}): SizeResult {
  const buildMs = (shape.buildMsPerCredential ?? 50) * credentials ** (shape.buildExponent ?? 1);
  const timed = (wallMs: number, peakBytes: number) => ({ wallMs, peakBytes, runsMs: [wallMs] });
  const pages = credentials * 3 + 20;
  const weight = (raw: number) => ({ raw, gzip: Math.round(raw / 4) });
  const listing = Math.round((shape.listingBytesPerCredential ?? 40) * credentials);
  return {
    credentials,
    generateMs: credentials,
    check: {
      cold: { ...timed(shape.checkColdMs ?? 2000, 300 * MB), ownMs: (shape.checkColdMs ?? 2000) - 500 },
      warm: { ...timed(shape.checkWarmMs ?? 800, 250 * MB), ownMs: (shape.checkWarmMs ?? 800) - 500 },
    },
    build: {
      ...timed(buildMs, (shape.buildBytesPerCredential ?? 0.5 * MB) * credentials + 400 * MB),
      log: { ...quietLog, pagesBuilt: pages, ...shape.log },
    },
    pagefind: { ...timed(credentials * 2, 100 * MB), indexedPages: credentials },
    site: {
      pages,
      meanHtmlBytes: 20_000,
      dist: { bytes: pages * 30_000, files: pages * 2 },
      search: { engine: weight(100_000), index: weight(credentials * 4000), files: credentials + 5 },
      pageTypes: [
        {
          type: 'home',
          path: '/',
          html: weight(listing),
          css: weight(12_000),
          js: weight(0),
          pages: 1,
          largest: { path: '/', htmlBytes: listing },
        },
        {
          type: 'credential',
          path: '/credentials/a/',
          html: weight(60_000),
          css: weight(13_000),
          js: weight(1500),
          pages: credentials,
          largest: { path: '/credentials/z/', htmlBytes: 62_000 },
        },
      ],
      listings: [
        { listing: 'home', path: '/', htmlBytes: listing },
        { listing: 'catalog', path: '/catalog/', htmlBytes: Math.round(listing / 2) },
      ],
    },
    bare: { ...timed(buildMs / (shape.ratio ?? 1), 500 * MB), pages, indexedPages: credentials, meanHtmlBytes: 20_100 },
    buildRatio: shape.ratio ?? 1,
  };
}

/** The sizes the issue names, smallest first. */
export const ISSUE_SIZES = [18, 250, 1000, 2000];
