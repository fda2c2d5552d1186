/** The integrity rules the checker runs after every file has passed or failed its own schema. */
import addiePhases from './addie-phases.ts';
import approvalRecord from './approval-record.ts';
import changelogCurrent from './changelog-current.ts';
import alignmentReferences from './alignment-references.ts';
import codeMatchesPathway from './code-matches-pathway.ts';
import codeUnique from './code-unique.ts';
import credentialReferences from './credential-references.ts';
import idMatchesFile from './id-matches-file.ts';
import onePagerSections from './one-pager-sections.ts';
import prerequisiteCycle from './prerequisite-cycle.ts';
import programTerms from './program-terms.ts';
import rubricReferences from './rubric-references.ts';
import stackReferences from './stack-references.ts';
import type { Rule } from './rule.ts';

export const integrityRules: readonly Rule[] = [
  idMatchesFile,
  codeUnique,
  codeMatchesPathway,
  programTerms,
  credentialReferences,
  prerequisiteCycle,
  addiePhases,
  rubricReferences,
  alignmentReferences,
  stackReferences,
  onePagerSections,
  changelogCurrent,
  // Publication without LDOE's recorded approval must stop every build, not only the quality report.
  approvalRecord,
];
export type { Rule };
