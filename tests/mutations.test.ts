/**
 * Mutation tests: take every real content file, break it in each way an author plausibly could
 * (drop a required field, change its type, add an unknown key, break a reference) and assert the
 * checker names that file and that field.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { checkContent } from '../src/lib/checks/check.ts';
import { schemaForContentPath } from '../src/lib/content/content-types.ts';
import { loadYamlFile } from '../src/lib/content/yaml-file.ts';

const root = join(import.meta.dirname, '..');
const credentialDirs = readdirSync(join(root, 'content/credentials'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const listYaml = (folder: string) =>
  readdirSync(join(root, 'content', folder))
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => `content/${folder}/${name}`);

/** Files whose top level is a list: their first entry is the object mutated. */
const LIST_FILES = new Set(['content/pilots.yaml']);

/** Each YAML file, its schema (the one the checker uses), and the path of the object whose fields are mutated. */
const targets: Array<{ file: string; schema: z.ZodType; base: Array<string | number> }> = [
  ...credentialDirs.flatMap((id) =>
    ['credential.yaml', 'rubric.yaml', 'alignment.yaml'].map((name) => `content/credentials/${id}/${name}`),
  ),
  ...listYaml('standards'),
  ...listYaml('stacks'),
  'content/program.yaml',
  ...LIST_FILES,
].map((file) => ({ file, schema: schemaForContentPath(file)!, base: LIST_FILES.has(file) ? [0] : [] }));

const fieldPath = (path: Array<string | number>) =>
  path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key), '');

function objectShape(schema: z.ZodType, base: Array<string | number>): Record<string, z.ZodType> {
  const def = (schema as unknown as { _zod: { def: { element?: z.ZodType } } })._zod.def;
  const target = base.length ? def.element! : schema;
  return (target as unknown as { shape: Record<string, z.ZodType> }).shape;
}

function wrongTypeFor(value: unknown): unknown {
  if (typeof value === 'string') return 42;
  if (typeof value === 'number') return 'forty-two';
  if (typeof value === 'boolean') return 'yes';
  return 'plain text';
}

function mutate(file: string, change: (doc: ReturnType<typeof parseDocument>) => void): string {
  const doc = parseDocument(readFileSync(join(root, file), 'utf8'));
  change(doc);
  return String(doc);
}

describe.each(targets)('$file', ({ file, schema, base }) => {
  const shape = objectShape(schema, base);
  const original = parseDocument(readFileSync(join(root, file), 'utf8')).toJS();
  const present = Object.keys(base.length ? original[base[0] as number] : original);
  const required = Object.keys(shape).filter((key) => !shape[key]!.safeParse(undefined).success);

  it.each(required)('reports the file and field when "%s" is removed', (key) => {
    const text = mutate(file, (doc) => doc.deleteIn([...base, key]));
    const { problems } = loadYamlFile(file, text, schema);
    expect(problems).toContainEqual(expect.objectContaining({ file, field: fieldPath([...base, key]), severity: 'error' }));
  });

  it.each(present)('reports the file and field when "%s" has the wrong type', (key) => {
    const value = (base.length ? original[base[0] as number] : original)[key];
    const text = mutate(file, (doc) => doc.setIn([...base, key], wrongTypeFor(value)));
    const { problems } = loadYamlFile(file, text, schema);
    expect(problems.map((problem) => problem.field)).toContain(fieldPath([...base, key]));
  });

  it('reports the file and the key when an unknown key is added', () => {
    const text = mutate(file, (doc) => doc.setIn([...base, 'unexpectedField'], 'x'));
    const { problems } = loadYamlFile(file, text, schema);
    expect(problems).toContainEqual(expect.objectContaining({ file, field: fieldPath([...base, 'unexpectedField']) }));
  });
});

/** Broken references need the whole catalog, so each runs the full check on a copy of the project. */
function checkWithEdit(file: string, change: (doc: ReturnType<typeof parseDocument>) => void) {
  const copy = mkdtempSync(join(tmpdir(), 'mc-mutation-'));
  cpSync(join(root, 'content'), join(copy, 'content'), { recursive: true });
  const doc = parseDocument(readFileSync(join(copy, file), 'utf8'));
  change(doc);
  writeFileSync(join(copy, file), String(doc));
  return checkContent(copy).problems.filter((problem) => problem.severity === 'error');
}

describe.each(credentialDirs)('broken references in %s', (id) => {
  const dir = `content/credentials/${id}`;

  it('reports a prerequisite that does not exist', () => {
    const problems = checkWithEdit(`${dir}/credential.yaml`, (doc) => doc.setIn(['prerequisites'], ['no-such-credential']));
    expect(problems).toContainEqual(
      expect.objectContaining({ file: `${dir}/credential.yaml`, field: 'prerequisites[0]', rule: 'credential-references' }),
    );
  });

  it('reports a rubric criterion that scores a missing artifact', () => {
    const problems = checkWithEdit(`${dir}/rubric.yaml`, (doc) => doc.setIn(['criteria', 0, 'artifacts', 0], 'no-such-artifact'));
    expect(problems).toContainEqual(
      expect.objectContaining({ file: `${dir}/rubric.yaml`, field: 'criteria[0].artifacts[0]', rule: 'rubric-references' }),
    );
  });

  it('reports an alignment to a code the registry does not list', () => {
    const problems = checkWithEdit(`${dir}/alignment.yaml`, (doc) => doc.setIn(['alignments', 0, 'code'], 'NO-SUCH-CODE'));
    expect(problems).toContainEqual(
      expect.objectContaining({ file: `${dir}/alignment.yaml`, field: 'alignments[0].code', rule: 'alignment-references' }),
    );
  });

  it('reports an alignment met by a requirement that does not exist', () => {
    const problems = checkWithEdit(`${dir}/alignment.yaml`, (doc) => doc.setIn(['alignments', 0, 'addressedBy'], 'no-such-step'));
    expect(problems).toContainEqual(expect.objectContaining({ file: `${dir}/alignment.yaml`, field: 'alignments[0].addressedBy' }));
  });
});

describe.each(listYaml('stacks'))('broken references in %s', (file) => {
  it('reports a stack member that does not exist', () => {
    const problems = checkWithEdit(file, (doc) => doc.setIn(['credentials', 0], 'no-such-credential'));
    expect(problems).toContainEqual(expect.objectContaining({ file, field: 'credentials[0]', rule: 'stack-references' }));
  });
});
