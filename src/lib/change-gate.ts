/**
 * The change gate for pull requests. Compares the content at the base of a pull request with the
 * content it proposes and holds approved and published credentials to the versioning contract:
 * requirement or rubric changes need a major version, alignment changes a minor one, wording a
 * patch; every new version has a changelog entry; a changed credential goes back to review; ids
 * are permanent; published credentials are retired, never deleted. Pure: git is the caller's job.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { AlignmentFile, Credential, Rubric } from '../../schemas/index.ts';
import type { Catalog, CredentialFolder } from './catalog.ts';
import type { Problem } from './problems.ts';
import { rubricCoverage } from './reports.ts';

export type Bump = 'major' | 'minor' | 'patch' | 'none';

/** Fields that record the review process rather than what the credential asks of teachers. */
const PROCESS_FIELDS = new Set(['status', 'version', 'changelog', 'approvals']);
const GATED_STATUSES = new Set(['approved', 'published']);

/**
 * The lifecycle: draft → in-review → approved → published → retired. A credential may also go back
 * to review (withdrawn, or changed after approval), and be retired from any live state; nothing
 * comes back from retirement, which is final so that old links keep one meaning.
 */
export const ALLOWED_TRANSITIONS: Record<string, readonly string[]> = {
  draft: ['in-review'],
  'in-review': ['draft', 'approved', 'published'],
  approved: ['in-review', 'published', 'retired'],
  published: ['in-review', 'retired'],
  retired: [],
};

