/** What the benchmark reads from a build log: pages built, warnings and repeats, progress. */
import { progressLine } from '../../src/lib/site/build-progress.ts';
import { describe, expect, it } from 'vitest';
import { plainLine, readBuildLog, warningKind } from '../../src/lib/bench/build-log.ts';

const directive = (file: string) =>
  `18:15:16 [WARN] [vite] \x1b[33m[MODULE_LEVEL_DIRECTIVE] \x1b[0mThe semantics of the module level directive "use astro:head-inject" in "content/credentials/${file}/one-pager.mdx" may not be preserved when bundling.`;

describe('readBuildLog()', () => {
  it('reads the pages built from the last count Astro prints', () => {
    expect(readBuildLog('18:15:17 [build] 22 page(s) built in 7.58s\n18:15:17 [build] Complete!').pagesBuilt).toBe(22);
    expect(readBuildLog('nothing to see').pagesBuilt).toBeNull();
  });

  it('counts a warning printed once per file as repeated, though no two lines are the same', () => {
    const log = readBuildLog([directive('a'), directive('b'), directive('c'), '18:15:17 [WARN] [build] something else'].join('\n'));
    expect(log).toMatchObject({ warnings: 4, repeatedWarnings: 0, repeatedWarningKinds: 2 });
    expect(log.warningKinds[0]).toEqual({ text: warningKind(plainLine(directive('a'))), count: 3 });
  });

  it('counts the same warning at another time of day as repeated word for word', () => {
    const log = readBuildLog(['10:00:01 [WARN] [config] slow', '10:00:09 [WARN] [config] slow'].join('\n'));
    expect(log).toMatchObject({ warnings: 2, repeatedWarnings: 1, repeatedWarningKinds: 1 });
  });

  it('sees a progress line as a count of a total or a percentage, not in a page address or a timing', () => {
    expect(readBuildLog('18:15:16   ├─ /standards/ngss/index.html (+1ms)\n[build] ✓ Completed in 187ms.').progressLine).toBe(false);
    expect(readBuildLog('generating pages: 300/1000').progressLine).toBe(true);
    expect(readBuildLog('checked 40%').progressLine).toBe(true);
    expect(readBuildLog(progressLine(250, 12)).progressLine).toBe(true);
  });
});

describe('plainLine()', () => {
  it('drops colors and the time of day', () => {
    expect(plainLine('18:15:16 \x1b[33m[WARN]\x1b[0m text  ')).toBe('[WARN] text');
  });
});
