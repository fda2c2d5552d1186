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
import { isDeepStrictEqual } from 'node:util';
import type { Catalog } from '../content/catalog.ts';
import { makeProblem, type Problem } from '../problems.ts';
import { coverageText, describeAlignment, describeRequirements, describeRubric } from './change-notes.ts';
import { largestBump } from './change-classes.ts';
import {
  changedFields,
  changedTexts,
  compareVersions,
  loaded,
  minimumVersion,
  readOnePager,
  type CredentialChange,
  type GateResult,
} from './credential-diff.ts';
import { APPROVED_STATUSES, canMove, NEW_CREDENTIAL, STATUS_TRANSITIONS } from './lifecycle.ts';

const article = (status: string) => (status === 'approved' ? 'an approved' : `a ${status}`);

/** Compares two catalogs; `renames` are the credential folders git saw renamed (old id → new id). */
export function gateChanges(
  base: Catalog,
  head: Catalog,
  { renames = new Map<string, string>(), onePagerText = readOnePager } = {},
): GateResult {
  // A file that does not load cannot be compared: its own error is the gate's first finding.
  const problems: Problem[] = head.problems.filter((problem) => problem.severity === 'error');
  const changes: CredentialChange[] = [];
  const headById = new Map(head.credentials.map((folder) => [folder.id, folder]));
  const baseById = new Map(base.credentials.map((folder) => [folder.id, folder]));
  const headByCode = new Map(
    head.credentials.flatMap((folder) => (folder.credential?.data ? [[folder.credential.data.code, folder.id] as const] : [])),
  );
  const at = (file: string, rule: string, message: string, hint: string): Problem => makeProblem(file, message, { hint, rule });
  const change = (fields: Omit<CredentialChange, 'fields' | 'texts' | 'required'> & Partial<CredentialChange>): CredentialChange => ({
    required: 'none',
    fields: [],
    texts: [],
    ...fields,
  });

  for (const [id, before] of baseById) {
    const old = before.credential?.data;
    if (headById.has(id) || !old) continue;
    const renamedTo = renames.get(id) ?? [...headByCode].find(([code, newId]) => code === old.code && !baseById.has(newId))?.[1];
    if (renamedTo) {
      problems.push(
        at(
          `content/credentials/${renamedTo}/credential.yaml`,
          'change-id-rename',
          `Keep the id "${id}": credential ids are permanent, so the folder cannot become "${renamedTo}".`,
          `rename the folder back to ${id} and restore id: ${id}; change the title instead`,
        ),
      );
      changes.push(
        change({
          id,
          code: old.code,
          title: old.title,
          kind: 'renamed',
          renamedTo,
          baseStatus: old.status,
          baseVersion: old.version,
          notes: [`Renamed to "${renamedTo}" (refused).`],
        }),
      );
    } else {
      if (APPROVED_STATUSES.has(old.status)) {
        problems.push(
          at(
            `content/credentials/${id}/credential.yaml`,
            'change-deleted-published',
            `Restore ${old.code} "${old.title}": ${article(old.status)} credential is retired, never deleted.`,
            'set status: retired and name the replacement in replacedBy',
          ),
        );
      }
      changes.push(
        change({
          id,
          code: old.code,
          title: old.title,
          kind: 'deleted',
          baseStatus: old.status,
          baseVersion: old.version,
          notes: ['Deleted.'],
        }),
      );
    }
  }

  for (const [id, after] of headById) {
    const headFolder = loaded(head, after, onePagerText);
    const baseFolder = loaded(base, baseById.get(id), onePagerText);
    const raw = after.credential?.raw as { code?: unknown; title?: unknown } | undefined;
    if (!headFolder) {
      const label = (value: unknown) => (typeof value === 'string' ? value : '');
      changes.push(
        change({
          id,
          code: label(raw?.code) || id,
          title: label(raw?.title),
          kind: 'unreadable',
          notes: [`Not compared: a file in ${after.dir}/ does not load (see the problems below).`],
        }),
      );
      continue;
    }
    const next = headFolder.credential;
    /** How the change table names the credential: its id, and its code and title as the pull request has them. */
    const identity = { id, code: next.code, title: next.title };
    const file = after.credential!;
    if (!baseById.has(id)) {
      if ([...renames.values()].includes(id) || changes.some((entry) => entry.renamedTo === id)) continue;
      changes.push(
        change({
          ...identity,
          kind: 'added',
          headStatus: next.status,
          headVersion: next.version,
          notes: [`Added as ${next.status}, version ${next.version}.`],
        }),
      );
      if (!canMove(NEW_CREDENTIAL, next.status)) {
        problems.push(
          file.problemAt(
            ['status'],
            `Add the credential as ${STATUS_TRANSITIONS[NEW_CREDENTIAL].join(' or ')}: a new credential is reviewed before LDOE approves it.`,
            { rule: 'change-status-transition', hint: 'approval and publication each come in a later pull request' },
          ),
        );
      }
      continue;
    }
    if (!baseFolder) {
      changes.push(
        change({
          ...identity,
          kind: 'changed',
          headStatus: next.status,
          headVersion: next.version,
          notes: ['Not compared: its files at the base of the pull request do not load.'],
        }),
      );
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
    for (const approval of addedApprovals)
      notes.push(
        `Approval recorded: version ${approval.version} by ${approval.reviewer} (${approval.role}), ${approval.date}, ${approval.reference}.`,
      );
    changes.push(
      change({
        ...identity,
        kind: 'changed',
        baseStatus: old.status,
        headStatus: next.status,
        baseVersion: old.version,
        headVersion: next.version,
        required,
        fields,
        notes,
        texts: changedTexts(baseFolder, headFolder, fields),
        coverage: rubricChanged ? { before: coverageText(baseFolder.folder), after: coverageText(headFolder.folder) } : undefined,
      }),
    );

    // Approval records are the review's memory: what LDOE approved stays exactly as it was recorded.
    old.approvals.forEach((record, index) => {
      const now = next.approvals[index];
      const who = `the approval of version ${record.version} by ${record.reviewer} (${record.date})`;
      if (!now) {
        problems.push(
          file.problemAt(['approvals'], `Restore ${who}: approval records are append-only, so none is ever removed.`, {
            rule: 'change-approval-history',
            hint: 'add new records after the existing ones; never edit or delete a past one',
          }),
        );
      } else if (!isDeepStrictEqual(record, now)) {
        const edited = (Object.keys(record) as Array<keyof typeof record>).filter((key) => record[key] !== now[key]);
        problems.push(
          file.problemAt(
            ['approvals', index, edited[0] ?? 'reviewer'],
            `Restore ${who} as it was recorded: approval records are append-only, and ${edited.map((key) => `${key} "${record[key]}" became "${now[key]}"`).join(', ')}.`,
            { rule: 'change-approval-history', hint: 'a correction is a new record after the existing ones, with its own reference' },
          ),
        );
      }
    });
    addedApprovals.forEach((record, offset) => {
      if (record.version === next.version) return;
      problems.push(
        file.problemAt(
          ['approvals', old.approvals.length + offset, 'version'],
          `Record the approval for version ${next.version}, the version this pull request proposes, not ${record.version}.`,
          { rule: 'change-approval-history', hint: 'a reviewer approves the version being merged' },
        ),
      );
    });

    if (!canMove(old.status, next.status)) {
      const allowed = STATUS_TRANSITIONS[old.status];
      problems.push(
        file.problemAt(
          ['status'],
          `Keep the status ${old.status}, or move it one step: a credential cannot go from ${old.status} to ${next.status} in one pull request.`,
          {
            rule: 'change-status-transition',
            hint: allowed.length
              ? `from ${old.status} it can become ${allowed.join(' or ')}`
              : 'a retired credential stays retired; add a new credential instead',
          },
        ),
      );
    }
    if (compareVersions(next.version, old.version) < 0) {
      problems.push(
        file.problemAt(['version'], `Keep the version at ${old.version} or above: versions never go down.`, {
          rule: 'change-version-decrease',
          hint: `the base of this pull request has ${old.version}`,
        }),
      );
      continue;
    }
    const versionChanged = next.version !== old.version;
    if (!APPROVED_STATUSES.has(old.status) || (required === 'none' && !versionChanged)) continue;

    const minimum = minimumVersion(old.version, required);
    if (compareVersions(next.version, minimum) < 0) {
      const weighed = fields
        .filter((field) => field.class === required)
        .map((field) => `${field.name} (${field.why})`)
        .join(', ');
      problems.push(
        file.problemAt(
          ['version'],
          `Raise the version to at least ${minimum}, with a changelog entry: ${weighed} changed, a ${required} change, and it was ${old.status} at ${old.version}.`,
          {
            rule: 'change-version-bump',
            hint: 'major for what a teacher submits or how it is scored, minor for alignment and claims, patch for wording; CONTRIBUTING.md has the table',
          },
        ),
      );
    } else if (!next.changelog.some((entry) => entry.version === next.version)) {
      problems.push(
        file.problemAt(['changelog'], `Add a changelog entry for version ${next.version} saying what changed.`, {
          rule: 'change-changelog',
          hint: 'version, date (YYYY-MM-DD) and a summary in plain words a teacher understands',
        }),
      );
    }
    const target = versionChanged ? next.version : minimum;
    if (next.status !== 'in-review' && !addedApprovals.some((record) => record.version === target)) {
      const instead = old.status === 'approved' ? '; or set status: in-review to take it back to review' : '';
      problems.push(
        file.problemAt(
          ['approvals'],
          `Merge this change together with LDOE's approval of version ${target}, or not at all: ${article(old.status)} credential changes only with the approval of its new version in the same pull request.`,
          {
            rule: 'change-approval',
            hint: `after reviewing, the LDOE reviewer adds an approvals entry with version: ${target}, reviewer, role, date and reference: this pull request${instead}`,
          },
        ),
      );
    }
  }
  return { changes: changes.sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true })), problems };
}
