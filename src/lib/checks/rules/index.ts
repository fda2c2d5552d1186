/**
 * Every check rule, once, in the order reports list them. Each rule says which suites run it
 * (`suites` in its file); src/lib/checks/suites.ts filters this list, so no rule is listed twice.
 */
import addiePhases from './addie-phases.ts';
import alignmentAudiences from './alignment-audiences.ts';
import americanSpelling from './american-spelling.ts';
import alignmentReferences from './alignment-references.ts';
import alignmentStudentEvidence from './alignment-student-evidence.ts';
import alignmentThin from './alignment-thin.ts';
import approvalRecord from './approval-record.ts';
import authenticEvidence from './authentic-evidence.ts';
import changelogCurrent from './changelog-current.ts';
import codeMatchesPathway from './code-matches-pathway.ts';
import codeUnique from './code-unique.ts';
import completionChecksTickable from './completion-checks-tickable.ts';
import credentialReferences from './credential-references.ts';
import descriptorSharedSubject from './descriptor-shared-subject.ts';
import descriptorWording from './descriptor-wording.ts';
import earningContact from './earning-contact.ts';
import evidenceFormats from './evidence-formats.ts';
import freeResources from './free-resources.ts';
import hoursFromArtifacts from './hours-from-artifacts.ts';
import hoursRange from './hours-range.ts';
import idMatchesFile from './id-matches-file.ts';
import keyMethod from './key-method.ts';
import methodComponentsScored from './method-components-scored.ts';
import onePagerLength from './one-pager-length.ts';
import onePagerSections from './one-pager-sections.ts';
import prerequisiteCycle from './prerequisite-cycle.ts';
import privacyNote from './privacy-note.ts';
import programTerms from './program-terms.ts';
import registryItems from './registry-items.ts';
import retiredReplacement from './retired-replacement.ts';
import rubricCoverage from './rubric-coverage.ts';
import rubricDescriptors from './rubric-descriptors.ts';
import rubricReferences from './rubric-references.ts';
import scaffoldPlaceholder from './scaffold-placeholder.ts';
import singleCompetency from './single-competency.ts';
import spelling from './spelling.ts';
import stackReferences from './stack-references.ts';
import standardLabel from './standard-label.ts';
import standardUnaddressed from './standard-unaddressed.ts';
import type { Rule } from './rule.ts';

export const ALL_RULES: readonly Rule[] = [
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
  approvalRecord,
  rubricCoverage,
  rubricDescriptors,
  methodComponentsScored,
  descriptorWording,
  descriptorSharedSubject,
  authenticEvidence,
  registryItems,
  alignmentAudiences,
  alignmentStudentEvidence,
  alignmentThin,
  standardLabel,
  standardUnaddressed,
  singleCompetency,
  keyMethod,
  freeResources,
  hoursRange,
  hoursFromArtifacts,
  evidenceFormats,
  completionChecksTickable,
  onePagerLength,
  scaffoldPlaceholder,
  privacyNote,
  retiredReplacement,
  americanSpelling,
  earningContact,
  spelling,
];

/**
 * The rules every build and the content gate run: the integrity suite. Publication without LDOE's
 * recorded approval (approval-record) is one of them, so it stops every build, not only the quality report.
 */
export const integrityRules: readonly Rule[] = ALL_RULES.filter((rule) => rule.suites.includes('integrity'));
export type { Rule };
