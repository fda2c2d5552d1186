/**
 * A credential compared across a pull request: what changed in it (fields with their weight, notes,
 * rewritten prose), the version arithmetic the gate needs, and the credential folders loaded for
 * comparison. The change gate decides what is allowed; this module only describes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { AlignmentFile, Credential, Rubric } from '../../../schemas/index.ts';
import type { Catalog, CredentialFolder } from '../content/catalog.ts';
import type { Problem } from '../problems.ts';
import { classOfField, FILE_CLASSES, type Bump, type ChangeClass } from './change-classes.ts';
import { changedParagraphs, changedStrings, type TextChange } from './text-changes.ts';

export interface ChangedField {
  /** A credential.yaml field, or one of the other files of the folder. */
  name: string;
  class: ChangeClass;
  why: string;
}

export interface CredentialChange {
  id: string;
  code: string;
  title: string;
  kind: 'added' | 'changed' | 'deleted' | 'renamed' | 'unreadable';
  renamedTo?: string | undefined;
  baseStatus?: string | undefined;
  headStatus?: string | undefined;
  baseVersion?: string | undefined;
  headVersion?: string | undefined;
  required: Bump | 'none';
  fields: ChangedField[];
  /** What changed, in words a reviewer reads. */
  notes: string[];
  /** Rewritten prose, before and after. */
  texts: TextChange[];
  coverage?: { before: string; after: string } | undefined;
}

export interface GateResult {
  changes: CredentialChange[];
  problems: Problem[];
}

const parseVersion = (version: string) => version.split('.').map(Number) as [number, number, number];

export function compareVersions(a: string, b: string): number {
  const [x, y] = [parseVersion(a), parseVersion(b)];
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}

/** The smallest version that satisfies a required bump from `base`. */
export function minimumVersion(base: string, bump: Bump | 'none'): string {
  const [major, minor, patch] = parseVersion(base);
  if (bump === 'major') return `${major + 1}.0.0`;
  if (bump === 'minor') return `${major}.${minor + 1}.0`;
  if (bump === 'patch') return `${major}.${minor}.${patch + 1}`;
  return base;
}

export const readOnePager = (catalog: Catalog, folder: CredentialFolder) =>
  folder.onePager ? readFileSync(join(catalog.root, folder.onePager.file), 'utf8').replace(/\r\n?/g, '\n') : undefined;

/** A folder whose four files all loaded and passed their schemas, so it can be compared field by field. */
export interface LoadedFolder {
  folder: CredentialFolder;
  credential: Credential;
  rubric: Rubric;
  alignment: AlignmentFile;
  onePager: string;
}

export function loaded(
  catalog: Catalog,
  folder: CredentialFolder | undefined,
  onePagerText: typeof readOnePager,
): LoadedFolder | undefined {
  const credential = folder?.credential?.data;
  const rubric = folder?.rubric?.data;
  const alignment = folder?.alignment?.data;
  const onePager = folder && onePagerText(catalog, folder);
  const failed = folder && catalog.problems.some((problem) => problem.severity === 'error' && problem.file.startsWith(`${folder.dir}/`));
  return folder && credential && rubric && alignment && onePager !== undefined && !failed
    ? { folder, credential, rubric, alignment, onePager }
    : undefined;
}

/** The fields and files that differ, each with its weight. */
export function changedFields(before: LoadedFolder, after: LoadedFolder): ChangedField[] {
  const fields: ChangedField[] = [];
  const keys = [...new Set([...Object.keys(before.credential), ...Object.keys(after.credential)])] as Array<keyof Credential>;
  for (const key of keys)
    if (!isDeepStrictEqual(before.credential[key], after.credential[key])) fields.push({ name: key, ...classOfField(key) });
  if (!isDeepStrictEqual(before.rubric, after.rubric)) fields.push({ name: 'rubric.yaml', ...FILE_CLASSES.rubric });
  if (!isDeepStrictEqual(before.alignment, after.alignment)) fields.push({ name: 'alignment.yaml', ...FILE_CLASSES.alignment });
  if (before.onePager !== after.onePager) fields.push({ name: 'one-pager.mdx', ...FILE_CLASSES.onePager });
  return fields;
}

export function changedTexts(before: LoadedFolder, after: LoadedFolder, fields: ChangedField[]): TextChange[] {
  const content = fields.filter(
    (field) => field.class !== 'process' && (field.name in before.credential || field.name in after.credential),
  );
  const under = (prefix: string, changes: TextChange[]) => changes.map((change) => ({ ...change, where: `${prefix} ${change.where}` }));
  return [
    ...content.flatMap(({ name }) =>
      changedStrings(before.credential[name as keyof Credential], after.credential[name as keyof Credential], name),
    ),
    ...under('rubric', changedStrings(before.rubric, after.rubric)),
    ...under('alignment', changedStrings(before.alignment, after.alignment)),
    ...changedParagraphs(before.onePager, after.onePager),
  ];
}
