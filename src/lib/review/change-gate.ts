/**
 * The change gate for pull requests. Compares the content at the base of a pull request with the
 * content it proposes and holds approved and published credentials to the review contract:
 * - every changed field weighs major, minor or patch by the table in change-classes.ts, and the
 *   version rises at least that much, with a changelog entry;
 * - a change to an approved or published credential merges together with LDOE's approval of its new
 *   version, recorded in the same pull request, so a published credential stays published, now at
 *   the new version; an approved one may instead go back to review;
 * - status moves follow the one table in lifecycle.ts; approval records are append-only;
 * - ids are permanent; published credentials are retired, never deleted;
 * - a file that does not load fails the gate with its own error, because nothing in it can be compared.
 * Pure: git is the caller's job.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { AlignmentFile, Credential, Rubric } from '../../../schemas/index.ts';
import type { Catalog, CredentialFolder } from '../content/catalog.ts';
import { coverageText, describeAlignment, describeRequirements, describeRubric } from './change-notes.ts';
import { classOfField, FILE_CLASSES, largestBump, type Bump, type ChangeClass } from './change-classes.ts';
import { APPROVED_STATUSES, canMove, NEW_CREDENTIAL, STATUS_TRANSITIONS } from './lifecycle.ts';
import { makeProblem, type Problem } from '../problems.ts';
import { changedParagraphs, changedStrings, type TextChange } from './text-changes.ts';

export type { Bump };

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

function compareVersions(a: string, b: string): number {
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

const readOnePager = (catalog: Catalog, folder: CredentialFolder) =>
  folder.onePager ? readFileSync(join(catalog.root, folder.onePager.file), 'utf8').replace(/\r\n?/g, '\n') : undefined;

/** A folder whose four files all loaded and passed their schemas, so it can be compared field by field. */
interface LoadedFolder {
  folder: CredentialFolder;
  credential: Credential;
  rubric: Rubric;
  alignment: AlignmentFile;
  onePager: string;
}

function loaded(catalog: Catalog, folder: CredentialFolder | undefined, onePagerText: typeof readOnePager): LoadedFolder | undefined {
  const credential = folder?.credential?.data;
  const rubric = folder?.rubric?.data;
  const alignment = folder?.alignment?.data;
  const onePager = folder && onePagerText(catalog, folder);
  const failed = folder && catalog.problems.some((problem) => problem.severity === 'error' && problem.file.startsWith(`${folder.dir}/`));
  return folder && credential && rubric && alignment && onePager !== undefined && !failed ? { folder, credential, rubric, alignment, onePager } : undefined;
}

/** The fields and files that differ, each with its weight. */
function changedFields(before: LoadedFolder, after: LoadedFolder): ChangedField[] {
  const fields: ChangedField[] = [];
  const keys = [...new Set([...Object.keys(before.credential), ...Object.keys(after.credential)])] as Array<keyof Credential>;
  for (const key of keys) if (!isDeepStrictEqual(before.credential[key], after.credential[key])) fields.push({ name: key, ...classOfField(key) });
  if (!isDeepStrictEqual(before.rubric, after.rubric)) fields.push({ name: 'rubric.yaml', ...FILE_CLASSES.rubric });
  if (!isDeepStrictEqual(before.alignment, after.alignment)) fields.push({ name: 'alignment.yaml', ...FILE_CLASSES.alignment });
  if (before.onePager !== after.onePager) fields.push({ name: 'one-pager.mdx', ...FILE_CLASSES.onePager });
  return fields;
}

function changedTexts(before: LoadedFolder, after: LoadedFolder, fields: ChangedField[]): TextChange[] {
  const content = fields.filter((field) => field.class !== 'process' && (field.name in before.credential || field.name in after.credential));
  const under = (prefix: string, changes: TextChange[]) => changes.map((change) => ({ ...change, where: `${prefix} ${change.where}` }));
  return [
    ...content.flatMap(({ name }) => changedStrings(before.credential[name as keyof Credential], after.credential[name as keyof Credential], name)),
    ...under('rubric', changedStrings(before.rubric, after.rubric)),
    ...under('alignment', changedStrings(before.alignment, after.alignment)),
    ...changedParagraphs(before.onePager, after.onePager),
  ];
}

const article = (status: string) => (status === 'approved' ? 'an approved' : `a ${status}`);

