/**
 * Open Badges 3.0 `Achievement` definitions (JSON-LD) for each credential and each micro-endorsement
 * stack, so a badging platform can issue our credentials without re-keying them. Built from the
 * same validated content as the pages: the ADDIE requirements and the earn rule become the criteria
 * narrative, the rubric becomes one RubricCriterionLevel result per criterion (levels low to high,
 * the Demonstrated level required), and the aligned standards become `alignment[]`.
 * Specification: https://www.imsglobal.org/spec/ob/v3p0/ (Achievement, Alignment, Criteria,
 * Profile, ResultDescription, RubricCriterionLevel). The site has no badge image yet, so no
 * `image` is written; add one here when it does.
 */
import type { Credential, Program, Rubric, Stack, StandardsFramework } from '../../../schemas/index.ts';
import { pathwayName } from '../content/program.ts';
import { PHASE_LABELS, servedPathways, type CredentialBundle } from '../site/site-model.ts';
import { alignedStandards, standardName } from './aligned-standards.ts';
import { exportUrls } from './export-urls.ts';

/** The two contexts every OB 3.0 document starts with, in this order. */
export const OB3_CONTEXT = ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'] as const;

/** What the builders need besides the credential itself. */
export interface ExportCatalog {
  /** The site's absolute address (astro.config.mjs `site`). */
  site: URL | string;
  program: Program;
  frameworks: StandardsFramework[];
  /** Ids of the credentials that have a page, and so exports, in this build. */
  exported: ReadonlySet<string>;
}

/** The program owner (LDOE) as the creator of every achievement; it states no web address, so none is given. */
export const creatorProfile = (catalog: ExportCatalog) => ({
  id: exportUrls(catalog.site).organizationCtdl,
  type: ['Profile'],
  name: catalog.program.owner,
});

const levelSlug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/** Rubric levels from lowest to highest with their descriptors; the rubric lists them highest first. */
function levelsLowToHigh(rubric: Rubric, criterion: Rubric['criteria'][number]) {
  const descriptors = [criterion.descriptors.demonstrated, criterion.descriptors.progressing, criterion.descriptors.notMet];
  return rubric.levels.map((name, index) => ({ name, description: descriptors[index]! })).reverse();
}

function resultDescriptions(rubric: Rubric, achievementId: string) {
  const required = rubric.levels[0];
  return rubric.criteria.map((criterion) => {
    const id = `${achievementId}#rubric/${criterion.id}`;
    const levels = levelsLowToHigh(rubric, criterion).map((level) => ({
      id: `${id}/${levelSlug(level.name)}`,
      type: ['RubricCriterionLevel'],
      name: level.name,
      description: level.description,
    }));
    return {
      id,
      type: ['ResultDescription'],
      name: criterion.title,
      resultType: 'RubricCriterionLevel',
      requiredLevel: levels.find((level) => level.name === required)!.id,
      rubricCriterionLevel: levels,
    };
  });
}

const numberWords = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const count = (n: number, noun: string, plural = `${noun}s`) => `${numberWords[n] ?? n} ${n === 1 ? noun : plural}`;
const joinList = (words: readonly string[], conjunction: 'and' | 'or') =>
  words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} ${conjunction} ${words.at(-1)}`;
const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** How the portfolio is scored and when the credential is earned, from the rubric's assessment and earn rule. */
export function scoringText(rubric: Rubric): string {
  const { assessors, calibrated, resubmission } = rubric.assessment;
  const who = capitalize(count(assessors, `${calibrated ? 'calibrated ' : ''}assessor`));
  return [
    `${who} score the portfolio against the rubric's ${count(rubric.criteria.length, 'criterion', 'criteria')}, each as ${joinList(rubric.levels, 'or')}.`,
    `The credential is earned only when every criterion is scored ${rubric.levels[0]}.`,
    resubmission === 'unlimited'
      ? `Evidence for a criterion not yet ${rubric.levels[0]} may be revised and resubmitted as often as needed.`
      : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** The phases a credential's requirements name, in order, e.g. "Analyze, Design, … and Evaluate". */
