/** The benchmark's arithmetic, its verdict on each target of the scale issue, and its table. */
import { describe, expect, it } from 'vitest';
import { growth, growthExponent, growthSpans, median, verdicts, type Verdict } from '../../src/lib/bench/bench-report.ts';
import { benchText, formatTable } from '../../src/lib/bench/bench-table.ts';
import { ISSUE_SIZES, sizeResult, type Shape } from './size-results.ts';

const judge = (shape: Shape, sizes = ISSUE_SIZES) => verdicts(sizes.map((size) => sizeResult(size, shape)));
const statusOf = (all: Verdict[], words: string) => all.find((verdict) => verdict.target.includes(words))!.status;

describe('median()', () => {
  it('takes the middle of an odd count, whatever the order', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([9])).toBe(9);
  });

  it('takes the mean of the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('refuses no values', () => {
    expect(() => median([])).toThrow();
  });
});

describe('growthExponent()', () => {
  it('is 1 when the cost grows as the size, 2 when it grows as its square, 0 when it stays flat', () => {
    expect(growthExponent({ size: 250, cost: 10 }, { size: 2000, cost: 80 })).toBeCloseTo(1);
    expect(growthExponent({ size: 250, cost: 10 }, { size: 2000, cost: 640 })).toBeCloseTo(2);
    expect(growthExponent({ size: 250, cost: 10 }, { size: 2000, cost: 10 })).toBeCloseTo(0);
  });

  it('needs two different sizes', () => {
    expect(() => growthExponent({ size: 5, cost: 1 }, { size: 5, cost: 2 })).toThrow();
  });
});

describe('growth()', () => {
  it('reads every consecutive pair of sizes, then the second size to the last', () => {
    expect(growthSpans(ISSUE_SIZES)).toEqual([
      [18, 250],
      [250, 1000],
      [1000, 2000],
      [250, 2000],
    ]);
    expect(growthSpans([18, 250])).toEqual([[18, 250]]);
    expect(growthSpans([18])).toEqual([]);
  });

  it('gives each cost its exponent and the build cost of each added credential', () => {
    const spans = growth(ISSUE_SIZES.map((size) => sizeResult(size, { buildMsPerCredential: 40, buildExponent: 1.5 })));
    const last = spans.at(-1)!;
    expect(last.exponents.build).toBeCloseTo(1.5);
    expect(last.exponents['check cold']).toBeCloseTo(0);
    expect(last.buildMsPerAddedCredential).toBeCloseTo((40 * 2000 ** 1.5 - 40 * 250 ** 1.5) / 1750);
  });
});

describe('verdicts()', () => {
  it('meets every target when the run is within every bound', () => {
    const all = judge({
      checkColdMs: 2500,
      checkWarmMs: 900,
      ratio: 1.05,
      buildExponent: 1.02,
      buildBytesPerCredential: 0.4 * 2 ** 20,
      listingBytesPerCredential: 50,
    });
    expect(all.filter((verdict) => verdict.status !== 'met')).toEqual([]);
  });

  it('misses each target its figure is past, and only that one', () => {
    expect(statusOf(judge({ checkWarmMs: 1000 }), '1 s warm')).toBe('missed');
    expect(statusOf(judge({ checkColdMs: 3000 }), '3 s cold')).toBe('missed');
    expect(statusOf(judge({ ratio: 1.11 }), 'bare Astro site')).toBe('missed');
    expect(statusOf(judge({ ratio: 1.1 }), 'bare Astro site')).toBe('met');
    expect(statusOf(judge({ buildBytesPerCredential: 0.6 * 2 ** 20 }), 'peak memory')).toBe('missed');
    expect(statusOf(judge({ buildExponent: 1.1 }), 'build growth')).toBe('missed');
    expect(statusOf(judge({ listingBytesPerCredential: 103 }), 'pathway pages')).toBe('missed');
    expect(statusOf(judge({ listingBytesPerCredential: 102.4 }), 'pathway pages')).toBe('met');
    const slowWarm = judge({ checkWarmMs: 1000 });
    expect(slowWarm.filter((verdict) => verdict.status === 'missed')).toHaveLength(1);
  });

  it('counts a warning that repeats but for a file name as repeated', () => {
    const perCredential = { warnings: 18, repeatedWarnings: 0, repeatedWarningKinds: 17 };
    expect(statusOf(judge({ log: perCredential }), 'repeated warning')).toBe('missed');
    expect(statusOf(judge({ log: { warnings: 2, repeatedWarnings: 0, repeatedWarningKinds: 0 } }), 'repeated warning')).toBe('met');
  });

  it('says a target was not measured when the run lacks its size, with the figure at the largest size run', () => {
    const all = judge({}, [18, 250]);
    expect(statusOf(all, '1 s warm')).toBe('not measured');
    expect(all.find((verdict) => verdict.target.includes('1 s warm'))!.figure).toMatch(/^no run at 1000; at 250: /);
    expect(statusOf(all, 'build growth')).toBe('not measured');
    expect(statusOf(all, 'repeated warning')).toBe('met');
  });
});

describe('the report table', () => {
  it('pads columns to their widest cell, the first to the left and the rest to the right', () => {
    expect(
      formatTable(
        ['size', 'build s'],
        [
          ['18', '9.5'],
          ['2000', '120.0'],
        ],
      ),
    ).toEqual(['size  build s', '18        9.5', '2000    120.0']);
  });

  it('prints a row per size, the page weights, the listings, the growth and a line per target', () => {
    const results = ISSUE_SIZES.map((size) => sizeResult(size, { buildMsPerCredential: 40, ratio: 1.2 }));
    expect(benchText(results, growth(results), verdicts(results)).join('\n')).toMatchSnapshot();
  });

  it('says growth needs two sizes when only one was run', () => {
    const results = [sizeResult(18)];
    expect(benchText(results, growth(results), verdicts(results))).toContain('Growth: needs at least two sizes.');
  });
});
