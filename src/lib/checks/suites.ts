/**
 * The check suites. Each is a list of rules; a rule can serve more than one suite (the rubric
 * references are both integrity and rubric coverage) and is written once. `runChecks` runs every rule
 * a set of suites needs once, over one load of the content, and counts each problem once.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog } from '../content/catalog.ts';
import { contentHash } from '../content/check-cache.ts';
import { readWordList, WORD_LIST_FILE } from './spelling/dictionary.ts';
import { siteTemplates } from './spelling/site-text.ts';
import { uniqueProblems, type Problem } from '../problems.ts';
import { ALL_RULES } from './rules/index.ts';
import type { Rule, SuiteId } from './rules/rule.ts';

export interface Suite {
  id: SuiteId;
  title: string;
  /** The npm command that runs it on its own. */
  command: string;
  rules: readonly Rule[];
}

const suite = (id: SuiteId, title: string): Suite => ({
  id,
  title,
  command: `npm run check:${id}`,
  rules: ALL_RULES.filter((rule) => rule.suites.includes(id)),
});

export const SUITES: readonly Suite[] = [
  suite('integrity', 'Content integrity'),
  suite('rubrics', 'Rubric coverage'),
  suite('standards', 'Standards mapping'),
  suite('quality', 'Micro-credential quality'),
];

export interface SuiteResult {
  suite: Suite;
  catalog: Catalog;
  problems: Problem[];
}

export interface CheckRun {
  catalog: Catalog;
  suites: SuiteResult[];
  /** Every problem of every suite, each once, sorted by file and line. */
  problems: Problem[];
}

/**
 * A suite's problems: its rules' findings and the errors from reading files (a file that cannot be
 * read cannot be checked). Where a rule reports on the same field as the loader, the rule's words are
 * kept; the integrity suite also carries the loader's warnings.
 */
function suiteProblems(suite: Suite, catalog: Catalog, problemsOf: (rule: Rule) => Problem[]): Problem[] {
  const problems = suite.rules.flatMap(problemsOf);
  const loadProblems = suite.id === 'integrity' ? catalog.problems : catalog.problems.filter((problem) => problem.severity === 'error');
  const place = (problem: Problem) => `${problem.file}\0${problem.field}`;
  const reported = new Set(problems.filter((problem) => problem.field).map(place));
  return uniqueProblems([...problems, ...loadProblems.filter((problem) => !problem.field || !reported.has(place(problem)))]);
}

/**
 * What every rule's result depends on: each file the catalog read (its path and hash), and the two
 * things the spelling rule reads itself, the project word list and the site templates. With a persistent cache, a rule whose inputs are all unchanged
 * since the last run is not run again; that is every rule when nothing changed.
 */
function inputsKey(catalog: Catalog): string {
  const templates = siteTemplates(catalog.root).map((file) => `${file}@${contentHash(readFileSync(join(catalog.root, file), 'utf8'))}`);
  const words = `${WORD_LIST_FILE}@${contentHash(readWordList(catalog.root).join('\n'))}`;
  return [...[...catalog.hashes].map(([file, hash]) => `${file}@${hash}`).sort(), ...templates, words].join('\n');
}

/**
 * Runs the suites over one loaded catalog; a rule shared by two suites runs once. Asynchronous only
 * because a rule may first have to load something once per process (the spelling dictionary).
 */
export async function runChecks(catalog: Catalog, suites: readonly Suite[] = SUITES): Promise<CheckRun> {
  const rules = [...new Set(suites.flatMap((suite) => suite.rules))];
  const inputs = catalog.cache.persistent ? contentHash(inputsKey(catalog)) : '';
  const pending = rules.filter((rule) => !catalog.cache.has('rules', `${rule.id}@${inputs}`));
  await Promise.all(pending.flatMap((rule) => (rule.prepare ? [rule.prepare(catalog)] : [])));
  const found = new Map<Rule, Problem[]>();
  const run = (rule: Rule) => catalog.cache.memo('rules', `${rule.id}@${inputs}`, () => rule.check(catalog));
  const problemsOf = (rule: Rule) => found.get(rule) ?? found.set(rule, run(rule)).get(rule)!;
  const results = suites.map((suite) => ({ suite, catalog, problems: suiteProblems(suite, catalog, problemsOf) }));
  return { catalog, suites: results, problems: uniqueProblems(results.flatMap((result) => result.problems)) };
}

export const runSuite = async (suite: Suite, catalog: Catalog): Promise<SuiteResult> => (await runChecks(catalog, [suite])).suites[0]!;
