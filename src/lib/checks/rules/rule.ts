/**
 * The contract every check rule keeps: an id authors see in messages, a one-line description for docs
 * and reports, a default severity, the suites that run it, and a check that returns problems instead
 * of throwing. defineRule() stamps the id and the default severity on every problem, so a rule only
 * says where and what.
 */
import type { Catalog, CredentialFolder } from '../../content/catalog.ts';
import type { Problem, Severity } from '../../problems.ts';

/** The check suites: `npm run check` runs them all, `npm run check:<suite>` one. */
export const SUITE_IDS = ['integrity', 'rubrics', 'standards', 'quality'] as const;
export type SuiteId = (typeof SUITE_IDS)[number];

export interface Rule {
  /** Stable id shown with every problem the rule reports, e.g. `code-unique`. */
  id: string;
  /** One line that says what the rule guarantees. */
  description: string;
  severity: Severity;
  /** The suites that run it; a rule in two suites still runs once per `npm run check`. */
  suites: readonly SuiteId[];
  /**
   * Loads, once per process, what check() needs and cannot read synchronously (the spelling
   * dictionary), unless the catalog's cache already holds every answer. runChecks() awaits it before
   * running the rule; a test of the rule awaits it itself.
   */
  prepare?(catalog: Catalog): Promise<void>;
  check(catalog: Catalog): Problem[];
}

/** What a rule finds: a problem before defineRule() gives it the rule's id and severity. */
export type Finding = Omit<Problem, 'rule' | 'severity'> & { rule?: string; severity?: Severity | undefined };

/**
 * A rule whose problems carry its id and its severity. A finding may only soften to a warning: an
 * error rule can flag something unusual without failing the check (hours-range does, for an estimate
 * outside the typical range).
 */
export function defineRule(definition: Omit<Rule, 'check'> & { check(catalog: Catalog): Finding[] }): Rule {
  return {
    ...definition,
    check: (catalog) =>
      definition.check(catalog).map((finding) => ({
        ...finding,
        rule: definition.id,
        severity: finding.severity === 'warning' ? 'warning' : definition.severity,
      })),
  };
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
  return validCredentials(catalog).flatMap((entry) =>
    entry.folder.rubric?.data ? [{ ...entry, rubricYaml: entry.folder.rubric, rubric: entry.folder.rubric.data }] : [],
  );
}

/** Rubric files that passed their schema, with their data; a rubric that failed is the schema's to report. */
export function validRubrics(catalog: Catalog) {
  return catalog.credentials.flatMap((folder) => (folder.rubric?.data ? [{ yaml: folder.rubric, rubric: folder.rubric.data }] : []));
}

/** Each standards framework's audience (students or educators), by framework id. */
export function frameworkAudiences(catalog: Catalog) {
  return new Map(catalog.standards.flatMap((yaml) => (yaml.data ? [[yaml.data.id, yaml.data.audience] as const] : [])));
}

type StringAt = { path: Array<string | number>; text: string };

function collectStrings(value: unknown, path: Array<string | number>, into: StringAt[]): StringAt[] {
  if (typeof value === 'string') into.push({ path, text: value });
  else if (Array.isArray(value)) value.forEach((item, index) => collectStrings(item, [...path, index], into));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) collectStrings(item, [...path, key], into);
  return into;
}

/** What strings() found in each parsed file: three rules read every string of every file. */
const found = new WeakMap<object, readonly StringAt[]>();

/** Every string in a parsed YAML value, with its field path, in document order. Do not change the result: it is shared. */
export function strings(value: unknown): readonly StringAt[] {
  if (!value || typeof value !== 'object') return collectStrings(value, [], []);
  let result = found.get(value);
  if (!result) found.set(value, (result = collectStrings(value, [], [])));
  return result;
}
