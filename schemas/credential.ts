/**
 * `content/credentials/<id>/credential.yaml`: everything about one micro-credential except its
 * one-pager prose, rubric and standards alignment, which live beside it in their own files.
 */
import { z } from 'astro/zod';
import { gradeRange, httpsUrl, isoDate, prose, reportRepeats, semver, slug, uniqueList } from './common.ts';

/** The five ADDIE phases, in the order a teacher works through them. */
export const ADDIE_PHASES = ['analyze', 'design', 'develop', 'implement', 'evaluate'] as const;
export type AddiePhase = (typeof ADDIE_PHASES)[number];

/** Where a credential sits in its lifecycle; only `published` credentials are shown to teachers by default. */
export const CREDENTIAL_STATUSES = ['draft', 'in-review', 'approved', 'published', 'retired'] as const;

/** The longest official title a credential may have, in characters. */
export const TITLE_MAX_LENGTH = 120;

const artifactSchema = z.strictObject({
  /** Identifier used by rubric criteria and alignments to point at this artifact. */
  id: slug('the artifact id').describe('Short id, unique within the credential, that rubric criteria use to point at this artifact.'),
  /** What the teacher submits, as a short noun phrase. */
  title: prose('the artifact title', { max: 120 }).describe(
    'What the teacher submits, as a short noun phrase, e.g. "Annotated entry event plan".',
  ),
  /** Category of evidence, used by filters and the privacy rule; one of the program's evidence types. */
  evidenceType: slug('the evidence type').describe(
    'Kind of evidence: an id from evidenceTypes in content/program.yaml, e.g. "student-work".',
  ),
  /** What the artifact must contain, written to the teacher. */
  description: prose('what the artifact must contain', { max: 800 }).describe(
    'What the artifact must contain, written to the teacher ("Upload…", "Include…").',
  ),
  /** Formats an assessor will accept. */
  formats: uniqueList(slug('a format'), 'the accepted formats')
    .min(1, { error: 'List at least one accepted format.' })
    .describe('Formats an assessor accepts for this artifact: ids from formats in content/program.yaml, e.g. [document, video].'),
  /** Yes/no checks a teacher can tick before submitting. */
  completionChecks: z
    .array(prose('a completion check', { max: 300 }), { error: 'Write the completion checks as a list.' })
    .min(1, { error: 'List at least one completion check the teacher can tick before submitting.' })
    .describe('Checks the teacher ticks before submitting, each answerable yes or no.'),
});

const requirementSchema = z.strictObject({
  /** The ADDIE phase this requirement belongs to; each phase appears once, in ADDIE order. */
  phase: z
    .enum(ADDIE_PHASES, { error: `Choose a phase: ${ADDIE_PHASES.join(', ')}.` })
    .describe('ADDIE phase: analyze, design, develop, implement or evaluate.'),
  /** The task the teacher carries out in this phase. */
  task: prose('the task for this phase', { min: 20, max: 800 }).describe('What the teacher does in this phase, written to the teacher.'),
  /** The evidence the teacher submits for this phase. */
  artifacts: z
    .array(artifactSchema, { error: 'Write the artifacts as a list.' })
    .min(1, { error: 'List at least one artifact the teacher submits for this phase.' })
    .describe('Evidence the teacher submits for this phase.'),
});

const citationSchema = z.strictObject({
  /** Authors as printed, family name first, or the organization that wrote it. */
  authors: z
    .array(prose('an author', { max: 200 }), { error: 'Write the authors as a list, e.g. ["Kaufman, Julia H."].' })
    .min(1, { error: 'Name at least one author or the organization that published the work.' })
    .describe('Authors as printed, family name first, or the organization that wrote the work.'),
  /** Year of publication. */
  year: z.number({ error: 'Write the year as a number, e.g. 2023.' }).int().min(1900).max(2100).describe('Year of publication.'),
  /** Title of the work. */
  title: prose('the title of the work', { max: 300 }).describe('Title of the work as published.'),
  /** Journal, publisher or book the work appeared in. */
  source: prose('the journal or publisher', { max: 300 }).describe('Journal, publisher or book the work appeared in.'),
  /** A stable address, only when you are certain it is correct. */
  url: httpsUrl.optional().describe('Stable address of the work; leave out unless you are certain it is right.'),
});

