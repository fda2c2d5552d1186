/**
 * The contract every integrity rule keeps: an id authors see in messages, a one-line description
 * for docs and reports, a default severity, and a check that returns problems instead of throwing.
 */
import type { Catalog, CredentialFolder } from '../catalog.ts';
import type { Problem, Severity } from '../problems.ts';

export interface Rule {
  /** Stable id shown with every problem the rule reports, e.g. `code-unique`. */
  id: string;
  /** One line that says what the rule guarantees. */
  description: string;
  severity: Severity;
  check(catalog: Catalog): Problem[];
}

/** Credential folders whose credential.yaml passed its schema, with the data unwrapped. */
export function validCredentials(catalog: Catalog) {
  return catalog.credentials.flatMap((folder) =>
    folder.credential?.data ? [{ folder, yaml: folder.credential, credential: folder.credential.data }] : [],
  );
}

export function credentialIds(catalog: Catalog): Set<string> {
  return new Set(catalog.credentials.map((folder: CredentialFolder) => folder.id));
}

/** Credentials whose credential.yaml and rubric.yaml both passed their schemas. */
export function assessedCredentials(catalog: Catalog) {
  return validCredentials(catalog).flatMap((entry) => (entry.folder.rubric?.data ? [{ ...entry, rubricYaml: entry.folder.rubric, rubric: entry.folder.rubric.data }] : []));
}