export const phaseList = (credential: Credential) =>
  joinList(
    credential.requirements.map((requirement) => PHASE_LABELS[requirement.phase] ?? requirement.phase),
    'and',
  );

/** Plain-text criteria: the competency, each phase's task and artifacts, then how it is scored and earned. */
export function criteriaNarrative(credential: Credential, rubric: Rubric | undefined, program: Program): string {
  const phases = credential.requirements.map((requirement, index) => {
    const artifacts = requirement.artifacts.map((artifact) => artifact.title).join('; ');
    return `${index + 1}. ${PHASE_LABELS[requirement.phase] ?? requirement.phase}: ${requirement.task} Submit: ${artifacts}.`;
  });
  const scoring = rubric ? scoringText(rubric) : program.earning.summary;
  return [
    `${credential.competency}`,
    `The educator works through the ${count(credential.requirements.length, 'phase')} of ADDIE with their own students and submits a portfolio of evidence:`,
    ...phases,
    scoring,
  ].join('\n');
}

/** Searchable tags: the author's keywords, the key method and the pathways served, each once. */
function tags(credential: Credential, program: Program): string[] {
  const pathways = servedPathways(credential, program).map((id) => pathwayName(program, id));
  return [...new Set([...credential.keywords, credential.keyMethod.name, ...pathways])];
}

/** The OB 3.0 Achievement for one credential. */
export function buildAchievement(bundle: CredentialBundle, catalog: ExportCatalog) {
  const { credential, rubric, alignment } = bundle;
  const urls = exportUrls(catalog.site);
  const id = urls.achievement(credential.id);
  const alignments = alignedStandards(alignment, catalog.frameworks).flatMap((standard) =>
    standard.url
      ? [
          {
            type: ['Alignment'],
            targetName: standardName(standard),
            targetUrl: standard.url,
            targetCode: standard.code,
            targetFramework: standard.framework?.name ?? standard.frameworkId,
            ...(standard.caseItem ? { targetType: 'CFItem' } : {}),
          },
        ]
      : [],
  );
  return {
    '@context': [...OB3_CONTEXT],
    id,
    type: ['Achievement'],
    achievementType: 'MicroCredential',
    name: credential.title,
    description: credential.summary,
    criteria: { id: urls.rubricPage(credential.id), narrative: criteriaNarrative(credential, rubric, catalog.program) },
    creator: creatorProfile(catalog),
    version: credential.version,
    humanCode: credential.code,
    fieldOfStudy: pathwayName(catalog.program, credential.pathway),
    inLanguage: 'en-US',
    tag: tags(credential, catalog.program),
    ...(alignments.length ? { alignment: alignments } : {}),
    ...(rubric ? { resultDescription: resultDescriptions(rubric, id) } : {}),
  };
}

/** The OB 3.0 Achievement for a micro-endorsement: its criteria name every member credential, in order. */
export function buildStackAchievement(stack: Stack, members: Credential[], catalog: ExportCatalog) {
  const urls = exportUrls(catalog.site);
  const lines = members.map((member, index) => {
    const where = catalog.exported.has(member.id) ? `achievement ${urls.achievement(member.id)}` : 'not yet published';
    return `${index + 1}. ${member.code} ${member.title} (${where})`;
  });
  return {
    '@context': [...OB3_CONTEXT],
    id: urls.stackAchievement(stack.id),
    type: ['Achievement'],
    achievementType: 'MicroCredential',
    name: stack.title,
    description: stack.description,
    criteria: {
      id: urls.stackPage(stack.id),
      narrative: [`Earn all ${count(members.length, 'credential')} of this micro-endorsement, in this order:`, ...lines].join('\n'),
    },
    creator: creatorProfile(catalog),
    fieldOfStudy: pathwayName(catalog.program, stack.pathway),
    inLanguage: 'en-US',
    tag: [pathwayName(catalog.program, stack.pathway)],
  };
}

export type Achievement = ReturnType<typeof buildAchievement> | ReturnType<typeof buildStackAchievement>;