const resourceSchema = z.strictObject({
  /** Name of the resource. */
  title: prose('the resource title', { max: 200 }).describe('Name of the free resource.'),
  /** Organization that provides it. */
  publisher: prose('the publisher', { max: 200 }).describe('Organization that provides the resource.'),
  /** Where to find it. */
  url: httpsUrl.describe('Where to find the resource (https).'),
  /** Why a teacher would open it. */
  description: prose('why a teacher would use this resource', { max: 400 }).describe('One sentence on how it helps with this credential.'),
});

const supportSchema = z.strictObject({
  /** Name of the support. */
  title: prose('the support title', { max: 200 }).describe('Name of the support, e.g. "Assessor feedback on resubmission".'),
  /** What the support offers the teacher. */
  description: prose('what the support offers', { max: 500 }).describe('What the support offers the teacher and how to get it.'),
});

const approvalSchema = z.strictObject({
  /** Person who approved the content. */
  reviewer: prose('the reviewer name', { max: 200 }).describe('Name of the person who approved this version.'),
  /** The reviewer's role. */
  role: prose('the reviewer role', { max: 200 }).describe('Role of the reviewer, e.g. "LDOE STEM content reviewer".'),
  /** Date of approval. */
  date: isoDate.describe('Date of approval, YYYY-MM-DD.'),
  /** Where the approval is recorded (pull request, memo). */
  reference: prose('where the approval is recorded', { max: 300 }).describe(
    'Where the approval is recorded: a pull request, a memo or a meeting record.',
  ),
  /** Version of the credential that was approved. */
  version: semver.describe('Version of the credential that this approval covers.'),
});

const changelogEntrySchema = z.strictObject({
  /** Version this entry describes. */
  version: semver.describe('Version this entry describes.'),
  /** Date the version took effect. */
  date: isoDate.describe('Date the version took effect, YYYY-MM-DD.'),
  /** What changed, in plain words. */
  summary: prose('what changed', { max: 600 }).describe('What changed, in plain words a teacher understands.'),
});

const historySchema = z.strictObject({
  /** The working title the credential had when it was proposed. */
  proposedTitle: prose('the proposed title', { max: 200 }).describe('Working title when the credential was first proposed.'),
  /** Which design cycle produced it, where known. */
  designCycle: prose('the design cycle', { max: 300 }).optional().describe('Which design cycle produced the credential, where known.'),
  /** The pilot it was tested in, as the id in content/pilots.yaml. */
  pilot: slug('the pilot id').optional().describe('Pilot the credential was tested in: an id from content/pilots.yaml, e.g. "pilot-1".'),
  /** Notes on how the credential changed during development. */
  notes: prose('the history notes', { max: 1000 }).optional().describe('How the credential changed during development.'),
});

const keyMethodSchema = z.strictObject({
  /** Name of the research-backed method the credential is built on. */
  name: prose('the key method name', { max: 150 }).describe('Name of the research-backed method, e.g. "Project-based learning".'),
  /** What the method is and why it works. */
  description: prose('the key method description', { min: 40, max: 1200 }).describe(
    'What the method is and why it works, in two to four sentences.',
  ),
  /** The parts of the method a teacher must show. */
  components: z
    .array(
      z.strictObject({
        /** Identifier that rubric criteria use to say they score this component. */
        id: slug('the component id').describe(
          'Short id, unique within the method, that rubric criteria list under components: to say they score it.',
        ),
        /** Name of the component. */
        name: prose('the component name', { max: 150 }).describe('Name of the component.'),
        /** What the component looks like in a classroom. */
        description: prose('the component description', { max: 600 }).describe('What the component looks like in a classroom.'),
      }),
      { error: 'Write the method components as a list.' },
    )
    .min(1, { error: 'List at least one component of the key method.' })
    .describe('Parts of the method a teacher must show.'),
});

