/**
 * `content/stacks/<id>.yaml`: a micro-endorsement, an ordered set of credentials earned together.
 */
import { z } from 'astro/zod';
import { prose, slug, uniqueList } from './common.ts';

export const stackSchema = z.strictObject({
  /** Permanent id; equals the file name. */
  id: slug('the stack id').describe('Permanent id; must equal the file name without .yaml.'),
  /** Name of the micro-endorsement. */
  title: prose('the stack title', { max: 150 }).describe('Name of the micro-endorsement.'),
  /** Pathway the stack belongs to. */
  pathway: slug('the pathway id').describe('Pathway id from content/program.yaml.'),
  /** What earning the whole stack shows. */
  description: prose('the stack description', { min: 40, max: 800 }).describe('What earning the whole stack shows.'),
  /** Credential ids in the order a teacher should earn them. */
  credentials: uniqueList(slug('a credential id'), 'the credentials')
    .min(2, { error: 'List at least two credentials; a stack combines several.' })
    .describe('Credential ids in the order a teacher should earn them.'),
});

export type Stack = z.output<typeof stackSchema>;
