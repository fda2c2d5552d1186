/**
 * Reading content/program.yaml: the program's pathways (with the all-pathways group), levels,
 * evidence types, formats and status labels, for the checks, the scaffold and the site alike.
 */
import type { Pathway, Program, ProgramLevel } from '../../../schemas/index.ts';

/** A pathway a credential can name as its home: the all-pathways group or one of the pathways. */
export interface PathwayGroup {
  id: string;
  name: string;
  codePrefix: string;
  levels: number[];
  /** True for the group of credentials that serve every pathway. */
  servesAll: boolean;
}

/** The all-pathways group first, then the pathways in the order the program lists them. */
export function pathwayGroups(program: Program): PathwayGroup[] {
  return [
    { ...program.allPathways, servesAll: true },
    ...program.pathways.map((pathway: Pathway) => ({
      id: pathway.id,
      name: pathway.name,
      codePrefix: pathway.codePrefix,
      levels: pathway.levels,
      servesAll: false,
    })),
  ];
}

/** A pathway's name by id: the all-pathways group's, a pathway's, or the id itself when unknown. */
export const pathwayName = (program: Program, id: string): string =>
  id === program.allPathways.id ? program.allPathways.name : (program.pathways.find((pathway) => pathway.id === id)?.name ?? id);

export const findLevel = (program: Program, level: number): ProgramLevel | undefined =>
  program.levels.find((entry) => entry.level === level);

/** `1 broad STEM pedagogy, 2 …`: the levels as a hint lists them. */
/**
 * How every credential is scored, in the program's own words: written once in content/program.yaml
 * and shown on every credential page, rubric and one-pager, so no credential rewords it.
 */
export const scoringParagraph = (program: Program) => `${program.earning.assessment} ${program.earning.resubmission}`;

export const describeLevels = (program: Program) => program.levels.map((entry) => `${entry.level} ${entry.name.toLowerCase()}`).join(', ');

/** Ids of the evidence types only teaching real students produces. */
export const studentEvidence = (program: Program) =>
  new Set(program.evidenceTypes.filter((type) => type.fromStudents).map((type) => type.id));

/** Ids of the evidence types that are the teacher's reflection. */
export const reflectionEvidence = (program: Program) =>
  new Set(program.evidenceTypes.filter((type) => type.reflection).map((type) => type.id));

function labelsBy<T extends { label: string }>(entries: T[], key: (entry: T) => string): (id: string) => string {
  const labels = new Map(entries.map((entry) => [key(entry), entry.label]));
  return (id) => labels.get(id) ?? id;
}

/** The site's names for evidence types, formats and statuses, each falling back to its id. */
export function programLabels(program: Program) {
  return {
    evidence: labelsBy(program.evidenceTypes, (entry) => entry.id),
    format: labelsBy(program.formats, (entry) => entry.id),
    status: labelsBy(program.statuses, (entry) => entry.status),
  };
}
