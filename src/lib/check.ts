/**
 * Everything `npm run check` does, as a function: load the content once, run every integrity
 * rule over it, and return all problems sorted by file and line.
 */
import { loadCatalog, type Catalog } from './catalog.ts';
import { sortProblems, type Problem } from './problems.ts';
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
