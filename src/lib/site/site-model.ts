/**
 * What the site shows, derived once from validated content: search facets, the order credentials
 * lead into one another, stack totals, the standards coverage matrix and "last updated" dates.
 * Pure functions over plain data, shared by the Astro pages and the command-line reports.
 */
import type { AlignmentFile, Credential, Program, Rubric, Stack, StandardsFramework } from '../../../schemas/index.ts';
import { pathwayName } from '../content/program.ts';
import { alignedStandards } from '../exports/aligned-standards.ts';
import { sitePath } from './site-path.ts';

export interface CredentialBundle {
  credential: Credential;
  rubric: Rubric | undefined;
  alignment: AlignmentFile | undefined;
}

export const PHASE_LABELS: Record<string, string> = {
  analyze: 'Analyze',
  design: 'Design',
  develop: 'Develop',
  implement: 'Implement',
  evaluate: 'Evaluate',
};

/** Pathways whose teachers a credential serves: every one for the all-pathways group, else home plus alsoServes. */
export function servedPathways(credential: Credential, program: Program): string[] {
  return credential.pathway === program.allPathways.id
    ? program.pathways.map((pathway) => pathway.id)
    : [credential.pathway, ...credential.alsoServes];
}

/** The credentials a pathway's page lists, level by level in the program's order, only levels that have some. */
export function pathwayLevelGroups(credentials: Credential[], program: Program, pathwayId: string) {
  const members = credentials.filter((credential) => servedPathways(credential, program).includes(pathwayId));
  return program.levels
    .map((entry) => ({ level: entry.level, credentials: members.filter((credential) => credential.level === entry.level) }))
    .filter((group) => group.credentials.length > 0);
}

/** A level's section of a pathway's page (root-relative): `/pathways/ddem/#level-2`. */
export const pathwayLevelSection = (pathwayId: string, level: number) => `/pathways/${pathwayId}/#level-${level}`;

/** The first page listing every credential of a pathway at one level (root-relative): `/pathways/ddem/level-2/`. */
export const pathwayLevelPath = (pathwayId: string, level: number) => `/pathways/${pathwayId}/level-${level}/`;

export const evidenceTypes = (credential: Credential) => [
  ...new Set(credential.requirements.flatMap((requirement) => requirement.artifacts.map((artifact) => artifact.evidenceType))),
];

/** Credentials that list this one as a prerequisite or recommend it first. */
export function leadsTo(id: string, credentials: Credential[]): Credential[] {
  return credentials.filter((other) => other.prerequisites.includes(id) || other.recommendedBefore.includes(id));
}

/** The date of the newest changelog entry: when the credential's content last changed. */
export const lastUpdated = (credential: Credential) =>
  credential.changelog
    .map((entry) => entry.date)
    .sort()
    .at(-1)!;

export const catalogLastUpdated = (credentials: Credential[]) => credentials.map(lastUpdated).sort().at(-1) ?? '';

export function stackHours(stack: Stack, credentials: Credential[]) {
  const members = stack.credentials
    .map((id) => credentials.find((credential) => credential.id === id))
    .filter((credential): credential is Credential => !!credential);
  return {
    min: members.reduce((sum, credential) => sum + credential.estimatedHours.min, 0),
    max: members.reduce((sum, credential) => sum + credential.estimatedHours.max, 0),
  };
}

export interface CoverageRow {
  framework: StandardsFramework;
  item: StandardsFramework['items'][number];
  /** Alignments per credential id; absent means the credential does not address the standard. */
  counts: Map<string, number>;
  total: number;
}

/** Standards × credentials: how many alignments each credential makes to each registry item. */
export function coverageMatrix(frameworks: StandardsFramework[], bundles: CredentialBundle[]): CoverageRow[] {
  return frameworks.flatMap((framework) =>
    framework.items.map((item) => {
      const counts = new Map<string, number>();
      for (const { credential, alignment } of bundles) {
        const count = alignment?.alignments.filter((entry) => entry.framework === framework.id && entry.code === item.code).length ?? 0;
        if (count > 0) counts.set(credential.id, count);
      }
      return { framework, item, counts, total: [...counts.values()].reduce((sum, count) => sum + count, 0) };
    }),
  );
}

/** A readable, stable anchor for a standard code, e.g. `HS-ETS1-2` → `std-hs-ets1-2` (ids must start with a letter). */
export const standardAnchor = (code: string) =>
  `std-${code
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;

/** A standard's section on its framework's page, root-relative (put it through sitePath() to link it). */
export const standardSectionPath = (frameworkId: string, code: string) => `/standards/${frameworkId}/#${standardAnchor(code)}`;

export const formatDate = (isoDate: string) =>
  new Date(`${isoDate}T12:00:00Z`).toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

export const formatHours = (credential: Credential) =>
  credential.estimatedHours.min === credential.estimatedHours.max
    ? `${credential.estimatedHours.min} hours`
    : `${credential.estimatedHours.min}–${credential.estimatedHours.max} hours`;

/** How a credential's pathway reads on a card: the all-pathways group by its name, else the home pathway. */
export function pathwayLabel(credential: Credential, program: Program): string {
  const name = pathwayName(program, credential.pathway);
  return credential.pathway !== program.allPathways.id && credential.alsoServes.length ? `${name} (all pathways)` : name;
}

/** Plain words for what an alignment's `addressedBy` points at: a phase, an artifact or a criterion. */
export function describeTarget(bundle: CredentialBundle, target: string): string {
  if (PHASE_LABELS[target]) return `${PHASE_LABELS[target]} phase`;
  for (const requirement of bundle.credential.requirements) {
    const artifact = requirement.artifacts.find((candidate) => candidate.id === target);
    if (artifact) return `${artifact.title} (${PHASE_LABELS[requirement.phase]})`;
  }
  const criterion = bundle.rubric?.criteria.find((candidate) => candidate.id === target);
  return criterion ? `Rubric: ${criterion.title}` : target;
}

export interface StandardLabel {
  framework: string;
  /** The framework's short name, e.g. `NGSS`. */
  shortName: string;
  code: string;
  label: string | undefined;
  /** The standard on this site's page for its framework, under the base path. */
  href: string;
}

/** The standards a credential addresses, each once, in the order its alignment first names them. */
export function standardLabels(alignment: AlignmentFile | undefined, frameworks: StandardsFramework[]): StandardLabel[] {
  return alignedStandards(alignment, frameworks).map((standard) => ({
    framework: standard.frameworkId,
    shortName: standard.framework?.shortName ?? standard.frameworkId,
    code: standard.code,
    label: standard.label,
    href: sitePath(standardSectionPath(standard.frameworkId, standard.code)),
  }));
}
