/**
 * The standards a synthetic credential cites: drawn from the registry (content/standards/), each a
 * labeled item of the framework the template cited, for grades the credential serves. Until every
 * labeled item is cited somewhere the generator prefers the uncited ones, so that a catalog of a few
 * dozen credentials already addresses the whole registry (the standard-unaddressed rule).
 */
import type { AlignmentFile, Credential, StandardsFramework } from '../../../schemas/index.ts';
import { MIN_ALIGNMENTS } from '../checks/rules/alignment-thin.ts';
import type { Random } from './seeded-random.ts';
import { alignmentsHold, type EvidenceRules } from './synthetic-structure.ts';

interface RegistryItem {
  framework: string;
  code: string;
  label: string;
  grades?: { from: number; to: number } | undefined;
}

/** The citable registry items, and which of them no generated credential cites yet. */
export interface StandardsPool {
  /** Labeled items by framework id: only a labeled item may be cited (the standard-label rule). */
  items: ReadonlyMap<string, readonly RegistryItem[]>;
  /** `framework:code` of labeled items no generated credential cites yet. */
  uncited: Set<string>;
}

const key = (framework: string, code: string) => `${framework}:${code}`;

/** `9-12` as grades 9 to 12, `K-2` as 0 to 2, a single grade as itself. */
export function gradeBandRange(band: string): { from: number; to: number } {
  const [from, to = from] = band.split('-').map((grade) => (grade === 'K' ? 0 : Number(grade)));
  return { from: from!, to: to! };
}

/** The pool over the registry. */
export function standardsPool(frameworks: readonly StandardsFramework[]): StandardsPool {
  const items = new Map(
    frameworks.map((framework) => [
      framework.id,
      framework.items.flatMap((item) =>
        item.label === undefined
          ? []
          : [
              {
                framework: framework.id,
                code: item.code,
                label: item.label,
                grades: item.gradeBand ? gradeBandRange(item.gradeBand) : undefined,
              },
            ],
      ),
    ]),
  );
  const uncited = new Set([...items.values()].flat().map((item) => key(item.framework, item.code)));
  return { items, uncited };
}

const servesGrades = (item: RegistryItem, grades: Credential['audience']['grades']) =>
  !item.grades || (item.grades.from <= grades.to && item.grades.to >= grades.from);

/**
 * The template's alignments with their standards varied: each entry keeps its evidence and
 * rationale but may cite another item of the same framework; one entry may be left out or one added
 * where the standards rules still hold, an added one from a framework the template cites. Marks what
 * it cites as cited in the pool.
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
  // One entry fewer (of four or more), or one more (to five or more, no longer than its neighbors),
  // keeps the file about as long as the real one.
  if (alignments.length > MIN_ALIGNMENTS && random.chance(0.2)) {
    const left = random.int(0, alignments.length - 1);
    const shorter = { alignments: alignments.filter((_, index) => index !== left) };
    if (alignmentsHold(shorter, rules)) varied = shorter;
  } else if (alignments.length > MIN_ALIGNMENTS + 1 && random.chance(0.3)) {
    const frameworks = [...new Set(template.alignments.map((entry) => entry.framework))];
    const added = addedAlignment(credential, frameworks.flatMap(citable), rules, random, used);
    const longest = Math.max(...alignments.map((entry) => entry.rationale.length));
    if (added && added.rationale.length <= longest) varied = { alignments: [...alignments, added] };
  }
  for (const entry of varied.alignments) pool.uncited.delete(key(entry.framework, entry.code));
  return varied;
}

/** A title or label to follow other words: "Student work" becomes "student work", "PPE chart" stays. */
const lowerFirst = (text: string) => (/^\p{Lu}\p{Ll}/u.test(text) ? `${text[0]!.toLowerCase()}${text.slice(1)}` : text);

/**
 * One more alignment to one of `citable` (items of the frameworks the template cites) not yet cited
 * here, met by evidence of the right kind, its rationale in the item's own label.
 */
function addedAlignment(
  credential: Credential,
  citable: readonly RegistryItem[],
  rules: EvidenceRules,
  random: Random,
  used: ReadonlySet<string>,
): AlignmentFile['alignments'][number] | undefined {
  const artifacts = credential.requirements.flatMap((requirement) => requirement.artifacts);
  const options = citable.filter((item) => !used.has(key(item.framework, item.code)));
  if (!options.length) return undefined;
  const item = random.pick(options);
  const students = rules.audienceOf.get(item.framework) === 'students';
  const evidence = students ? artifacts.filter((artifact) => rules.fromStudents.has(artifact.evidenceType)) : artifacts;
  if (!evidence.length) return undefined;
  const artifact = random.pick(evidence);
  const who = students ? 'students' : 'you';
  return {
    framework: item.framework,
    code: item.code,
    addressedBy: artifact.id,
    rationale: `In the ${lowerFirst(artifact.title)}, ${who} ${lowerFirst(item.label)}.`,
  };
}
