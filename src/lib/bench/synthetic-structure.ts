/**
 * Structural variations of a real credential for a synthetic catalog: leave out a key-method component
 * or an artifact, and repair the rubric and the alignments so that every rule still holds (each
 * phase, artifact and component scored; implement asks for students' evidence and evaluate for a
 * reflection; every alignment points at evidence that exists, of the right kind). A variation that
 * would break a rule is refused (undefined), never forced.
 */
import type { AlignmentFile, Credential, Rubric } from '../../../schemas/index.ts';
import { MIN_ALIGNMENTS } from '../checks/rules/alignment-thin.ts';

/** One credential's three YAML files, as data. */
export interface CredentialParts {
  credential: Credential;
  rubric: Rubric;
  alignment: AlignmentFile;
}

/** What the variations need to know of the program and the registry. */
export interface EvidenceRules {
  /** Evidence types only teaching real students produces. */
  fromStudents: ReadonlySet<string>;
  /** Evidence types that are the teacher's reflection. */
  reflections: ReadonlySet<string>;
  /** Each framework's audience, by framework id. */
  audienceOf: ReadonlyMap<string, 'students' | 'educators'>;
}

/** Fewest components the key-method rule accepts. */
const MIN_COMPONENTS = 2;

const artifactsOf = (credential: Credential) => credential.requirements.flatMap((requirement) => requirement.artifacts);

/** The parts without one key-method component, or undefined when the method would keep too few. */
export function withoutComponent(parts: CredentialParts, componentId: string): CredentialParts | undefined {
  const components = parts.credential.keyMethod.components;
  if (components.length <= MIN_COMPONENTS || !components.some((component) => component.id === componentId)) return undefined;
  const credential = structuredClone(parts.credential);
  credential.keyMethod.components = components.filter((component) => component.id !== componentId);
  const rubric = structuredClone(parts.rubric);
  for (const criterion of rubric.criteria) {
    if (!criterion.components) continue;
    const kept = criterion.components.filter((id) => id !== componentId);
    if (kept.length) criterion.components = kept;
    else delete criterion.components;
  }
  return { credential, rubric, alignment: parts.alignment };
}

/** Artifacts that share their phase with another artifact: the only ones a variation may leave out. */
export function optionalArtifacts(credential: Credential): string[] {
  return credential.requirements.flatMap((requirement) =>
    requirement.artifacts.length > 1 ? requirement.artifacts.map((artifact) => artifact.id) : [],
  );
}

/**
 * The parts without one artifact: criteria that scored only it go too, and alignments it (or such a
 * criterion) met move to other evidence. Undefined when any rule would then fail.
 */
export function withoutArtifact(parts: CredentialParts, artifactId: string, rules: EvidenceRules): CredentialParts | undefined {
  const credential = structuredClone(parts.credential);
  const requirement = credential.requirements.find((entry) => entry.artifacts.some((artifact) => artifact.id === artifactId));
  if (!requirement || requirement.artifacts.length < 2) return undefined;
  requirement.artifacts = requirement.artifacts.filter((artifact) => artifact.id !== artifactId);
  const types = new Set(requirement.artifacts.map((artifact) => artifact.evidenceType));
  const keepsKind = (kinds: ReadonlySet<string>) => [...types].some((type) => kinds.has(type));
  if (requirement.phase === 'implement' && !keepsKind(rules.fromStudents)) return undefined;
  if (requirement.phase === 'evaluate' && !keepsKind(rules.reflections)) return undefined;

  const rubric = structuredClone(parts.rubric);
  const gone = new Set([artifactId]);
  for (const criterion of rubric.criteria) criterion.artifacts = criterion.artifacts.filter((id) => id !== artifactId);
  for (const criterion of rubric.criteria.filter((entry) => entry.artifacts.length === 0)) gone.add(criterion.id);
  rubric.criteria = rubric.criteria.filter((criterion) => criterion.artifacts.length > 0);
  if (!rubric.criteria.some((criterion) => criterion.phase === requirement.phase)) return undefined;
  const scored = new Set(rubric.criteria.flatMap((criterion) => criterion.components ?? []));
  if (credential.keyMethod.components.some((component) => !scored.has(component.id))) return undefined;

  const studentArtifacts = artifactsOf(credential)
    .filter((artifact) => rules.fromStudents.has(artifact.evidenceType))
    .map((artifact) => artifact.id);
  const samePhase = new Set(requirement.artifacts.map((artifact) => artifact.id));
  // A student standard needs students' evidence, preferably from the same phase; an educator's, the phase itself.
  const replacement = (framework: string) =>
    rules.audienceOf.get(framework) === 'students'
      ? (studentArtifacts.find((id) => samePhase.has(id)) ?? studentArtifacts[0])
      : requirement.phase;
  const moved: AlignmentFile['alignments'] = [];
  for (const entry of parts.alignment.alignments) {
    const addressedBy = gone.has(entry.addressedBy) ? replacement(entry.framework) : entry.addressedBy;
    if (!addressedBy) return undefined;
    const repeat = moved.some(
      (other) => other.framework === entry.framework && other.code === entry.code && other.addressedBy === addressedBy,
    );
    if (!repeat) moved.push({ ...entry, addressedBy });
  }
  const alignment = { alignments: moved };
  return alignmentsHold(alignment, rules) ? { credential, rubric, alignment } : undefined;
}

/** The standards rules a variation must keep: enough alignments, both audiences, more than one piece of evidence. */
export function alignmentsHold(alignment: AlignmentFile, rules: EvidenceRules): boolean {
  const entries = alignment.alignments;
  const audiences = new Set(entries.map((entry) => rules.audienceOf.get(entry.framework)));
  return (
    entries.length >= MIN_ALIGNMENTS &&
    audiences.has('students') &&
    audiences.has('educators') &&
    new Set(entries.map((entry) => entry.addressedBy)).size > 1
  );
}
