/**
 * One synthetic credential from one real credential: new id, code, title, dates and version, a
 * published status with its approval record, prerequisites among the credentials generated before
 * it, and a varied structure and set of standards. Every choice comes from the seeded random source,
 * and every text is the template's own or built from words the real content already uses, so the
 * result passes the same checks the real credentials pass.
 */
import type { Credential, Program } from '../../../schemas/index.ts';
import { idPrefix, slugFromTitle } from '../authoring/draft-choices.ts';
import { SANE_HOURS, TYPICAL_HOURS } from '../checks/rules/hours-range.ts';
import { estimateHours } from '../content/estimated-hours.ts';
import type { PathwayGroup } from '../content/program.ts';
import type { Random } from './seeded-random.ts';
import { varyAlignments, type StandardsPool } from './synthetic-standards.ts';
import { optionalArtifacts, withoutArtifact, withoutComponent, type CredentialParts, type EvidenceRules } from './synthetic-structure.ts';

/** A real credential to vary: its files as data and its one-pager as text. */
export interface CredentialTemplate extends CredentialParts {
  id: string;
  onePager: string;
}

/** What every credential of one generated catalog shares. */
export interface SyntheticContext {
  program: Program;
  rules: EvidenceRules;
  pool: StandardsPool;
  random: Random;
  seed: number;
}

/** A credential already generated, as later ones may name it among their prerequisites. */
export interface GeneratedEntry {
  id: string;
  pathway: string;
  level: number;
  servesAll: boolean;
}

export interface SyntheticCredential extends CredentialParts {
  id: string;
  /** Id of the real credential it was varied from. */
  template: string;
  onePager: string;
}

/** Ids stay as short as `npm run new` makes them. */
const MAX_ID_LENGTH = 60;

/** Settings a title may add, in words the catalog and the dictionary already know. */
const TITLE_SETTINGS = [
  'in Rural Schools',
  'in Urban Schools',
  'for New Teachers',
  'Across the School Year',
  'Through Student Projects',
  'with Community Partners',
  'in Small Classes',
  'in Block Schedules',
  'for Career and Technical Courses',
  'in a Shared Lab',
  'Through Team Teaching',
  'with Limited Equipment',
  'in Dual Enrollment Courses',
  'for Mixed Grade Classes',
  'in Summer Programs',
  'with Industry Mentors',
];

/** Later versions a synthetic history may add: small changes that leave the work asked for as it was. */
const LATER_CHANGES = [
  'Rubric descriptors reworded after a round of assessor calibration, so each level says what the evidence shows; the work asked for is unchanged.',
  'Completion checks reworded so a teacher can tick each one yes or no before submitting; no artifact was added or removed.',
  'Links to free resources checked and updated; the artifacts, the rubric and the hours are unchanged.',
  'The privacy note now says how to replace student names with codes before you submit; nothing else changed.',
];

const REVIEWERS = ['Synthetic Reviewer One', 'Synthetic Reviewer Two', 'Synthetic Reviewer Three'];

/** An ISO date moved by a number of days. */
export function addDays(date: string, days: number): string {
  const moved = new Date(`${date}T00:00:00Z`);
  moved.setUTCDate(moved.getUTCDate() + days);
  return moved.toISOString().slice(0, 10);
}

/**
 * An hours range the program's rules accept for a credential: its own when that still fits the work
 * it asks for, else one around the computed hours. Undefined when no range inside the typical hours
 * fits (so a variation that makes the work too small is refused).
 */
export function plannedHours(credential: Credential, program: Program): Credential['estimatedHours'] | undefined {
  const estimate = estimateHours(credential, program);
  if (!estimate) return credential.estimatedHours;
  const fits = ({ min, max }: Credential['estimatedHours']) =>
    min >= Math.max(estimate.allowed.min, TYPICAL_HOURS.min) &&
    max <= Math.min(estimate.allowed.max, TYPICAL_HOURS.max) &&
    min <= max &&
    max <= min * SANE_HOURS.spread;
  if (fits(credential.estimatedHours)) return credential.estimatedHours;
  const min = Math.round(estimate.hours * 0.9);
  const around = { min, max: Math.max(min + 1, Math.round(estimate.hours * 1.1)) };
  return fits(around) ? around : undefined;
}

