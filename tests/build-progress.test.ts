import { describe, expect, it } from 'vitest';
import { pageRendered, PROGRESS_EVERY, progressLine } from '../src/lib/site/build-progress.ts';

describe('build progress', () => {
  it('says how many pages are rendered, every PROGRESS_EVERY pages and only then', () => {
    const lines = Array.from({ length: 2 * PROGRESS_EVERY + 1 }, (_, index) => pageRendered(index * 10)).filter(Boolean);
    expect(lines).toEqual([
      progressLine(PROGRESS_EVERY, ((PROGRESS_EVERY - 1) * 10) / 1000),
      progressLine(2 * PROGRESS_EVERY, ((2 * PROGRESS_EVERY - 1) * 10) / 1000),
    ]);
    expect(lines[0]).toMatch(/^\[progress\] \d+ pages rendered in \d+ s$/);
  });
});