export const credentialSchema = z
  .strictObject({
    /** Permanent identifier; equals the folder name and never changes. */
    id: slug('the credential id').describe('Permanent id; must equal the folder name and never changes once published.'),
    /** Catalog code, unique across pathways: pathway prefix, level and number. */
    code: z
      .string({ error: 'Write the code as text, e.g. "STEM-1.2" or "PE-2.1".' })
      .regex(/^[A-Z]{2,5}-[1-9]\.[1-9]\d*$/, {
        error:
          'Write the code as PREFIX-LEVEL.NUMBER: the code prefix of its pathway in content/program.yaml, the level, then a number, e.g. "PE-2.1".',
      })
      .describe(
        'Unique code PREFIX-LEVEL.NUMBER: the prefix of its pathway in content/program.yaml (the all-pathways prefix for credentials that serve every pathway), e.g. "DDEM-2.1".',
      ),
    /** Official title as LDOE published it. */
    title: prose('the title', { max: TITLE_MAX_LENGTH }).describe('Official title of the credential.'),
    /** A level of the program (content/program.yaml), e.g. 1 for broad STEM pedagogy. */
    level: z
      .number({ error: 'Write the level as a whole number, e.g. 2.' })
      .int({ error: 'Write the level as a whole number, e.g. 2.' })
      .min(1, { error: 'Write the level as a whole number from 1 to 9.' })
      .max(9, { error: 'Write the level as a whole number from 1 to 9.' })
      .describe('A level from content/program.yaml, e.g. 2; the digit after the prefix in the code must match it.'),
    /** Home pathway: a pathway id of the program, or its all-pathways id. */
    pathway: slug('the pathway id').describe(
      'Home pathway: a pathway id from content/program.yaml, or "all" for credentials that serve every pathway.',
    ),
    /** Other pathways whose teachers the credential serves. */
    alsoServes: uniqueList(slug('a pathway id'), 'the pathways')
      .default([])
      .describe('Other pathways whose teachers this credential serves, e.g. computer science credentials serve pre-engineering and ddem.'),
    /** Who the credential is for. */
    audience: z
      .strictObject({
        /** Grades the teacher's students are in. */
        grades: gradeRange.describe('Grades of the students the teacher works with.'),
        /** Courses the credential fits. */
        courses: z
          .array(prose('a course name', { max: 150 }), { error: 'Write the courses as a list.' })
          .min(1, { error: 'Name at least one course the credential fits.' })
          .describe('Courses this credential fits.'),
      })
      .describe('Who the credential is for.'),
    /** Time a teacher should plan for. */
    estimatedHours: z
      .strictObject({
        /** Fewest hours a teacher should expect. */
        min: z
          .number({ error: 'Write the hours as a number.' })
          .positive({ error: 'Hours must be more than 0.' })
          .describe('Fewest hours a teacher should expect.'),
        /** Most hours a teacher should expect. */
        max: z
          .number({ error: 'Write the hours as a number.' })
          .positive({ error: 'Hours must be more than 0.' })
          .describe('Most hours a teacher should expect.'),
      })
      .refine((hours) => hours.min <= hours.max, { error: 'Make "min" no larger than "max".', path: ['max'] })
      .describe('Range of hours a teacher should plan for.'),
    /** One or two sentences for cards and search results. */
    summary: prose('the summary', { min: 40, max: 320 }).describe('One or two sentences shown on catalog cards and in search results.'),
    /** Extra search terms a teacher might type that the title and summary do not already say. */
    keywords: uniqueList(
      z
        .string({ error: 'Write each keyword as text, for example "gantt chart".' })
        .trim()
        .min(2, { error: 'Write each keyword as a word or short phrase of at least 2 characters.' })
        .max(40, { error: 'Shorten each keyword to 40 characters or fewer: a word or short phrase, not a sentence.' })
        .regex(/^[a-z0-9][a-z0-9 .+#'-]*$/, {
          error: 'Write each keyword in lowercase letters, digits, spaces or hyphens, for example "3d printing".',
        }),
      'the keywords',
    )
      .max(12, { error: 'Keep to 12 keywords or fewer: pick the terms teachers are most likely to search for.' })
      .default([])
      .describe(
        'Optional search terms in lowercase, each a word or short phrase a teacher might search for that the title and summary do not already say, e.g. ["gantt chart", "budget"]. Shown as a Topics line on the credential page.',
      ),
    /** The single competency the credential certifies. */
    competency: prose('the competency statement', { min: 40, max: 600 }).describe('The one skill certified, as "The educator …".'),
    /** The research-backed method and its components. */
    keyMethod: keyMethodSchema.describe('Research-backed method the credential is built on, with its components.'),
    /** Lifecycle status. */
    status: z
      .enum(CREDENTIAL_STATUSES, { error: `Choose a status: ${CREDENTIAL_STATUSES.join(', ')}.` })
      .describe('draft → in-review → approved → published → retired.'),
    /** Current version. */
    version: semver.describe('Current version; bump it when the credential changes.'),
    /** Credential that replaces this one; required once retired. */
    replacedBy: slug('the replacement credential id')
      .optional()
      .describe('Id of the credential that replaces this one (for retired credentials).'),
    /** Where the credential came from. */
    history: historySchema.describe('Where the credential came from: proposed title, design cycle, pilot.'),
    /** Approval records, newest last. */
    approvals: z.array(approvalSchema, { error: 'Write the approvals as a list.' }).default([]).describe('Approval records, newest last.'),
    /** Version history, newest last. */
    changelog: z
      .array(changelogEntrySchema, { error: 'Write the changelog as a list.' })
      .min(1, { error: 'Add at least one changelog entry describing the first version.' })
      .describe('Version history, newest last.'),
    /** Credentials that must be earned first. */
    prerequisites: uniqueList(slug('a credential id'), 'the prerequisites')
      .default([])
      .describe('Ids of credentials that must be earned first.'),
    /** Credentials recommended first but not required. */
    recommendedBefore: uniqueList(slug('a credential id'), 'the recommended credentials')
      .default([])
      .describe('Ids of credentials recommended before this one (encouraged, not required).'),
    /** Help available while earning the credential. */
    supports: z
      .array(supportSchema, { error: 'Write the supports as a list.' })
      .min(1, { error: 'Describe at least one support.' })
      .describe('Help available while earning the credential.'),
    /** Research behind the key method. */
    research: z
      .array(citationSchema, { error: 'Write the research as a list.' })
      .min(1, { error: 'Cite at least one real research work.' })
      .describe('Real research behind the key method.'),
    /** Free resources a teacher can use. */
    resources: z
      .array(resourceSchema, { error: 'Write the resources as a list.' })
      .default([])
      .describe('Free resources a teacher can use.'),
    /** How student work and video are protected. */
    privacy: prose('the privacy note', { max: 800 })
      .optional()
      .describe('How student work and classroom video must be handled (consent, blurring, no names).'),
    /** The ADDIE tasks and artifacts. */
    requirements: z
      .array(requirementSchema, { error: 'Write the requirements as a list of ADDIE phases.' })
      .min(1, { error: 'List the ADDIE requirements, one per phase.' })
      .describe('One requirement per ADDIE phase, in order: analyze, design, develop, implement, evaluate.'),
  })
  .superRefine((credential, ctx) => {
    const level = Number(credential.code.split('-')[1]?.split('.')[0]);
    if (level !== credential.level) {
      ctx.addIssue({ code: 'custom', path: ['level'], message: `Make the level match the code ${credential.code}: level ${level}.` });
    }
    reportRepeats(
      ctx,
      credential.requirements.flatMap((requirement, r) =>
        requirement.artifacts.map((artifact, a) => ({ item: artifact, path: ['requirements', r, 'artifacts', a, 'id'] })),
      ),
      (artifact) => artifact.id,
      (artifact) => `Give artifact "${artifact.id}" an id no other artifact in this credential uses.`,
    );
    reportRepeats(
      ctx,
      credential.keyMethod.components.map((component, index) => ({ item: component, path: ['keyMethod', 'components', index, 'id'] })),
      (component) => component.id,
      (component) => `Give component "${component.id}" an id no other component of the key method uses.`,
    );
  });

export type Credential = z.output<typeof credentialSchema>;
export type Requirement = Credential['requirements'][number];
export type Artifact = Requirement['artifacts'][number];
