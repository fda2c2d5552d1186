/**
 * `content/credentials/<id>/alignment.yaml`: the K-12 and educator standards a credential addresses.
 */
import { z } from 'astro/zod';
import { prose, reportRepeats, slug } from './common.ts';

const alignmentEntrySchema = z.strictObject({
  /** Framework id: the name of a file in content/standards/ without `.yaml`. */
  framework: slug('the framework id').describe('Framework id, the file name in content/standards/ without .yaml, e.g. "ngss".'),
  /** Standard code exactly as the registry lists it. */
  code: z
    .string({ error: 'Write the standard code as text, e.g. "HS-ETS1-2".' })
    .trim()
    .min(1, { error: 'Write the standard code, e.g. "HS-ETS1-2".' })
    .describe('Standard code exactly as listed in the framework file, e.g. "HS-ETS1-2".'),
  /** The ADDIE phase, artifact id or rubric criterion id that meets the standard. */
  addressedBy: slug('the phase, artifact or criterion id').describe(
    'What meets the standard: an ADDIE phase (e.g. "implement"), an artifact id or a rubric criterion id.',
  ),
  /** One line on why the evidence addresses the standard. */
  rationale: prose('the rationale', { min: 20, max: 300 }).describe('One line on how the evidence addresses the standard.'),
});

export const alignmentSchema = z
  .strictObject({
    /** Every standard the credential addresses. */
    alignments: z
      .array(alignmentEntrySchema, { error: 'Write the alignments as a list.' })
      .min(1, { error: 'Align the credential to at least one standard.' })
      .describe('Standards the credential addresses, each with what meets it and why.'),
  })
  .superRefine((file, ctx) =>
    reportRepeats(
      ctx,
      file.alignments.map((entry, index) => ({ item: entry, path: ['alignments', index, 'code'] })),
      (entry) => `${entry.framework}:${entry.code}:${entry.addressedBy}`,
      (entry) => `Remove the repeated alignment to ${entry.framework} ${entry.code} by "${entry.addressedBy}".`,
    ),
  );

export type AlignmentFile = z.output<typeof alignmentSchema>;
export type Alignment = AlignmentFile['alignments'][number];
