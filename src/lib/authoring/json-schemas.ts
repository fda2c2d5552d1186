/**
 * JSON Schema versions of the content schemas, for editors: VS Code's YAML extension reads them
 * (see .vscode/settings.json) and gives authors completion, hover help and inline errors. Which files
 * there are comes from the content-type table.
 */
import { z } from 'astro/zod';
import { CONTENT_TYPES } from '../content/content-types.ts';

/** Folder, relative to the project root, that holds the generated files. */
export const JSON_SCHEMA_DIR = 'schemas/json';

/** The text of every generated file, keyed by file name. */
export function renderJsonSchemas(): Map<string, string> {
  return new Map(
    CONTENT_TYPES.map(({ jsonSchema: file, title, schema }) => {
      // `input` describes what authors write (fields with defaults are optional); draft-07 is what
      // the YAML language server behind VS Code's YAML extension understands best.
      const json = z.toJSONSchema(schema, { io: 'input', target: 'draft-7' });
      return [file, `${JSON.stringify({ ...json, title }, null, 2)}\n`];
    }),
  );
}
