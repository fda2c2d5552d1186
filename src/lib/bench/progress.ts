/**
 * The progress line of a long generation run, on stderr so stdout keeps only the summary: on a
 * terminal one line rewritten in place, elsewhere (a CI log, a pipe) one line per tenth of the run.
 */

/** Smaller runs finish before a progress line could be read, so they print none. */
export const PROGRESS_FROM = 200;

/** `writing credentials: 500/2000 (25%)` */
export const progressLine = (done: number, total: number) => `writing credentials: ${done}/${total} (${Math.floor((done * 100) / total)}%)`;

/** A progress callback for `total` items writing to `stream`, or undefined when `total` is too small to need one. */
export function progressReporter(
  total: number,
  stream: { isTTY?: boolean | undefined; write(text: string): unknown },
): ((done: number) => void) | undefined {
  if (total < PROGRESS_FROM) return undefined;
  let shown = -1;
  return (done) => {
    const percent = Math.floor((done * 100) / total);
    const step = stream.isTTY ? percent : Math.floor(percent / 10);
    if (step === shown) return;
    shown = step;
    if (stream.isTTY) stream.write(`\r${progressLine(done, total)}${done === total ? '\n' : ''}`);
    else if (step > 0) stream.write(`${progressLine(done, total)}\n`);
  };
}
