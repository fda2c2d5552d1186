/**
 * What changed in a credential, in sentences a reviewer reads: requirements and artifacts added,
 * removed or edited, rubric criteria rewritten, standards aligned or dropped, and the rubric coverage
 * before and after. The change gate puts these notes in the review summary.
 */
import { isDeepStrictEqual } from 'node:util';
import type { AlignmentFile, Credential, Rubric } from '../../../schemas/index.ts';
import type { Catalog, CredentialFolder } from '../content/catalog.ts';
import { rubricCoverage } from '../reports/reports.ts';

const list = (items: string[]) => items.map((item) => `"${item}"`).join(', ');

export function describeRequirements(before: Credential, after: Credential): string[] {
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
      const fields = (Object.keys(artifact) as Array<keyof typeof artifact>).filter(
        (key) => !isDeepStrictEqual(previous[key], artifact[key]),
      );
      notes.push(`Requirements: changed ${fields.join(', ')} of "${artifact.id}".`);
    }
  }
  for (const requirement of before.requirements) {
    if (!after.requirements.some((candidate) => candidate.phase === requirement.phase))
      notes.push(`Requirements: removed the ${requirement.phase} phase.`);
  }
  return notes;
}

export function describeRubric(before: Rubric, after: Rubric): string[] {
  const notes: string[] = [];
  const oldIds = before.criteria.map((criterion) => criterion.id);
  const newIds = after.criteria.map((criterion) => criterion.id);
  for (const criterion of after.criteria.filter((candidate) => !oldIds.includes(candidate.id)))
    notes.push(`Rubric: added the criterion "${criterion.title}".`);
  for (const criterion of before.criteria.filter((candidate) => !newIds.includes(candidate.id)))
    notes.push(`Rubric: removed the criterion "${criterion.title}".`);
  for (const criterion of after.criteria) {
    const previous = before.criteria.find((candidate) => candidate.id === criterion.id);
    if (!previous || isDeepStrictEqual(previous, criterion)) continue;
    const levels = (
      [
        ['demonstrated', 'Demonstrated'],
        ['progressing', 'Progressing'],
        ['notMet', 'Not Met'],
      ] as const
    )
      .filter(([key]) => previous.descriptors[key] !== criterion.descriptors[key])
      .map(([, name]) => name);
    const parts = [
      ...(levels.length ? [`rewrote the ${levels.join(', ')} descriptor${levels.length > 1 ? 's' : ''}`] : []),
      ...(previous.title !== criterion.title ? [`renamed it from "${previous.title}"`] : []),
      ...(!isDeepStrictEqual(previous.artifacts, criterion.artifacts)
        ? [`now scores ${list(criterion.artifacts)} (was ${list(previous.artifacts)})`]
        : []),
      ...(previous.phase !== criterion.phase ? [`moved it from ${previous.phase} to ${criterion.phase}`] : []),
    ];
    notes.push(`Rubric: "${criterion.title}": ${parts.join('; ')}.`);
  }
  const { criteria: _before, ...beforeRest } = before;
  const { criteria: _after, ...afterRest } = after;
  if (!isDeepStrictEqual(beforeRest, afterRest)) notes.push('Rubric: changed the levels, earn rule or assessor model.');
  return notes;
}

export function describeAlignment(before: AlignmentFile | undefined, after: AlignmentFile | undefined): string[] {
  type Entry = AlignmentFile['alignments'][number];
  const standard = (entry: Entry) => `${entry.framework} ${entry.code}`;
  // A standard may be met by several pieces of evidence, so entries are compared per standard, as sets.
  const entriesOf = (entries: Entry[], key: string) =>
    entries
      .filter((entry) => standard(entry) === key)
      .map((entry) => `${entry.addressedBy}\0${entry.rationale}`)
      .sort();
  const oldEntries = before?.alignments ?? [];
  const newEntries = after?.alignments ?? [];
  const oldStandards = [...new Set(oldEntries.map(standard))];
  const newStandards = [...new Set(newEntries.map(standard))];
  const added = newStandards.filter((key) => !oldStandards.includes(key));
  const removed = oldStandards.filter((key) => !newStandards.includes(key));
  const changed = newStandards.filter(
    (key) => oldStandards.includes(key) && !isDeepStrictEqual(entriesOf(oldEntries, key), entriesOf(newEntries, key)),
  );
  return [
    ...(added.length ? [`Alignment: now addresses ${added.join(', ')}.`] : []),
    ...(removed.length ? [`Alignment: no longer addresses ${removed.join(', ')}.`] : []),
    ...changed.map((key) => `Alignment: changed the evidence or rationale for ${key}.`),
  ];
}

export const coverageText = (folder: CredentialFolder) => {
  const row = rubricCoverage({ credentials: [folder] } as Catalog)[0];
  return row ? `${row.artifacts.assessed}/${row.artifacts.total} artifacts assessed, ${row.criteria.total} criteria` : 'not computable';
};
