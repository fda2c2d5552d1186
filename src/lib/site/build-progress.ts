/**
 * A progress line for long builds. Astro lists every page it writes, a line each, but never says how
 * far it has got; at a thousand credentials a build runs for minutes. The middleware counts the pages
 * rendered and, every PROGRESS_EVERY pages, prints how many and for how long. The count lives on
 * globalThis because Astro may load the middleware once per route chunk.
 */

/** Pages between two progress lines: a line every few seconds on this project's machines. */
export const PROGRESS_EVERY = 250;

const KEY = Symbol.for('louisiana-stem-microcredentials.build-progress');

/** The line printed after `pages` pages, `seconds` after the first. */
export const progressLine = (pages: number, seconds: number) => `[progress] ${pages} pages rendered in ${Math.round(seconds)} s`;

/** Counts one rendered page; returns the progress line when one is due. */
export function pageRendered(now: number = performance.now()): string | undefined {
  const global = globalThis as { [KEY]?: { pages: number; startedAt: number } };
  const count = (global[KEY] ??= { pages: 0, startedAt: now });
  count.pages += 1;
  return count.pages % PROGRESS_EVERY === 0 ? progressLine(count.pages, (now - count.startedAt) / 1000) : undefined;
}
