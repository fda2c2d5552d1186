/**
 * The standards a synthetic credential cites: drawn from the registry (content/standards/), each a
 * labeled item of the framework the template cited, for grades the credential serves. Until every
 * labeled item is cited somewhere the generator prefers the uncited ones, so that a catalog of a few
 * dozen credentials already addresses the whole registry (the standard-unaddressed rule).
 */
import type { AlignmentFile, Credential, StandardsFramework } from '../../../schemas/index.ts';
import type { Random } from './seeded-random.ts';
import { alignmentsHold, type EvidenceRules } from './synthetic-structure.ts';

interface RegistryItem {
  framework: string;
  code: string;
  grades?: { from: number; to: number } | undefined;
}

/** The citable registry items and real rationales, and which items no generated credential cites yet. */
export interface StandardsPool {
  /** Labeled items by framework id: only a labeled item may be cited (the standard-label rule). */
  items: ReadonlyMap<string, readonly RegistryItem[]>;
  /** Rationales the real credentials give for each `framework:code`, for alignments a variation adds. */
  rationales: ReadonlyMap<string, readonly string[]>;
  /** `framework:code` of labeled items no generated credential cites yet. */
  uncited: Set<string>;
}

const key = (framework: string, code: string) => `${framework}:${code}`;

/** `9-12` as grades 9 to 12, `K-2` as 0 to 2, a single grade as itself. */
export function gradeBandRange(band: string): { from: number; to: number } {
  const [from, to = from] = band.split('-').map((grade) => (grade === 'K' ? 0 : Number(grade)));
  return { from: from!, to: to! };
}

/** The pool over the registry and the alignments of the real credentials. */
export function standardsPool(frameworks: readonly StandardsFramework[], realAlignments: readonly AlignmentFile[]): StandardsPool {
  const items = new Map(
    frameworks.map((framework) => [
      framework.id,
      framework.items
        .filter((item) => item.label !== undefined)
        .map((item) => ({ framework: framework.id, code: item.code, grades: item.gradeBand ? gradeBandRange(item.gradeBand) : undefined })),
    ]),
  );
  const rationales = new Map<string, string[]>();
  for (const entry of realAlignments.flatMap((file) => file.alignments)) {
    const list = rationales.get(key(entry.framework, entry.code)) ?? [];
    list.push(entry.rationale);
    rationales.set(key(entry.framework, entry.code), list);
  }
  const uncited = new Set([...items.values()].flat().map((item) => key(item.framework, item.code)));
  return { items, rationales, uncited };
}

const servesGrades = (item: RegistryItem, grades: Credential['audience']['grades']) =>
  !item.grades || (item.grades.from <= grades.to && item.grades.to >= grades.from);

/**
 * The template's alignments with their standards varied: each entry keeps its evidence and
 * rationale but may cite another item of the same framework; one entry may be left out or one added
 * where the standards rules still hold. Marks what it cites as cited in the pool.
 */
export function varyAlignments(
  template: AlignmentFile,
  credential: Credential,
  pool: StandardsPool,
  rules: EvidenceRules,
  random: Random,
): AlignmentFile {
  const grades = credential.audience.grades;
  const citable = (framework: string) => (pool.items.get(framework) ?? []).filter((item) => servesGrades(item, grades));
  const used = new Set<string>();
  const alignments: AlignmentFile['alignments'] = [];
  for (const entry of template.alignments) {
    const candidates = citable(entry.framework).filter((item) => !used.has(key(item.framework, item.code)));
    const uncited = candidates.filter((item) => pool.uncited.has(key(item.framework, item.code)));
    const original = key(entry.framework, entry.code);
    // The template's own item may be cited twice (by two pieces of evidence); a swapped one never is.
    const free = !used.has(original);
    const keep = free && pool.uncited.has(original);
    let code = entry.code;
    if (!keep && uncited.length) code = random.pick(uncited).code;
    else if (!keep && candidates.length && (!free || random.chance(0.4))) code = random.pick(candidates).code;
    used.add(key(entry.framework, code));
    alignments.push({ ...entry, code });
  }

  let varied: AlignmentFile = { alignments };
  // One entry fewer or one more changes a file of four or more entries by a quarter at most.
  if (alignments.length > 3 && random.chance(0.2)) {
    const left = random.int(0, alignments.length - 1);
    const shorter = { alignments: alignments.filter((_, index) => index !== left) };
    if (alignmentsHold(shorter, rules)) varied = shorter;
  } else if (alignments.length > 3 && random.chance(0.3)) {
    const added = addedAlignment(credential, pool, rules, random, used, citable);
    if (added) varied = { alignments: [...alignments, added] };
  }
  for (const entry of varied.alignments) pool.uncited.delete(key(entry.framework, entry.code));
  return varied;
}

/** One more alignment to an item not yet cited here, met by evidence of the right kind, with a real rationale. */
function addedAlignment(
  credential: Credential,
  pool: StandardsPool,
  rules: EvidenceRules,
  random: Random,
  used: ReadonlySet<string>,
  citable: (framework: string) => RegistryItem[],
): AlignmentFile['alignments'][number] | undefined {
  const artifacts = credential.requirements.flatMap((requirement) => requirement.artifacts);
  const options = [...pool.items.keys()]
    .flatMap((framework) => citable(framework))
    .filter((item) => !used.has(key(item.framework, item.code)) && pool.rationales.has(key(item.framework, item.code)));
  if (!options.length) return undefined;
  const item = random.pick(options);
  const students = rules.audienceOf.get(item.framework) === 'students';
  const evidence = students ? artifacts.filter((artifact) => rules.fromStudents.has(artifact.evidenceType)) : artifacts;
  if (!evidence.length) return undefined;
  return {
    framework: item.framework,
    code: item.code,
    addressedBy: random.pick(evidence).id,
    rationale: random.pick(pool.rationales.get(key(item.framework, item.code))!),
  };
}
