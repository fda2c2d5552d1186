/**
 * Building blocks shared by every content schema. Each helper carries an author-facing
 * description (shown in editors through the generated JSON Schema and reused as the hint
 * in checker messages) and error text phrased as an instruction.
 */
import { z } from 'astro/zod';

/** Lowercase letters and digits in words joined by single hyphens: ids, folder names, page addresses. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A permanent, URL-safe identifier such as `facilitating-project-based-learning`. */
export const slug = (what: string) =>
  z.string({ error: `Write ${what} as text, for example "facilitating-project-based-learning".` }).regex(SLUG, {
    error: `Use only lowercase letters, digits and single hyphens in ${what}, for example "facilitating-project-based-learning".`,
  });

/** Prose written by an author: trimmed, non-empty and bounded so pages stay readable. */
export const prose = (what: string, { min = 1, max = 2000 }: { min?: number; max?: number } = {}) =>
  z
    .string({ error: `Write ${what} as text.` })
    .trim()
    .min(min, { error: min === 1 ? `Write ${what}; it cannot be empty.` : `Write at least ${min} characters for ${what}.` })
    .max(max, { error: `Shorten ${what} to ${max} characters or fewer.` });

/** A calendar date written as YYYY-MM-DD, kept as text so every reader sees the same value. */
export const isoDate = z
  .string({ error: 'Write the date as YYYY-MM-DD, for example "2021-05-28".' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Write the date as YYYY-MM-DD, for example "2021-05-28".' })
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), {
    error: 'Use a real calendar date (check the month and day).',
  });

/** A year-month such as `2020-03`, for events known only to the month. */
export const yearMonth = z
  .string({ error: 'Write the month as YYYY-MM, for example "2020-03".' })
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'Write the month as YYYY-MM, for example "2020-03".' });

/** A semantic version: MAJOR.MINOR.PATCH. */
export const semver = z
  .string({ error: 'Write the version as MAJOR.MINOR.PATCH, for example "1.0.0".' })
  .regex(/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/, {
    error: 'Write the version as MAJOR.MINOR.PATCH with no "v" prefix, for example "1.2.0".',
  });

/** An absolute https address; plain http and scripts are refused so every link is safe to render. */
export const httpsUrl = z
  .string({ error: 'Write the address as text starting with https://.' })
  .url({ error: 'Write a full web address starting with https://, for example "https://www.nextgenscience.org/".' })
  .refine((value) => value.startsWith('https://'), { error: 'Use an address that starts with https://.' });

/** An inclusive grade range within K-12, with kindergarten written as 0. */
export const gradeRange = z
  .strictObject({
    /** Lowest grade served (0 = kindergarten). */
    from: z
      .number({ error: 'Write the lowest grade as a whole number from 0 (kindergarten) to 12.' })
      .int()
      .min(0)
      .max(12)
      .describe('Lowest grade served; 0 means kindergarten.'),
    /** Highest grade served. */
    to: z
      .number({ error: 'Write the highest grade as a whole number from 0 (kindergarten) to 12.' })
      .int()
      .min(0)
      .max(12)
      .describe('Highest grade served.'),
  })
  .refine((range) => range.from <= range.to, { error: 'Make "from" the lower grade and "to" the higher one.', path: ['to'] });

/** A list that must hold each value once. */
export const uniqueList = <T extends z.ZodType>(item: T, what: string) =>
  z
    .array(item, { error: `Write ${what} as a list (one "- " line per entry).` })
    .refine((values) => new Set(values.map((value) => JSON.stringify(value))).size === values.length, {
      error: `List each of ${what} only once.`,
    });

/**
 * Reports every entry whose key an earlier entry already has, at that entry's own path, so authors
 * are pointed at the repeat rather than the original.
 */
export function reportRepeats<T>(
  ctx: z.RefinementCtx,
  entries: ReadonlyArray<{ item: T; path: Array<string | number> }>,
  keyOf: (item: T) => string,
  message: (item: T) => string,
): void {
  const seen = new Set<string>();
  for (const { item, path } of entries) {
    const key = keyOf(item);
    if (seen.has(key)) ctx.addIssue({ code: 'custom', path, message: message(item) });
    seen.add(key);
  }
}
