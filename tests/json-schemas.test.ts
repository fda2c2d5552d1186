import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_TYPES } from '../src/lib/content/content-types.ts';
import { JSON_SCHEMA_DIR, renderJsonSchemas } from '../src/lib/authoring/json-schemas.ts';

const root = join(import.meta.dirname, '..');

describe('renderJsonSchemas()', () => {
  it.each([...renderJsonSchemas()])('committed %s matches the zod schema (run `npm run schemas` if not)', (file, text) => {
    expect(readFileSync(join(root, JSON_SCHEMA_DIR, file), 'utf8')).toBe(text);
  });

  it('gives authors a description for every credential field', () => {
    const schema = JSON.parse(renderJsonSchemas().get('credential.schema.json')!);
    const undocumented = Object.entries(schema.properties as Record<string, { description?: string }>)
      .filter(([, value]) => !value.description)
      .map(([key]) => key);
    expect(undocumented).toEqual([]);
  });

  it('is wired into .vscode/settings.json for exactly the content files it describes', () => {
    const settings = JSON.parse(readFileSync(join(root, '.vscode/settings.json'), 'utf8'));
    const expected = Object.fromEntries(CONTENT_TYPES.map((type) => [`./${JSON_SCHEMA_DIR}/${type.jsonSchema}`, type.pattern]));
    expect(settings['yaml.schemas']).toEqual(expected);
  });
});
