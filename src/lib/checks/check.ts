/**
 * The integrity check as a function: load the content, run the integrity rules (what every build
 * requires) over it, and return all problems sorted by file and line. `npm run check` runs every
 * suite through runChecks() in suites.ts; tests use this for the content they build.
 */
import { loadCatalog, type Catalog } from '../content/catalog.ts';
import { sortProblems, type Problem } from '../problems.ts';
import { integrityRules } from './rules/index.ts';

export interface CheckResult {
  catalog: Catalog;
  problems: Problem[];
}

export function checkContent(root: string): CheckResult {
  const catalog = loadCatalog(root);
  const problems = [...catalog.problems];
  for (const rule of integrityRules) problems.push(...rule.check(catalog));
  return { catalog, problems: sortProblems(problems) };
}
