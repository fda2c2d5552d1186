import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'src/**/*.test.ts'],
    // Snapshot files sit beside the tests so reviewers see the exact text authors get.
    resolveSnapshotPath: (testPath, extension) => testPath.replace(/\.test\.ts$/, `.test.ts${extension}`),
  },
});
