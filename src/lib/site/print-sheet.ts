/**
 * What the printed pages of a credential (the one-pager and the full rubric) state besides the
 * content itself: which credentials come first, which standards it addresses, and the artifacts each
 * rubric criterion scores. Pure functions over validated content.
 */
import type { AlignmentFile, Credential, StandardsFramework } from '../../../schemas/index.ts';
import { alignedStandards } from '../exports/aligned-standards.ts';

export interface CredentialsBefore {
  /** Credentials that must be earned first. */
  required: Credential[];
  /** Credentials recommended first: encouraged, not required. */
  recommended: Credential[];
}

/**
 * The credentials named as prerequisites or recommended first, in the order the credential lists
 * them, limited to `shown` (those with a page in this build, so a public printout never names an
 * unpublished credential).
 */
export function credentialsBefore(credential: Credential, shown: Credential[]): CredentialsBefore {
  const pick = (ids: string[]) => ids.map((id) => shown.find((candidate) => candidate.id === id)).filter((entry) => entry !== undefined);
  return { required: pick(credential.prerequisites), recommended: pick(credential.recommendedBefore) };
}

export interface StandardAddressed {
  framework: string;
  /** The framework's abbreviation, e.g. "NGSS"; its id when the framework is unknown. */
  shortName: string;
  code: string;
  /** The registry's short label, in the catalog's own words; empty when the code is unknown. */
  label: string;
}

/** Each standard the credential's alignments address, once, in the order the alignment file first names it. */
export function standardsAddressed(alignment: AlignmentFile | undefined, frameworks: StandardsFramework[]): StandardAddressed[] {
  return alignedStandards(alignment, frameworks).map((standard) => ({
    framework: standard.frameworkId,
    shortName: standard.framework?.shortName ?? standard.frameworkId,
    code: standard.code,
    label: standard.label ?? '',
  }));
}

/** Artifact titles by id, for naming what a rubric criterion scores. */
export function artifactTitles(credential: Credential): Map<string, string> {
  return new Map(
    credential.requirements.flatMap((requirement) => requirement.artifacts.map((artifact) => [artifact.id, artifact.title] as const)),
  );
}
