/**
 * How a Not Met descriptor is worded so that every portfolio fits exactly one level. It opens with
 * "Any required element … is missing", so partial work that is not Progressing is Not Met, and it
 * never lists absences joined by "and" ("neither a plan nor a video"): a portfolio missing only one
 * of them would fit no level at all.
 */

/** The opening every Not Met descriptor shares, allowing a noun between ("Any required element of the plan is missing"). */
export const NOT_MET_OPENING = /^Any required element\b[^.;]*?\bmissing\b/i;

/** The example authors are shown when the opening is wrong. */
export const NOT_MET_EXAMPLE = '"Any required element is missing, or the plan …"';

const ABSENCE_PATTERNS: ReadonlyArray<{ pattern: RegExp; hint: string }> = [
  { pattern: /\bneither\b[^.;]*\bnor\b/i, hint: 'write "Any required element is missing, or …" instead of "neither … nor"' },
  {
    pattern: /\b(?:no|without)\s[^.;]*?\band\s(?:no|without)\b/i,
    hint: 'one missing element is enough for Not Met: join absences with "or", not "and"',
  },
];

/** The hint for the first way `text` joins absences with "and" or "nor", or undefined when it does not. */
export function conjunctionOfAbsences(text: string): string | undefined {
  return ABSENCE_PATTERNS.find(({ pattern }) => pattern.test(text))?.hint;
}

/** What a Not Met descriptor judges beyond its shared opening ("Any required element is missing, or …"). */
export function notMetRemainder(text: string): string {
  return text
    .replace(NOT_MET_OPENING, '')
    .replace(/^[\s,;:.]*(or\b)?/i, '')
    .trim();
}
