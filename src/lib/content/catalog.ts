/**
 * Loads the whole content tree once: every file read, parsed and schema-checked a single time,
 * with every problem collected rather than thrown. Integrity rules then work on the result.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { closest } from 'fastest-levenshtein';
import {
  type AlignmentFile,
  type Credential,
  type Program,
  type Pilot,
  type Rubric,
  type Stack,
  type StandardsFramework,
} from '../../../schemas/index.ts';
import type { z } from 'astro/zod';
import { contentType } from './content-types.ts';
import { parseOnePager, type OnePager } from './one-pager.ts';
import { makeProblem, type Problem } from '../problems.ts';
import { readSourceFile } from './source-file.ts';
import { loadYamlFile, type YamlFile } from './yaml-file.ts';
import { contentHash, NO_CACHE, type CheckCache } from './check-cache.ts';

/** The four files every credential folder holds. */
export const CREDENTIAL_FILES = {
  credential: 'credential.yaml',
  onePager: 'one-pager.mdx',
  rubric: 'rubric.yaml',
  alignment: 'alignment.yaml',
} as const;

const ALLOWED_EXTRA_FILES = new Set(['README.md']);

export interface CredentialFolder {
  /** Folder name, which is the credential's permanent id. */
  id: string;
  /** Folder path relative to the project root. */
  dir: string;
  credential?: YamlFile<Credential> | undefined;
  rubric?: YamlFile<Rubric> | undefined;
  alignment?: YamlFile<AlignmentFile> | undefined;
  onePager?: OnePager | undefined;
}

export interface Catalog {
  /** Absolute project root the paths are relative to. */
  root: string;
  credentials: CredentialFolder[];
  standards: YamlFile<StandardsFramework>[];
  stacks: YamlFile<Stack>[];
  /** content/program.yaml: levels, pathways, evidence types, formats. */
  program?: YamlFile<Program> | undefined;
  pilots?: YamlFile<Pilot[]> | undefined;
  /** Number of content files read. */
  filesRead: number;
  /** Problems found while reading, parsing and validating single files. */
  problems: Problem[];
  /** Results kept between runs of `npm run check` (NO_CACHE everywhere else). */
  cache: CheckCache;
  /** Each file read, by its project-relative path: the hash of its text, for cache keys (empty without a persistent cache). */
  hashes: Map<string, string>;
}

/**
 * The cache key of a result that depends only on these files: their paths and hashes. Files that are
 * missing or unread still count, so adding one changes the key.
 */
export const filesKey = (catalog: Catalog, ...files: string[]) => files.map((file) => `${file}@${catalog.hashes.get(file) ?? '-'}`).join('\n');

/** Every YAML file the catalog read that parsed, program and pilots first: for rules that read all prose. */
export const catalogYamlFiles = (catalog: Catalog): YamlFile[] =>
  ([] as Array<YamlFile | undefined>)
    .concat(
    catalog.program,
    catalog.pilots,
    ...catalog.standards,
    ...catalog.stacks,
    ...catalog.credentials.flatMap((folder) => [folder.credential, folder.rubric, folder.alignment]),
    )
    .filter((yaml): yaml is YamlFile => yaml?.data !== undefined);

const toPosix = (path: string) => path.split(sep).join('/');

const listDir = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => !name.startsWith('.'))
        .sort()
    : [];

