/**
 * `content/pilots.yaml`: the pilot tests the credentials went through.
 */
import { z } from 'astro/zod';
import { prose, slug, yearMonth } from './common.ts';

export const pilotSchema = z
  .strictObject({
    /** Pilot id used in credential histories, e.g. `pilot-1`. */
    id: slug('the pilot id').describe('Pilot id used in credential histories, e.g. "pilot-1".'),
    /** Name shown on pages. */
    name: prose('the pilot name', { max: 120 }).describe('Name shown on pages, e.g. "Pilot 1".'),
    /** Month the pilot started. */
    start: yearMonth.describe('Month the pilot started, YYYY-MM.'),
    /** Month the pilot ended. */
    end: yearMonth.describe('Month the pilot ended, YYYY-MM.'),
    /** Teachers who took part. */
    teachers: z.number({ error: 'Write the number of teachers as a whole number.' }).int().min(0).describe('Teachers who took part.'),
    /** Teachers who submitted at least one credential. */
    submittedAtLeastOne: z
      .number({ error: 'Write a whole number.' })
      .int()
      .min(0)
      .describe('Teachers who submitted at least one credential.'),
    /** Teachers who earned at least one credential. */
    earnedAtLeastOne: z.number({ error: 'Write a whole number.' }).int().min(0).describe('Teachers who earned at least one credential.'),
    /** Context worth knowing. */
    note: prose('the note', { max: 500 }).optional().describe('Context worth knowing about the pilot.'),
  })
  .superRefine((pilot, ctx) => {
    if (pilot.end < pilot.start)
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'Make the end month no earlier than the start month.' });
    if (pilot.submittedAtLeastOne > pilot.teachers)
      ctx.addIssue({ code: 'custom', path: ['submittedAtLeastOne'], message: 'This cannot exceed the number of teachers.' });
    if (pilot.earnedAtLeastOne > pilot.submittedAtLeastOne)
      ctx.addIssue({ code: 'custom', path: ['earnedAtLeastOne'], message: 'This cannot exceed the teachers who submitted.' });
  });

export const pilotsFileSchema = z.array(pilotSchema, { error: 'Write the pilots as a list.' }).describe('Pilot tests of the credentials.');

export type Pilot = z.output<typeof pilotSchema>;