/** Compares two catalogs; `renames` are the credential folders git saw renamed (old id → new id). */
export function gateChanges(base: Catalog, head: Catalog, { renames = new Map<string, string>(), onePagerText = readOnePager } = {}): GateResult {
  // A file that does not load cannot be compared: its own error is the gate's first finding.
  const problems: Problem[] = head.problems.filter((problem) => problem.severity === 'error');
  const changes: CredentialChange[] = [];
  const headById = new Map(head.credentials.map((folder) => [folder.id, folder]));
  const baseById = new Map(base.credentials.map((folder) => [folder.id, folder]));
  const headByCode = new Map(head.credentials.flatMap((folder) => (folder.credential?.data ? [[folder.credential.data.code, folder.id] as const] : [])));
  const at = (file: string, rule: string, message: string, hint: string): Problem => makeProblem(file, message, { hint, rule });
  const change = (fields: Omit<CredentialChange, 'fields' | 'texts' | 'required'> & Partial<CredentialChange>): CredentialChange => ({ required: 'none', fields: [], texts: [], ...fields });

  for (const [id, before] of baseById) {
    const old = before.credential?.data;
    if (headById.has(id) || !old) continue;
    const renamedTo = renames.get(id) ?? [...headByCode].find(([code, newId]) => code === old.code && !baseById.has(newId))?.[1];
    if (renamedTo) {
      problems.push(at(`content/credentials/${renamedTo}/credential.yaml`, 'change-id-rename', `Keep the id "${id}": credential ids are permanent, so the folder cannot become "${renamedTo}".`, `rename the folder back to ${id} and restore id: ${id}; change the title instead`));
      changes.push(change({ id, code: old.code, title: old.title, kind: 'renamed', renamedTo, baseStatus: old.status, baseVersion: old.version, notes: [`Renamed to "${renamedTo}" (refused).`] }));
    } else {
      if (APPROVED_STATUSES.has(old.status)) {
        problems.push(at(`content/credentials/${id}/credential.yaml`, 'change-deleted-published', `Restore ${old.code} "${old.title}": ${article(old.status)} credential is retired, never deleted.`, 'set status: retired and name the replacement in replacedBy'));
      }
      changes.push(change({ id, code: old.code, title: old.title, kind: 'deleted', baseStatus: old.status, baseVersion: old.version, notes: ['Deleted.'] }));
    }
  }

  for (const [id, after] of headById) {
    const headFolder = loaded(head, after, onePagerText);
    const baseFolder = loaded(base, baseById.get(id), onePagerText);
    const raw = after.credential?.raw as { code?: unknown; title?: unknown } | undefined;
    if (!headFolder) {
      const label = (value: unknown) => (typeof value === 'string' ? value : '');
      changes.push(change({ id, code: label(raw?.code) || id, title: label(raw?.title), kind: 'unreadable', notes: [`Not compared: a file in ${after.dir}/ does not load (see the problems below).`] }));
      continue;
    }
    const next = headFolder.credential;
    const file = after.credential!;
    if (!baseById.has(id)) {
      if ([...renames.values()].includes(id) || changes.some((entry) => entry.renamedTo === id)) continue;
      changes.push(change({ id, code: next.code, title: next.title, kind: 'added', headStatus: next.status, headVersion: next.version, notes: [`Added as ${next.status}, version ${next.version}.`] }));
      if (!canMove(NEW_CREDENTIAL, next.status)) {
        problems.push(file.problemAt(['status'], `Add the credential as ${STATUS_TRANSITIONS[NEW_CREDENTIAL].join(' or ')}: a new credential is reviewed before LDOE approves it.`, { rule: 'change-status-transition', hint: 'approval and publication each come in a later pull request' }));
      }
      continue;
    }
    if (!baseFolder) {
      changes.push(change({ id, code: next.code, title: next.title, kind: 'changed', headStatus: next.status, headVersion: next.version, notes: ['Not compared: its files at the base of the pull request do not load.'] }));
      continue;
    }
    const old = baseFolder.credential;
    const fields = changedFields(baseFolder, headFolder);
    if (fields.length === 0) continue;
    const required = largestBump(fields.map((field) => field.class));
    const rubricChanged = fields.some((field) => field.name === 'rubric.yaml' || field.name === 'requirements');
    const notes = [
      ...describeRequirements(old, next),
      ...(fields.some((field) => field.name === 'rubric.yaml') ? describeRubric(baseFolder.rubric, headFolder.rubric) : []),
      ...describeAlignment(baseFolder.alignment, headFolder.alignment),
    ];
    if (old.status !== next.status) notes.push(`Status: ${old.status} → ${next.status}.`);
    const addedApprovals = next.approvals.slice(old.approvals.length);
    for (const approval of addedApprovals) notes.push(`Approval recorded: version ${approval.version} by ${approval.reviewer} (${approval.role}), ${approval.date}, ${approval.reference}.`);
    changes.push(change({
      id, code: next.code, title: next.title, kind: 'changed', baseStatus: old.status, headStatus: next.status, baseVersion: old.version, headVersion: next.version,
      required, fields, notes, texts: changedTexts(baseFolder, headFolder, fields),
      coverage: rubricChanged ? { before: coverageText(baseFolder.folder), after: coverageText(headFolder.folder) } : undefined,
    }));

    // Approval records are the review's memory: what LDOE approved stays exactly as it was recorded.
    old.approvals.forEach((record, index) => {
      const now = next.approvals[index];
      const who = `the approval of version ${record.version} by ${record.reviewer} (${record.date})`;
      if (!now) {
        problems.push(file.problemAt(['approvals'], `Restore ${who}: approval records are append-only, so none is ever removed.`, { rule: 'change-approval-history', hint: 'add new records after the existing ones; never edit or delete a past one' }));
      } else if (!isDeepStrictEqual(record, now)) {
        const edited = (Object.keys(record) as Array<keyof typeof record>).filter((key) => record[key] !== now[key]);
        problems.push(file.problemAt(['approvals', index, edited[0] ?? 'reviewer'], `Restore ${who} as it was recorded: approval records are append-only, and ${edited.map((key) => `${key} "${record[key]}" became "${now[key]}"`).join(', ')}.`, { rule: 'change-approval-history', hint: 'a correction is a new record after the existing ones, with its own reference' }));
      }
    });
    addedApprovals.forEach((record, offset) => {
      if (record.version === next.version) return;
      problems.push(file.problemAt(['approvals', old.approvals.length + offset, 'version'], `Record the approval for version ${next.version}, the version this pull request proposes, not ${record.version}.`, { rule: 'change-approval-history', hint: 'a reviewer approves the version being merged' }));
    });

    if (!canMove(old.status, next.status)) {
      const allowed = STATUS_TRANSITIONS[old.status];
      problems.push(file.problemAt(['status'], `Keep the status ${old.status}, or move it one step: a credential cannot go from ${old.status} to ${next.status} in one pull request.`, { rule: 'change-status-transition', hint: allowed.length ? `from ${old.status} it can become ${allowed.join(' or ')}` : 'a retired credential stays retired; add a new credential instead' }));
    }
    if (compareVersions(next.version, old.version) < 0) {
      problems.push(file.problemAt(['version'], `Keep the version at ${old.version} or above: versions never go down.`, { rule: 'change-version-decrease', hint: `the base of this pull request has ${old.version}` }));
      continue;
    }
    const versionChanged = next.version !== old.version;
    if (!APPROVED_STATUSES.has(old.status) || (required === 'none' && !versionChanged)) continue;

    const minimum = minimumVersion(old.version, required);
    if (compareVersions(next.version, minimum) < 0) {
      const weighed = fields.filter((field) => field.class === required).map((field) => `${field.name} (${field.why})`).join(', ');
      problems.push(file.problemAt(['version'], `Raise the version to at least ${minimum}, with a changelog entry: ${weighed} changed, a ${required} change, and it was ${old.status} at ${old.version}.`, { rule: 'change-version-bump', hint: 'major for what a teacher submits or how it is scored, minor for alignment and claims, patch for wording; CONTRIBUTING.md has the table' }));
    } else if (!next.changelog.some((entry) => entry.version === next.version)) {
      problems.push(file.problemAt(['changelog'], `Add a changelog entry for version ${next.version} saying what changed.`, { rule: 'change-changelog', hint: 'version, date (YYYY-MM-DD) and a summary in plain words a teacher understands' }));
    }
    const target = versionChanged ? next.version : minimum;
    if (next.status !== 'in-review' && !addedApprovals.some((record) => record.version === target)) {
      const instead = old.status === 'approved' ? '; or set status: in-review to take it back to review' : '';
      problems.push(file.problemAt(['approvals'], `Merge this change together with LDOE's approval of version ${target}, or not at all: ${article(old.status)} credential changes only with the approval of its new version in the same pull request.`, { rule: 'change-approval', hint: `after reviewing, the LDOE reviewer adds an approvals entry with version: ${target}, reviewer, role, date and reference: this pull request${instead}` }));
    }
  }
  return { changes: changes.sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true })), problems };
}
