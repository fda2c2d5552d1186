/**
 * How much each part of a credential weighs when it changes: the one table behind the version a
 * change needs. Major: what a teacher must do, or how it is scored, is different, so work in progress
 * may need redoing. Minor: what the credential claims, whom it serves or what it builds on changes,
 * and a teacher's work still counts. Patch: wording that changes neither. Process: the review record
 * itself. A field the table does not name counts as major, so a field added later is never waved
 * through as wording.
 */
import type { CREDENTIAL_FILES } from '../content/catalog.ts';

export type Bump = 'major' | 'minor' | 'patch';
export type ChangeClass = Bump | 'process';

export interface FieldClass {
  class: ChangeClass;
  /** Why, in the words the review summary uses. */
  why: string;
}

/** Every top-level field of credential.yaml. */
export const CREDENTIAL_FIELD_CLASSES: Readonly<Record<string, FieldClass>> = {
  id: { class: 'major', why: 'the permanent id' },
  code: { class: 'major', why: 'the catalog code teachers and assessors cite' },
  title: { class: 'minor', why: 'the official title' },
  level: { class: 'major', why: 'the level' },
  pathway: { class: 'major', why: 'the home pathway' },
  alsoServes: { class: 'minor', why: 'the other pathways it serves' },
  audience: { class: 'minor', why: 'the grades and courses it fits' },
  estimatedHours: { class: 'major', why: 'the time a teacher plans for' },
  summary: { class: 'patch', why: 'the catalog summary' },
  keywords: { class: 'patch', why: 'the search keywords' },
  competency: { class: 'major', why: 'the skill it certifies' },
  keyMethod: { class: 'major', why: 'the method a teacher must show' },
  prerequisites: { class: 'major', why: 'what must be earned first' },
  recommendedBefore: { class: 'minor', why: 'what is recommended first' },
  requirements: { class: 'major', why: 'what a teacher submits' },
  research: { class: 'minor', why: 'the research it builds on' },
  supports: { class: 'patch', why: 'the supports offered' },
  resources: { class: 'patch', why: 'the free resources' },
  privacy: { class: 'minor', why: 'how student work and video are handled' },
  history: { class: 'patch', why: 'the design history' },
  status: { class: 'process', why: 'the lifecycle status' },
  version: { class: 'process', why: 'the version' },
  changelog: { class: 'process', why: 'the changelog' },
  approvals: { class: 'process', why: 'the approval records' },
  replacedBy: { class: 'process', why: 'the replacement of a retired credential' },
};

/** The three files beside credential.yaml. */
export const FILE_CLASSES: Readonly<Record<Exclude<keyof typeof CREDENTIAL_FILES, 'credential'>, FieldClass>> = {
  rubric: { class: 'major', why: 'how the evidence is scored' },
  alignment: { class: 'minor', why: 'the standards it claims' },
  onePager: { class: 'patch', why: 'the one-pager wording' },
};

const UNCLASSIFIED: FieldClass = { class: 'major', why: 'a field the change table does not classify yet' };

export const classOfField = (field: string): FieldClass => CREDENTIAL_FIELD_CLASSES[field] ?? UNCLASSIFIED;

const WEIGHT: Record<Bump | 'none', number> = { none: 0, patch: 1, minor: 2, major: 3 };

/** The largest of the bumps; `none` when there are none. */
export function largestBump(bumps: Iterable<ChangeClass>): Bump | 'none' {
  let largest: Bump | 'none' = 'none';
  for (const bump of bumps) if (bump !== 'process' && WEIGHT[bump] > WEIGHT[largest]) largest = bump;
  return largest;
}
