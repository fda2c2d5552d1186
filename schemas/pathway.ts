/**
 * One pathway of the program, as listed in `content/program.yaml`: the Louisiana STEM Jump Start
 * pathways credentials belong to.
 */
import { z } from 'astro/zod';
import { prose, slug } from './common.ts';

/** Capital letters that start a code, e.g. `PE` in `PE-2.1`. */
export const codePrefix = z
  .string({ error: 'Write the code prefix as text, e.g. "PE".' })
  .regex(/^[A-Z]{2,5}$/, { error: 'Write the code prefix in 2 to 5 capital letters, e.g. "PE".' });

export const pathwaySchema = z.strictObject({
  /** Permanent pathway id used by credentials and stacks. */
  id: slug('the pathway id').describe('Permanent pathway id, e.g. "pre-engineering".'),
  /** Name as Louisiana uses it. */
  name: prose('the pathway name', { max: 120 }).describe('Name of the pathway as Louisiana uses it.'),
  /** Prefix of the codes of this pathway's credentials. */
  codePrefix: codePrefix.describe('Prefix of the codes of this pathway\'s credentials, e.g. "PE".'),
  /** The levels this pathway's credentials may have. */
  levels: z
    .array(z.number({ error: 'Write each level as a whole number, e.g. 2.' }).int(), { error: 'Write the levels as a list, e.g. [2, 3].' })
    .min(1, { error: 'List at least one level for this pathway, e.g. [2, 3].' })
    .describe("Levels of this pathway's credentials, from the program's levels, e.g. [2, 3]."),
  /** What the pathway prepares students for. */
  description: prose('the pathway description', { min: 40, max: 800 }).describe('What the pathway prepares students for.'),
});

export type Pathway = z.output<typeof pathwaySchema>;
