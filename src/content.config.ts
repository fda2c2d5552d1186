/**
 * Astro collections, taken from the one load of the catalog that the content gate checked, so the
 * site can never read content differently from how it was validated. The entries are stored as the
 * loader validated them: the schemas here give the pages their types, and validating again would
 * only repeat the work.
 */
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { pilotSchema } from '../schemas/index.ts';
import type { Catalog } from './lib/content/catalog.ts';
import { contentType } from './lib/content/content-types.ts';
import { sharedCatalog } from './lib/content/shared-catalog.ts';

/** A loader that takes one kind of entry from the validated catalog. */
function fromCatalog(name: string, entries: (catalog: Catalog) => Array<{ id: string; data: unknown }>): Loader {
  return {
    name: `catalog:${name}`,
    load({ store, logger }) {
      const catalog = sharedCatalog(process.cwd());
      if (catalog.problems.some((problem) => problem.severity === 'error')) {
        logger.warn('content has errors; run `npm run check` to see them. Invalid entries are left out.');
      }
      store.clear();
      for (const { id, data } of entries(catalog)) store.set({ id, data: data as Record<string, unknown> });
      return Promise.resolve();
    },
  };
}

/** Entries whose file passed its schema, keyed by the id the content gives itself. */
function valid<T>(items: Array<{ data?: T | undefined } | undefined>, id: (data: T) => string) {
  return items.flatMap((item) => {
    const data = item?.data;
    return data === undefined ? [] : [{ id: id(data), data }];
  });
}

export const collections = {
  credentials: defineCollection({
    loader: fromCatalog('credentials', (catalog) =>
      valid(
        catalog.credentials.map((folder) => folder.credential),
        (data) => data.id,
      ),
    ),
    schema: contentType('credential').schema,
  }),
  rubrics: defineCollection({
    loader: fromCatalog('rubrics', (catalog) =>
      catalog.credentials.flatMap((folder) => (folder.rubric?.data ? [{ id: folder.id, data: folder.rubric.data }] : [])),
    ),
    schema: contentType('rubric').schema,
  }),
  alignments: defineCollection({
    loader: fromCatalog('alignments', (catalog) =>
      catalog.credentials.flatMap((folder) => (folder.alignment?.data ? [{ id: folder.id, data: folder.alignment.data }] : [])),
    ),
    schema: contentType('alignment').schema,
  }),
  onePagers: defineCollection({
    loader: glob({
      base: './content/credentials',
      pattern: '*/one-pager.mdx',
      generateId: ({ entry }) => entry.split('/')[0]!,
    }),
    schema: z.object({}),
  }),
  standards: defineCollection({
    loader: fromCatalog('standards', (catalog) => valid(catalog.standards, (data) => data.id)),
    schema: contentType('standards-framework').schema,
  }),
  stacks: defineCollection({
    loader: fromCatalog('stacks', (catalog) => valid(catalog.stacks, (data) => data.id)),
    schema: contentType('stack').schema,
  }),
  // One entry: the program's levels, pathways (in their order), evidence types, formats and status names.
  program: defineCollection({
    loader: fromCatalog('program', (catalog) => (catalog.program?.data ? [{ id: 'program', data: catalog.program.data }] : [])),
    schema: contentType('program').schema,
  }),
  pilots: defineCollection({
    loader: fromCatalog('pilots', (catalog) => (catalog.pilots?.data ?? []).map((pilot) => ({ id: pilot.id, data: pilot }))),
    // One entry per pilot, so the schema of one list item rather than of the whole file.
    schema: pilotSchema,
  }),
};
