/**
 * `content/pathways.yaml`: the Louisiana STEM Jump Start pathways credentials belong to.
 */
import { z } from 'astro/zod';
import { prose, slug } from './common.ts';

export const pathwaySchema = z.strictObject({
  /** Permanent pathway id used by credentials and stacks. */
  id: slug('the pathway id').describe('Permanent pathway id, e.g. "pre-engineering".'),
  /** Name as Louisiana uses it. */
  name: prose('the pathway name', { max: 120 }).describe('Name of the pathway as Louisiana uses it.'),
  /** Prefix of the codes of this pathway's credentials. */
  codePrefix: z
    .string({ error: 'Write the code prefix as text, e.g. "PE".' })
    .regex(/^[A-Z]{2,5}$/, { error: 'Write the code prefix in 2 to 5 capital letters, e.g. "PE".' })
    .describe('Prefix of the codes of this pathway\'s credentials, e.g. "PE".'),
  /** What the pathway prepares students for. */
  description: prose('the pathway description', { min: 40, max: 800 }).describe('What the pathway prepares students for.'),
});

export const pathwaysFileSchema = z
  .array(pathwaySchema, { error: 'Write the pathways as a list.' })
  .min(1, { error: 'List at least one pathway.' })
  .describe('The STEM pathways.');

export type Pathway = z.output<typeof pathwaySchema>;
