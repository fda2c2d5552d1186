/**
 * What an `astro build` log says about the build beyond its timing: how many pages it built, which
 * warnings it printed and how often, and whether it told the reader how far it had got.
 */

export interface BuildLog {
  /** Pages Astro reports having built, or null when the log does not say. */
  pagesBuilt: number | null;
  /** Lines that carry a warning. */
  warnings: number;
  /** Warning lines whose exact text (timestamps and colors aside) an earlier warning line already printed. */
  repeatedWarnings: number;
  /**
   * Warning lines that repeat an earlier one once file names, quoted names and numbers are set
   * aside: one warning printed per credential repeats here even though every copy names another file.
   */
  repeatedWarningKinds: number;
  /** Each distinct warning (names and numbers set aside) with how many lines printed it, most frequent first. */
  warningKinds: Array<{ text: string; count: number }>;
  /** Whether some line reports progress: a count of a total ("120/1000", "120 of 1000"), a percentage, or the build's own "[progress] 250 pages rendered". */
  progressLine: boolean;
  /** Lines in the log, for how much a build prints as the catalog grows. */
  lines: number;
}

// Terminal color codes: the escape character, then parameters and "m".
const COLORS = /\x1b\[[0-9;]*m/g;
const TIMESTAMP = /^\d{1,2}:\d{2}:\d{2}(?:\.\d+)?\s+/;
const WARNING = /\[WARN\]|\bwarning\b|Warning:/i;
const PROGRESS = /\b\d+\s*(?:\/|of)\s*\d+\b|\b\d{1,3}(?:\.\d+)?\s?%|^\[progress\] \d+ pages rendered/;

/** A log line as it reads on a terminal without colors, without its leading time of day. */
export const plainLine = (line: string): string => line.replace(COLORS, '').replace(TIMESTAMP, '').trimEnd();

/** A warning's text with the parts that differ between copies of the same warning set aside. */
export const warningKind = (text: string): string =>
  text
    .replace(/"[^"]*"|'[^']*'|`[^`]*`/g, '"…"')
    .replace(/\S*[\\/]\S*/g, '<path>')
    .replace(/\d+/g, 'N');

/** Reads a build's combined output. */
export function readBuildLog(output: string): BuildLog {
  const lines = output.split('\n').map(plainLine);
  const warningLines = lines.filter((line) => WARNING.test(line));
  const kinds = new Map<string, number>();
  for (const line of warningLines) kinds.set(warningKind(line), (kinds.get(warningKind(line)) ?? 0) + 1);
  const pages = [...output.matchAll(/(\d+) page\(s\) built/g)].at(-1)?.[1];
  return {
    pagesBuilt: pages === undefined ? null : Number(pages),
    warnings: warningLines.length,
    repeatedWarnings: warningLines.length - new Set(warningLines).size,
    repeatedWarningKinds: warningLines.length - kinds.size,
    warningKinds: [...kinds].map(([text, count]) => ({ text, count })).sort((a, b) => b.count - a.count || a.text.localeCompare(b.text)),
    progressLine: lines.some((line) => !WARNING.test(line) && PROGRESS.test(line)),
    lines: lines.filter(Boolean).length,
  };
}
