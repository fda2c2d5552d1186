/**
 * The portfolio checklist kept in the browser: one saved list of checked items per credential and
 * version, so a new version of a credential starts with a fresh checklist. Shared by the credential
 * page (which renders the boxes and the first progress text) and src/scripts/portfolio-checklist.ts.
 */
import type { Credential } from '../../../schemas/index.ts';

/** Every saved checklist's storage key starts with this, then `<credential id>@<version>`. */
export const CHECKLIST_PREFIX = 'portfolio-checklist:';

/** The storage key of one credential's checklist at one version. */
export const checklistKey = (id: string, version: string) => `${CHECKLIST_PREFIX}${id}@${version}`;

/** The version a storage key belongs to, when it is a key of this credential's checklist. */
export function versionOfKey(key: string, id: string): string | undefined {
  const start = `${CHECKLIST_PREFIX}${id}@`;
  return key.startsWith(start) ? key.slice(start.length) : undefined;
}

/** The id of one check: its artifact and its place in that artifact's list, e.g. `project-analysis-2`. */
export const checkId = (artifactId: string, index: number) => `${artifactId}-${index + 1}`;

/** How many checks each phase has, in ADDIE order. */
export const checksPerPhase = (credential: Credential) =>
  credential.requirements.map((requirement) => ({
    phase: requirement.phase,
    total: requirement.artifacts.reduce((sum, artifact) => sum + artifact.completionChecks.length, 0),
  }));

export const progressText = (done: number, total: number) => `${done} of ${total} ${total === 1 ? 'check' : 'checks'} done`;

/** The check ids a saved value holds; anything unreadable counts as nothing saved. */
export function parseSaved(value: string | null): string[] {
  if (!value) return [];
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? parsed.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}
