/**
 * Every kind of YAML content file, once: where it lives, the zod schema it follows, its editor JSON
 * Schema and its title. The loader, the formatter, the JSON Schema generator, the editor settings
 * test and the Astro collections all read this table, so a new content type is one entry here.
 */
import { posix } from 'node:path';
import type { z } from 'astro/zod';
import {
  alignmentSchema,
  credentialSchema,
  pilotsFileSchema,
  programSchema,
  rubricSchema,
  stackSchema,
  standardsFrameworkSchema,
} from '../../../schemas/index.ts';

export const CONTENT_TYPES = [
  {
    kind: 'credential',
    title: 'Micro-credential',
    pattern: 'content/credentials/*/credential.yaml',
    jsonSchema: 'credential.schema.json',
    schema: credentialSchema,
  },
  { kind: 'rubric', title: 'Rubric', pattern: 'content/credentials/*/rubric.yaml', jsonSchema: 'rubric.schema.json', schema: rubricSchema },
  {
    kind: 'alignment',
    title: 'Standards alignment',
    pattern: 'content/credentials/*/alignment.yaml',
    jsonSchema: 'alignment.schema.json',
    schema: alignmentSchema,
  },
  {
    kind: 'standards-framework',
    title: 'Standards framework',
    pattern: 'content/standards/*.yaml',
    jsonSchema: 'standards-framework.schema.json',
    schema: standardsFrameworkSchema,
  },
  {
    kind: 'stack',
    title: 'Micro-endorsement stack',
    pattern: 'content/stacks/*.yaml',
    jsonSchema: 'stack.schema.json',
    schema: stackSchema,
  },
  { kind: 'program', title: 'Program', pattern: 'content/program.yaml', jsonSchema: 'program.schema.json', schema: programSchema },
  { kind: 'pilots', title: 'Pilots', pattern: 'content/pilots.yaml', jsonSchema: 'pilots.schema.json', schema: pilotsFileSchema },
] as const;

export type ContentType = (typeof CONTENT_TYPES)[number];
export type ContentKind = ContentType['kind'];

/** The entry of one kind, with its schema typed. */
export function contentType<K extends ContentKind>(kind: K): Extract<ContentType, { kind: K }> {
  return CONTENT_TYPES.find((type) => type.kind === kind) as Extract<ContentType, { kind: K }>;
}

/** The content type of a file, by its path relative to the project root (forward slashes), if it is one. */
export const contentTypeOfPath = (path: string): ContentType | undefined =>
  CONTENT_TYPES.find((type) => posix.matchesGlob(path, type.pattern));

/** The schema for a content file, by its path relative to the project root, if it is one. */
export const schemaForContentPath = (path: string): z.ZodType | undefined => contentTypeOfPath(path)?.schema;
