/**
 * JSON Schema versions of the content schemas, for editors: VS Code's YAML extension reads them
 * (see .vscode/settings.json) and gives authors completion, hover help and inline errors. The same
 * table tells tools such as the formatter which schema a content file follows.
 */
import { posix } from 'node:path';
import { z } from 'astro/zod';
import {
  alignmentSchema,
  credentialSchema,
  programSchema,
  pilotsFileSchema,
  rubricSchema,
  stackSchema,
  standardsFrameworkSchema,
} from '../../schemas/index.ts';

/** Each generated file, the content files it describes, and the schema it comes from. */
export const JSON_SCHEMA_TARGETS = [
  { file: 'credential.schema.json', title: 'Micro-credential', content: 'content/credentials/*/credential.yaml', schema: credentialSchema },
  { file: 'rubric.schema.json', title: 'Rubric', content: 'content/credentials/*/rubric.yaml', schema: rubricSchema },
  { file: 'alignment.schema.json', title: 'Standards alignment', content: 'content/credentials/*/alignment.yaml', schema: alignmentSchema },
  { file: 'standards-framework.schema.json', title: 'Standards framework', content: 'content/standards/*.yaml', schema: standardsFrameworkSchema },
  { file: 'stack.schema.json', title: 'Micro-endorsement stack', content: 'content/stacks/*.yaml', schema: stackSchema },
  { file: 'program.schema.json', title: 'Program', content: 'content/program.yaml', schema: programSchema },
  { file: 'pilots.schema.json', title: 'Pilots', content: 'content/pilots.yaml', schema: pilotsFileSchema },
] as const;

/** Folder, relative to the project root, that holds the generated files. */
export const JSON_SCHEMA_DIR = 'schemas/json';

/** The text of every generated file, keyed by file name. */
export function renderJsonSchemas(): Map<string, string> {
  return new Map(
    JSON_SCHEMA_TARGETS.map(({ file, title, schema }) => {
      // `input` describes what authors write (fields with defaults are optional); draft-07 is what
      // the YAML language server behind VS Code's YAML extension understands best.
      const json = z.toJSONSchema(schema, { io: 'input', target: 'draft-7' });
      return [file, `${JSON.stringify({ ...json, title }, null, 2)}\n`];
    }),
  );
}

/** The schema for a content file, by its path relative to the project root (forward slashes), if it is one. */
export function schemaForContentPath(path: string): z.ZodType | undefined {
  return JSON_SCHEMA_TARGETS.find((target) => posix.matchesGlob(path, target.content))?.schema;
}
