/**
 * `content/standards/<framework>.yaml`: one standards framework and the items the catalog cites.
 */
import { z } from 'astro/zod';
import { httpsUrl, prose, reportRepeats, slug } from './common.ts';

/** Whom a framework's standards describe: what students learn, or what educators do. */
export const STANDARD_AUDIENCES = ['students', 'educators'] as const;

const standardItemSchema = z.strictObject({
  /** The official code, exactly as the publisher prints it. */
  code: z
    .string({ error: 'Write the code as text, e.g. "HS-ETS1-2".' })
    .trim()
    .min(1, { error: 'Write the official code.' })
    .regex(/^\S+$/, { error: 'Write the code without spaces, exactly as the publisher prints it.' })
    .describe('Official code exactly as the publisher prints it.'),
  /**
   * A short label in our own words; never the official statement. Optional because `npm run
   * import:case` brings items in without one (labels are ours to write, and the import never copies
   * the official text): the standard-label rule requires one on every item a credential cites.
   */
  label: prose('the label', { min: 10, max: 160 })
    .optional()
    .describe('Short label in your own words; do not paste the official statement. Required once a credential cites the item.'),
  /** Grade band the item belongs to, e.g. 9-12; leave out for educator standards. */
  gradeBand: z
    .string({ error: 'Write the grade band as text, e.g. "9-12".' })
    .regex(/^(K|[0-9]|1[0-2])(-([0-9]|1[0-2]))?$/, { error: 'Write the grade band like "9-12", "6-8" or "K-2".' })
    .optional()
    .describe('Grade band, e.g. "9-12"; leave out for educator standards.'),
  /** Official address of the item (the CASE item URI where one exists). */
  uri: httpsUrl.optional().describe('Official address of the item; the CASE item URI where one exists.'),
  /** Code of the nearest coded item above this one in the publisher's hierarchy (CASE `isChildOf`). */
  parent: z
    .string({ error: 'Write the parent code as text, e.g. "HS-ETS1".' })
    .regex(/^\S+$/, { error: 'Write the parent code without spaces, exactly as the publisher prints it.' })
    .optional()
    .describe("Code of the nearest coded item above this one in the publisher's hierarchy; npm run import:case writes it."),
});

export const standardsFrameworkSchema = z
  .strictObject({
    /** Framework id; equals the file name. */
    id: slug('the framework id').describe('Framework id; must equal the file name without .yaml.'),
    /** Full name of the framework. */
    name: prose('the framework name', { max: 200 }).describe('Full name of the framework.'),
    /** Abbreviation used in tables. */
    shortName: prose('the short name', { max: 30 }).describe('Abbreviation shown in tables, e.g. "NGSS".'),
    /** Organization that publishes it. */
    publisher: prose('the publisher', { max: 200 }).describe('Organization that publishes the framework.'),
    /** Year of the edition cited. */
    year: z.number({ error: 'Write the year as a number, e.g. 2013.' }).int().min(1990).max(2100).describe('Year of the edition cited.'),
    /** Whether the standards describe students or educators. */
    audience: z
      .enum(STANDARD_AUDIENCES, { error: 'Choose audience: students or educators.' })
      .describe('students: what students learn; educators: what teachers do.'),
    /** Official web page of the framework. */
    url: httpsUrl.describe('Official web page of the framework.'),
    /** How the framework relates to Louisiana's standards. */
    louisianaContext: prose('the Louisiana context', { max: 400 })
      .optional()
      .describe("How the framework relates to Louisiana's own standards."),
    /** Terms under which codes and labels may be used. */
    license: prose('the license note', { max: 500 }).describe('Terms of use for the standards, and the notice they require.'),
    /** The items the catalog cites. */
    items: z
      .array(standardItemSchema, { error: 'Write the items as a list.' })
      .min(1, { error: 'List at least one standard item.' })
      .describe('Standards the catalog cites.'),
  })
  .superRefine((framework, ctx) =>
    reportRepeats(
      ctx,
      framework.items.map((item, index) => ({ item, path: ['items', index, 'code'] })),
      (item) => item.code,
      (item) => `List ${item.code} only once in this framework.`,
    ),
  );

export type StandardsFramework = z.output<typeof standardsFrameworkSchema>;
export type StandardItem = StandardsFramework['items'][number];