export function loadCatalog(root: string, { cache = NO_CACHE }: { cache?: CheckCache } = {}): Catalog {
  const contentDir = join(root, 'content');
  const catalog: Catalog = { root, credentials: [], standards: [], stacks: [], filesRead: 0, problems: [], cache, hashes: new Map() };
  const rel = (absolute: string) => toPosix(relative(root, absolute));
  const fileProblem = (file: string, message: string, hint: string): Problem => makeProblem(file, message, { hint, rule: 'file' });

  /** A file's text, hashed when results are cached; undefined (with its problems recorded) when it cannot be read. */
  function readText(absolute: string): { file: string; text: string } | undefined {
    const file = rel(absolute);
    catalog.filesRead += 1;
    const source = readSourceFile(absolute, file);
    catalog.problems.push(...source.problems);
    if (!source.ok) return undefined;
    if (cache.persistent) catalog.hashes.set(file, contentHash(source.text));
    return { file, text: source.text };
  }

  function readYaml<S extends z.ZodType>(absolute: string, schema: S): YamlFile<z.output<S>> | undefined {
    const source = readText(absolute);
    if (!source) return undefined;
    const { yaml, problems } = loadYamlFile(source.file, source.text, schema, { cache, key: filesKey(catalog, source.file) });
    catalog.problems.push(...problems);
    return yaml;
  }

  if (!existsSync(contentDir)) {
    catalog.problems.push(
      fileProblem('content', 'Create the content/ folder: no content was found.', 'run the checker from the project root'),
    );
    return catalog;
  }

  const programPath = join(contentDir, 'program.yaml');
  if (existsSync(programPath)) catalog.program = readYaml(programPath, contentType('program').schema);
  else
    catalog.problems.push(
      fileProblem(
        'content/program.yaml',
        'Create content/program.yaml: credentials and stacks refer to its levels, pathways, evidence types and formats.',
        'see content/README.md',
      ),
    );

  const pilotsPath = join(contentDir, 'pilots.yaml');
  if (existsSync(pilotsPath)) catalog.pilots = readYaml(pilotsPath, contentType('pilots').schema);

  for (const [folder, schema, target] of [
    ['standards', contentType('standards-framework').schema, catalog.standards],
    ['stacks', contentType('stack').schema, catalog.stacks],
  ] as const) {
    const dir = join(contentDir, folder);
    for (const name of listDir(dir)) {
      if (ALLOWED_EXTRA_FILES.has(name)) continue;
      if (!name.endsWith('.yaml')) {
        const hint = name.endsWith('.yml')
          ? `rename it to ${name.replace(/\.yml$/, '.yaml')}`
          : `content/${folder}/ holds only .yaml files`;
        catalog.problems.push(fileProblem(rel(join(dir, name)), `Move or rename this file: it is not a .yaml file.`, hint));
        continue;
      }
      const yaml = readYaml(join(dir, name), schema as z.ZodType);
      if (yaml) (target as YamlFile<unknown>[]).push(yaml);
    }
  }

  const credentialsDir = join(contentDir, 'credentials');
  for (const name of listDir(credentialsDir)) {
    const dir = join(credentialsDir, name);
    if (ALLOWED_EXTRA_FILES.has(name)) continue;
    if (!statSync(dir).isDirectory()) {
      catalog.problems.push(
        fileProblem(
          rel(dir),
          'Move this file into a credential folder: content/credentials/ holds one folder per credential.',
          'each credential lives in content/credentials/<id>/',
        ),
      );
      continue;
    }
    const folder: CredentialFolder = { id: name, dir: rel(dir) };
    const present = new Set(listDir(dir));
    const expected = Object.values(CREDENTIAL_FILES) as string[];
    for (const extra of [...present].filter((file) => !expected.includes(file) && !ALLOWED_EXTRA_FILES.has(file))) {
      const near = closest(extra, expected);
      catalog.problems.push(
        fileProblem(
          rel(join(dir, extra)),
          `Rename or remove "${extra}": a credential folder holds only ${expected.join(', ')}.`,
          `did you mean ${near}?`,
        ),
      );
    }
    for (const file of expected.filter((file) => !present.has(file))) {
      catalog.problems.push(
        fileProblem(
          rel(join(dir, file)),
          `Add ${file}: every credential folder needs all four files.`,
          'copy it from another credential folder and adapt it; content/credentials/README.md explains every field',
        ),
      );
    }
    if (present.has(CREDENTIAL_FILES.credential))
      folder.credential = readYaml(join(dir, CREDENTIAL_FILES.credential), contentType('credential').schema);
    if (present.has(CREDENTIAL_FILES.rubric)) folder.rubric = readYaml(join(dir, CREDENTIAL_FILES.rubric), contentType('rubric').schema);
    if (present.has(CREDENTIAL_FILES.alignment))
      folder.alignment = readYaml(join(dir, CREDENTIAL_FILES.alignment), contentType('alignment').schema);
    if (present.has(CREDENTIAL_FILES.onePager)) {
      const source = readText(join(dir, CREDENTIAL_FILES.onePager));
      if (source) {
        const parsed = cache.memo('mdx', filesKey(catalog, source.file), () => parseOnePager(source.file, source.text));
        catalog.problems.push(...parsed.problems);
        folder.onePager = parsed.onePager;
      }
    }
    catalog.credentials.push(folder);
  }
  return catalog;
}