export interface CredentialChange {
  id: string;
  code: string;
  title: string;
  kind: 'added' | 'changed' | 'deleted' | 'renamed';
  renamedTo?: string | undefined;
  baseStatus?: string | undefined;
  headStatus?: string | undefined;
  baseVersion?: string | undefined;
  headVersion?: string | undefined;
  required: Bump;
  /** What changed, in words a reviewer reads. */
  notes: string[];
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
export function minimumVersion(base: string, bump: Bump): string {
  const [major, minor, patch] = parseVersion(base);
  if (bump === 'major') return `${major + 1}.0.0`;
  if (bump === 'minor') return `${major}.${minor + 1}.0`;
  if (bump === 'patch') return `${major}.${minor}.${patch + 1}`;
  return base;
}

const list = (items: string[]) => items.map((item) => `"${item}"`).join(', ');

function describeRequirements(before: Credential, after: Credential): string[] {
  const notes: string[] = [];
  for (const requirement of after.requirements) {
    const old = before.requirements.find((candidate) => candidate.phase === requirement.phase);
    if (!old) {
      notes.push(`Requirements: added the ${requirement.phase} phase.`);
      continue;
    }
    if (old.task !== requirement.task) notes.push(`Requirements: reworded the ${requirement.phase} task.`);
    const oldIds = old.artifacts.map((artifact) => artifact.id);
    const newIds = requirement.artifacts.map((artifact) => artifact.id);
    const added = newIds.filter((id) => !oldIds.includes(id));
    const removed = oldIds.filter((id) => !newIds.includes(id));
    if (added.length) notes.push(`Requirements: the ${requirement.phase} phase now also asks for ${list(added)}.`);
    if (removed.length) notes.push(`Requirements: the ${requirement.phase} phase no longer asks for ${list(removed)}.`);
    for (const artifact of requirement.artifacts) {
      const previous = old.artifacts.find((candidate) => candidate.id === artifact.id);
      if (!previous || isDeepStrictEqual(previous, artifact)) continue;
      const fields = (Object.keys(artifact) as Array<keyof typeof artifact>).filter((key) => !isDeepStrictEqual(previous[key], artifact[key]));
      notes.push(`Requirements: changed ${fields.join(', ')} of "${artifact.id}".`);
    }
  }
  for (const requirement of before.requirements) {
    if (!after.requirements.some((candidate) => candidate.phase === requirement.phase)) notes.push(`Requirements: removed the ${requirement.phase} phase.`);
  }
  return notes;
}

function describeRubric(before: Rubric | undefined, after: Rubric | undefined): string[] {
  if (!before || !after) return before === after ? [] : ['Rubric: the rubric file was added or removed.'];
  const notes: string[] = [];
  const oldIds = before.criteria.map((criterion) => criterion.id);
  const newIds = after.criteria.map((criterion) => criterion.id);
  for (const criterion of after.criteria.filter((candidate) => !oldIds.includes(candidate.id))) notes.push(`Rubric: added the criterion "${criterion.title}".`);
  for (const criterion of before.criteria.filter((candidate) => !newIds.includes(candidate.id))) notes.push(`Rubric: removed the criterion "${criterion.title}".`);
  for (const criterion of after.criteria) {
    const previous = before.criteria.find((candidate) => candidate.id === criterion.id);
    if (!previous || isDeepStrictEqual(previous, criterion)) continue;
    const levels = ([['demonstrated', 'Demonstrated'], ['progressing', 'Progressing'], ['notMet', 'Not Met']] as const).filter(([key]) => previous.descriptors[key] !== criterion.descriptors[key]).map(([, name]) => name);
    const parts = [
      ...(levels.length ? [`rewrote the ${levels.join(', ')} descriptor${levels.length > 1 ? 's' : ''}`] : []),
      ...(previous.title !== criterion.title ? [`renamed it from "${previous.title}"`] : []),
      ...(!isDeepStrictEqual(previous.artifacts, criterion.artifacts) ? [`now scores ${list(criterion.artifacts)} (was ${list(previous.artifacts)})`] : []),
      ...(previous.phase !== criterion.phase ? [`moved it from ${previous.phase} to ${criterion.phase}`] : []),
    ];
    notes.push(`Rubric: "${criterion.title}": ${parts.join('; ')}.`);
  }
  const { criteria: _before, ...beforeRest } = before;
  const { criteria: _after, ...afterRest } = after;
  if (!isDeepStrictEqual(beforeRest, afterRest)) notes.push('Rubric: changed the levels, earn rule or assessor model.');
  return notes;
}

function describeAlignment(before: AlignmentFile | undefined, after: AlignmentFile | undefined): string[] {
  type Entry = AlignmentFile['alignments'][number];
  const standard = (entry: Entry) => `${entry.framework} ${entry.code}`;
  // A standard may be met by several pieces of evidence, so entries are compared per standard, as sets.
  const entriesOf = (entries: Entry[], key: string) => entries.filter((entry) => standard(entry) === key).map((entry) => `${entry.addressedBy}\0${entry.rationale}`).sort();
  const oldEntries = before?.alignments ?? [];
  const newEntries = after?.alignments ?? [];
  const oldStandards = [...new Set(oldEntries.map(standard))];
  const newStandards = [...new Set(newEntries.map(standard))];
  const added = newStandards.filter((key) => !oldStandards.includes(key));
  const removed = oldStandards.filter((key) => !newStandards.includes(key));
  const changed = newStandards.filter((key) => oldStandards.includes(key) && !isDeepStrictEqual(entriesOf(oldEntries, key), entriesOf(newEntries, key)));
  return [
    ...(added.length ? [`Alignment: now addresses ${added.join(', ')}.`] : []),
    ...(removed.length ? [`Alignment: no longer addresses ${removed.join(', ')}.`] : []),
    ...changed.map((key) => `Alignment: changed the evidence or rationale for ${key}.`),
  ];
}

function describeWording(before: CredentialFolder, after: CredentialFolder, beforeText: string | undefined, afterText: string | undefined): string[] {
  const old = before.credential!.data!;
  const next = after.credential!.data!;
  const keys = [...new Set([...Object.keys(old), ...Object.keys(next)])].filter((field) => field !== 'requirements' && !PROCESS_FIELDS.has(field));
  const fields = keys.filter((field) => !isDeepStrictEqual(old[field as keyof Credential], next[field as keyof Credential]));
  return [
    ...(fields.length ? [`Wording: changed ${fields.join(', ')}.`] : []),
    ...(beforeText !== afterText ? ['Wording: edited the one-pager.'] : []),
  ];
}

const coverageText = (folder: CredentialFolder) => {
  const row = rubricCoverage({ credentials: [folder] } as Catalog)[0];
  return row ? `${row.artifacts.assessed}/${row.artifacts.total} artifacts assessed, ${row.criteria.total} criteria` : 'not computable';
};

const readOnePager = (catalog: Catalog, folder: CredentialFolder) => (folder.onePager ? readFileSync(join(catalog.root, folder.onePager.file), 'utf8') : undefined);

/** Compares two catalogs; `renames` are the credential folders git saw renamed (old id → new id). */
export function gateChanges(base: Catalog, head: Catalog, { renames = new Map<string, string>(), onePagerText = readOnePager } = {}): GateResult {
  const problems: Problem[] = [];
  const changes: CredentialChange[] = [];
  const headById = new Map(head.credentials.map((folder) => [folder.id, folder]));
  const baseById = new Map(base.credentials.map((folder) => [folder.id, folder]));
  const headByCode = new Map(head.credentials.flatMap((folder) => (folder.credential?.data ? [[folder.credential.data.code, folder.id] as const] : [])));
  const at = (file: string, rule: string, message: string, hint: string): Problem => ({ file, line: 1, col: 1, field: '', message, hint, rule, severity: 'error' });

  for (const [id, before] of baseById) {
    const old = before.credential?.data;
    if (headById.has(id) || !old) continue;
    const renamedTo = renames.get(id) ?? [...headByCode].find(([code, newId]) => code === old.code && !baseById.has(newId))?.[1];
    if (renamedTo) {
      problems.push(at(`content/credentials/${renamedTo}/credential.yaml`, 'change-id-rename', `Keep the id "${id}": credential ids are permanent, so the folder cannot become "${renamedTo}".`, `rename the folder back to ${id} and restore id: ${id}; change the title instead`));
      changes.push({ id, code: old.code, title: old.title, kind: 'renamed', renamedTo, baseStatus: old.status, baseVersion: old.version, required: 'none', notes: [`Renamed to "${renamedTo}" (refused).`] });
    } else {
      if (GATED_STATUSES.has(old.status)) {
        problems.push(at(`content/credentials/${id}/credential.yaml`, 'change-deleted-published', `Restore ${old.code} "${old.title}": ${old.status === 'approved' ? 'an approved' : 'a published'} credential is retired, never deleted.`, 'set status: retired and name the replacement in replacedBy'));
      }
      changes.push({ id, code: old.code, title: old.title, kind: 'deleted', baseStatus: old.status, baseVersion: old.version, required: 'none', notes: ['Deleted.'] });
    }
  }

  for (const [id, after] of headById) {
    const next = after.credential?.data;
    if (!next) continue;
    const before = baseById.get(id);
    const old = before?.credential?.data;
    if (!before || !old) {
      if (![...renames.values()].includes(id) && !changes.some((change) => change.renamedTo === id)) {
        changes.push({ id, code: next.code, title: next.title, kind: 'added', headStatus: next.status, headVersion: next.version, required: 'none', notes: [`Added as ${next.status}, version ${next.version}.`] });
      }
      continue;
    }
    const requirementNotes = [...describeRequirements(old, next), ...describeRubric(before.rubric?.data, after.rubric?.data)];
    const alignmentNotes = describeAlignment(before.alignment?.data, after.alignment?.data);
    const wordingNotes = describeWording(before, after, onePagerText(base, before), onePagerText(head, after));
    const required: Bump = requirementNotes.length ? 'major' : alignmentNotes.length ? 'minor' : wordingNotes.length ? 'patch' : 'none';
    const processChanged = ['status', 'version', 'changelog', 'approvals'].some((field) => !isDeepStrictEqual(old[field as keyof Credential], next[field as keyof Credential]));
    if (required === 'none' && !processChanged) continue;
    const file = after.credential!;
    const notes = [...requirementNotes, ...alignmentNotes, ...wordingNotes];
    if (old.status !== next.status) notes.push(`Status: ${old.status} → ${next.status}.`);
    for (const approval of next.approvals.filter((entry) => !old.approvals.some((previous) => isDeepStrictEqual(previous, entry)))) {
      notes.push(`Approval recorded: version ${approval.version} by ${approval.reviewer} (${approval.role}), ${approval.date}, ${approval.reference}.`);
    }
    changes.push({
      id, code: next.code, title: next.title, kind: 'changed', baseStatus: old.status, headStatus: next.status, baseVersion: old.version, headVersion: next.version, required, notes,
      coverage: requirementNotes.length ? { before: coverageText(before), after: coverageText(after) } : undefined,
    });

    if (old.status !== next.status && !ALLOWED_TRANSITIONS[old.status]?.includes(next.status)) {
      const allowed = ALLOWED_TRANSITIONS[old.status] ?? [];
      problems.push(file.problemAt(['status'], `Keep the status ${old.status}, or move it one step: a credential cannot go from ${old.status} to ${next.status}.`, { rule: 'change-status-transition', hint: allowed.length ? `from ${old.status} it can become ${allowed.join(' or ')}` : 'a retired credential stays retired; publish a new credential instead' }));
    }
    if (compareVersions(next.version, old.version) < 0) {
      problems.push(file.problemAt(['version'], `Keep the version at ${old.version} or above: versions never go down.`, { rule: 'change-version-decrease', hint: `the base of this pull request has ${old.version}` }));
      continue;
    }
    if (!GATED_STATUSES.has(old.status) || required === 'none') continue;
    const minimum = minimumVersion(old.version, required);
    if (compareVersions(next.version, minimum) < 0) {
      const why = required === 'major' ? 'its requirements or rubric changed' : required === 'minor' ? 'its standards alignment changed' : 'its wording changed';
      problems.push(file.problemAt(['version'], `Raise the version to at least ${minimum}: ${why} and it was ${old.status} at ${old.version}.`, { rule: 'change-version-bump', hint: 'major for requirement or rubric changes, minor for alignment, patch for wording' }));
    }
    if (next.version !== old.version && !next.changelog.some((entry) => entry.version === next.version)) {
      problems.push(file.problemAt(['changelog'], `Add a changelog entry for version ${next.version} saying what changed.`, { rule: 'change-changelog', hint: 'version, date (YYYY-MM-DD) and a summary in plain words' }));
    } else if (next.version === old.version) {
      problems.push(file.problemAt(['changelog'], `Add a changelog entry for the new version once you raise it to at least ${minimum}.`, { rule: 'change-changelog', hint: 'every version of a published credential is recorded' }));
    }
    if (next.status !== 'in-review' && next.status !== 'draft') {
      problems.push(file.problemAt(['status'], `Set status: in-review: the changed credential needs LDOE's approval again before it is ${old.status}.`, { rule: 'change-status', hint: 'a reviewer adds the approval record and publishes it in a later pull request' }));
    }
  }
  return { changes: changes.sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true })), problems };
}

