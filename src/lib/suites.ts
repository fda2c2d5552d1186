/**
 * The check suites. Each is a list of rules; a rule can serve more than one suite (the rubric
 * references are both integrity and rubric coverage) and is written once. `runChecks` runs every rule
 * a set of suites needs once, over one load of the content, and counts each problem once.
 */
import type { Catalog } from './catalog.ts';
import { uniqueProblems, type Problem } from './problems.ts';
import addiePhases from './rules/addie-phases.ts';
import alignmentAudiences from './rules/alignment-audiences.ts';
import alignmentReferences from './rules/alignment-references.ts';
import alignmentThin from './rules/alignment-thin.ts';
import approvalRecord from './rules/approval-record.ts';
import authenticEvidence from './rules/authentic-evidence.ts';
import evidenceFormats from './rules/evidence-formats.ts';
import freeResources from './rules/free-resources.ts';
import hoursRange from './rules/hours-range.ts';
import { integrityRules } from './rules/index.ts';
import keyMethod from './rules/key-method.ts';
import onePagerLength from './rules/one-pager-length.ts';
import privacyNote from './rules/privacy-note.ts';
import registryItems from './rules/registry-items.ts';
import retiredReplacement from './rules/retired-replacement.ts';
import rubricCoverage from './rules/rubric-coverage.ts';
import rubricDescriptors from './rules/rubric-descriptors.ts';
import rubricReferences from './rules/rubric-references.ts';
import type { Rule } from './rules/rule.ts';
import scaffoldPlaceholder from './rules/scaffold-placeholder.ts';
import singleCompetency from './rules/single-competency.ts';
import standardUnaddressed from './rules/standard-unaddressed.ts';

export interface Suite {
  id: 'integrity' | 'rubrics' | 'standards' | 'quality';
  title: string;
  /** The npm command that runs it on its own. */
  command: string;
  rules: readonly Rule[];
}

export const SUITES: readonly Suite[] = [
  { id: 'integrity', title: 'Content integrity', command: 'npm run check:integrity', rules: integrityRules },
  {
    id: 'rubrics',
    title: 'Rubric coverage',
    command: 'npm run check:rubrics',
    rules: [rubricReferences, rubricCoverage, rubricDescriptors, addiePhases, authenticEvidence],
  },
  {
    id: 'standards',
    title: 'Standards mapping',
    command: 'npm run check:standards',
    rules: [alignmentReferences, registryItems, alignmentAudiences, alignmentThin, standardUnaddressed],
  },
  {
    id: 'quality',
    title: 'Micro-credential quality',
    command: 'npm run check:quality',
    rules: [singleCompetency, keyMethod, freeResources, hoursRange, evidenceFormats, onePagerLength, scaffoldPlaceholder, privacyNote, approvalRecord, retiredReplacement],
  },
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

/** Runs the suites over one loaded catalog; a rule shared by two suites runs once. */
export function runChecks(catalog: Catalog, suites: readonly Suite[] = SUITES): CheckRun {
  const found = new Map<Rule, Problem[]>();
  const problemsOf = (rule: Rule) => found.get(rule) ?? found.set(rule, rule.check(catalog)).get(rule)!;
  const results = suites.map((suite) => ({ suite, catalog, problems: suiteProblems(suite, catalog, problemsOf) }));
  return { catalog, suites: results, problems: uniqueProblems(results.flatMap((result) => result.problems)) };
}

export const runSuite = (suite: Suite, catalog: Catalog): SuiteResult => runChecks(catalog, [suite]).suites[0]!;
