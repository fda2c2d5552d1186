/**
 * The check suites CI runs. Each is a list of rules; a rule can serve more than one suite (the
 * rubric references are both integrity and rubric coverage), and is written once.
 */
import type { Catalog } from './catalog.ts';
import { checkContent } from './check.ts';
import { sortProblems, type Problem } from './problems.ts';
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
import rubricEarnRule from './rules/rubric-earn-rule.ts';
import rubricLevels from './rules/rubric-levels.ts';
import rubricReferences from './rules/rubric-references.ts';
import type { Rule } from './rules/rule.ts';
import singleCompetency from './rules/single-competency.ts';
import standardUnaddressed from './rules/standard-unaddressed.ts';

export interface Suite {
  id: 'integrity' | 'rubrics' | 'standards' | 'quality';
  title: string;
  /** The npm command that runs it. */
  command: string;
  rules: readonly Rule[];
}

export const SUITES: readonly Suite[] = [
  { id: 'integrity', title: 'Content integrity', command: 'npm run check', rules: integrityRules },
  {
    id: 'rubrics',
    title: 'Rubric coverage',
    command: 'npm run check:rubrics',
    rules: [rubricReferences, rubricCoverage, rubricLevels, rubricDescriptors, rubricEarnRule, addiePhases, authenticEvidence],
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
    rules: [singleCompetency, keyMethod, freeResources, hoursRange, evidenceFormats, onePagerLength, privacyNote, approvalRecord, retiredReplacement],
  },
];

export interface SuiteResult {
  suite: Suite;
  catalog: Catalog;
  problems: Problem[];
}

/**
 * Runs one suite. Errors from reading files (syntax, schema) are included, because a file that cannot
 * be read cannot be checked; where a rule reports the same field, the rule's own words are kept.
 */
export function runSuite(suite: Suite, catalog: Catalog): SuiteResult {
  const problems = suite.rules.flatMap((rule) => rule.check(catalog));
  const loadProblems = suite.id === 'integrity' ? catalog.problems : catalog.problems.filter((problem) => problem.severity === 'error');
  const place = (problem: Problem) => `${problem.file}\0${problem.field}`;
  const reported = new Set(problems.filter((problem) => problem.field).map(place));
  return { suite, catalog, problems: sortProblems([...problems, ...loadProblems.filter((problem) => !problem.field || !reported.has(place(problem)))]) };
}

export function runAllSuites(root: string): SuiteResult[] {
  const { catalog } = checkContent(root);
  return SUITES.map((suite) => runSuite(suite, catalog));
}