/** The review summary posted on the pull request. */
export function renderChangeSummary(result: GateResult, baseLabel: string): string {
  const errors = result.problems.length;
  const lines = [`## Changes to credentials (compared with \`${baseLabel}\`)`, ''];
  if (result.changes.length === 0) return [...lines, 'No credential changed.', ''].join('\n');
  lines.push(errors ? `**❌ ${errors} problem${errors === 1 ? '' : 's'} to fix before review.**` : '**✅ Versioning rules met.**', '');
  lines.push('| Credential | Change | Status | Version | Bump required |', '| --- | --- | --- | --- | --- |');
  for (const change of result.changes) {
    const status = change.baseStatus && change.headStatus && change.baseStatus !== change.headStatus ? `${change.baseStatus} → ${change.headStatus}` : (change.headStatus ?? change.baseStatus ?? '');
    const version = change.baseVersion && change.headVersion && change.baseVersion !== change.headVersion ? `${change.baseVersion} → ${change.headVersion}` : (change.headVersion ?? change.baseVersion ?? '');
    lines.push(`| ${change.code} ${change.title} | ${change.kind} | ${status} | ${version} | ${change.required === 'none' ? '–' : change.required} |`);
  }
  lines.push('');
  for (const change of result.changes) {
    lines.push(`### ${change.code} ${change.title}`, '', ...change.notes.map((note) => `- ${note}`));
    if (change.coverage) lines.push(`- Rubric coverage: before ${change.coverage.before}; after ${change.coverage.after}.`);
    lines.push('');
  }
  if (errors) {
    lines.push('### To fix', '', ...result.problems.map((problem) => `- \`${problem.file}\` \`${problem.rule}\`: ${problem.message} (${problem.hint})`), '');
  }
  return lines.join('\n');
}