/** The template with its structure varied: maybe a component fewer, maybe an artifact fewer. */
function variedParts(template: CredentialTemplate, context: SyntheticContext): CredentialParts {
  const { random, rules, program } = context;
  let parts: CredentialParts = { credential: template.credential, rubric: template.rubric, alignment: template.alignment };
  const components = parts.credential.keyMethod.components;
  if (random.chance(0.35)) parts = withoutComponent(parts, random.pick(components).id) ?? parts;
  const optional = optionalArtifacts(parts.credential);
  if (optional.length && random.chance(0.4)) {
    const fewer = withoutArtifact(parts, random.pick(optional), rules);
    if (fewer && plannedHours(fewer.credential, program)) parts = fewer;
  }
  return { ...parts, credential: structuredClone(parts.credential), rubric: structuredClone(parts.rubric) };
}

/** A title of at most 120 characters: the template's, often with a setting added. */
function variedTitle(title: string, random: Random): string {
  const setting = random.pick(TITLE_SETTINGS);
  return random.chance(0.8) && title.length + setting.length < 120 ? `${title} ${setting}` : title;
}

/** Leaves out one entry of a list with more than one, now and then. */
function maybeFewer<T>(items: T[], random: Random): T[] {
  if (items.length < 2 || !random.chance(0.3)) return items;
  const left = random.int(0, items.length - 1);
  return items.filter((_, index) => index !== left);
}

/**
 * Credential number `number` (1-based, unique in the catalog) of pathway group `group` at `level`,
 * varied from `template`; `code` is its catalog code and `earlier` every credential generated before it.
 */
export function syntheticCredential(
  template: CredentialTemplate,
  placement: { group: PathwayGroup; level: number; code: string; number: number; earlier: readonly GeneratedEntry[] },
  context: SyntheticContext,
): SyntheticCredential {
  const { random, program, seed } = context;
  const { group, level, code, number, earlier } = placement;
  const parts = variedParts(template, context);
  const credential = parts.credential;
  const alignment = varyAlignments(parts.alignment, credential, context.pool, context.rules, random);

  const title = variedTitle(template.credential.title, random);
  const prefix = idPrefix(group);
  const suffix = `-${number}`;
  const id = `${prefix}${slugFromTitle(title, MAX_ID_LENGTH - prefix.length - suffix.length)}${suffix}`;
  Object.assign(credential, { id, code, title, level, pathway: group.id });
  credential.alsoServes = group.servesAll ? [] : credential.alsoServes.filter((pathway) => pathway !== group.id);
  credential.audience.courses = maybeFewer(credential.audience.courses, random);
  credential.supports = maybeFewer(credential.supports, random);
  credential.resources = maybeFewer(credential.resources, random);
  const hours = plannedHours(credential, program) ?? credential.estimatedHours;
  credential.estimatedHours = hours;

  // The history moves back in time as a whole, so its intervals stay those of a real credential.
  const shift = -random.int(120, 1400);
  credential.changelog = credential.changelog.map((entry) => ({ ...entry, date: addDays(entry.date, shift) }));
  const last = credential.changelog.at(-1)!;
  if (random.chance(0.5)) {
    const [major, minor] = last.version.split('.').map(Number);
    credential.changelog.push({
      version: `${major}.${minor! + 1}.0`,
      date: addDays(last.date, random.int(7, 90)),
      summary: random.pick(LATER_CHANGES),
    });
  }
  const current = credential.changelog.at(-1)!;
  credential.version = current.version;
  credential.status = 'published';
  credential.approvals = [
    {
      reviewer: random.pick(REVIEWERS),
      role: 'LDOE STEM content reviewer',
      date: addDays(current.date, random.int(1, 14)),
      reference: `Synthetic benchmark catalog, seed ${seed}: not a real approval`,
      version: current.version,
    },
  ];

  // Only credentials generated earlier, at a lower level, can come first: the order never loops.
  const before = earlier.filter((entry) => entry.level < level && (entry.servesAll || entry.pathway === group.id)).map((entry) => entry.id);
  credential.recommendedBefore = random.sample(before, template.credential.recommendedBefore.length);
  const rest = before.filter((other) => !credential.recommendedBefore.includes(other));
  credential.prerequisites = rest.length && random.chance(0.1) ? [random.pick(rest)] : [];

  const onePager = template.onePager.replace(/\*\*\d+ to \d+ hours\*\*/, `**${hours.min} to ${hours.max} hours**`);
  return { id, template: template.id, credential, rubric: parts.rubric, alignment, onePager };
}
