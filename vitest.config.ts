import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Timeouts are hang guards, never performance limits: on a loaded 2-core machine (another build
 * running beside the suite) a CLI test can take far longer than Vitest's 5 s default, a hook that
 * builds a site far longer than 10 s, and a page far longer than a second to settle after input.
 * A limit that real work can reach only makes the suite flaky, so these are far above any honest
 * run and only stop a test that has stopped making progress. No test asserts on elapsed time.
 */
const MINUTE = 60_000;

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // One file more than there are cores: the slow files spend most of their time waiting on Chromium
    // or on a child process (a build, a command-line run), so Vitest's default of one file fewer than
    // the cores left one of this machine's two idle (565 s for the suite against 345 s with three).
    maxWorkers: availableParallelism() + 1,
    testTimeout: 10 * MINUTE,
    hookTimeout: 15 * MINUTE,
    // expect.poll() waits for the browser to catch up (search results, URL state); success returns at once.
    expect: { poll: { timeout: 2 * MINUTE } },
    // Snapshot files sit beside the tests so reviewers see the exact text authors get.
    resolveSnapshotPath: (testPath, extension) => testPath.replace(/\.test\.ts$/, `.test.ts${extension}`),
  },
});
