/**
 * `content/program.yaml`: the program the catalog describes, as data an author can change in a pull
 * request: who runs it, its levels, the pathways and their code prefixes, the kinds of evidence and
 * the file formats teachers submit, and how each lifecycle status is named on the site. Credentials,
 * stacks, the checks, the scaffold and the site all read it; no list here is repeated in code.
 */
import { z } from 'astro/zod';
import { CREDENTIAL_STATUSES } from './credential.ts';
import { httpsUrl, prose, reportRepeats, slug } from './common.ts';
import { codePrefix, pathwaySchema } from './pathway.ts';

/** A level number as credentials write it: one digit, because codes read PREFIX-LEVEL.NUMBER. */
const levelNumber = z
  .number({ error: 'Write the level as a whole number from 1 to 9.' })
  .int({ error: 'Write the level as a whole number from 1 to 9.' })
  .min(1, { error: 'Write the level as a whole number from 1 to 9.' })
  .max(9, { error: 'Write the level as a whole number from 1 to 9: codes hold one digit for it.' });

const levelsList = (what: string) =>
  z.array(levelNumber, { error: `Write ${what} as a list, e.g. [2, 3].` }).min(1, { error: `List at least one level for ${what}.` });

const levelSchema = z.strictObject({
  /** The number in the code after the prefix, e.g. 2 in `PE-2.1`. */
  level: levelNumber.describe('The level number, which is also the digit after the prefix in a code.'),
  /** Short name shown with the number, e.g. "Introductory pathway skills". */
  name: prose('the level name', { max: 80 }).describe('Short name of the level, shown beside its number.'),
  /** What credentials at this level certify. */
  description: prose('what the level means', { min: 20, max: 400 }).describe('What credentials at this level certify, for teachers.'),
});

const allPathwaysSchema = z.strictObject({
  /** The value credentials write in `pathway` when they serve every pathway, e.g. `all`. */
  id: slug('the id of the all-pathways group').describe('What a credential writes in pathway when it serves every pathway, e.g. "all".'),
  /** How the site names the group. */
  name: prose('the name of the all-pathways group', { max: 120 }).describe('Name shown for credentials that serve every pathway.'),
  /** Prefix of their codes, e.g. `STEM`. */
  codePrefix: codePrefix.describe('Prefix of the codes of credentials that serve every pathway, e.g. "STEM".'),
  /** The levels such credentials may have. */
  levels: levelsList('the all-pathways group').describe('Levels of the credentials that serve every pathway, e.g. [1].'),
});

const evidenceTypeSchema = z.strictObject({
  /** What artifacts write in `evidenceType`. */
  id: slug('the evidence type id').describe('What an artifact writes in evidenceType, e.g. "student-work".'),
  /** How the site names it. */
  label: prose('the evidence type label', { max: 60 }).describe('How the site names this kind of evidence.'),
  /** Evidence that only teaching real students can produce: it satisfies the implement phase and needs a privacy note. */
  fromStudents: z
    .boolean({ error: 'Write fromStudents as true or false.' })
    .default(false)
    .describe('true for evidence only teaching real students produces (it meets the implement phase and needs a privacy note).'),
  /** The teacher's own reflection: the evaluate phase asks for one. */
  reflection: z
    .boolean({ error: 'Write reflection as true or false.' })
    .default(false)
    .describe("true for the teacher's written reflection, which the evaluate phase asks for."),
  /** The teacher's own time to prepare one artifact of this kind, for the hours-from-artifacts rule. */
  hours: z
    .number({ error: 'Write hours as a number, e.g. 1.5.' })
    .min(0, { error: 'Write hours as zero or more.' })
    .max(20, { error: 'Write the hours one artifact takes: 20 or fewer.' })
    .optional()
    .describe(
      "Hours of the teacher's own time to prepare one artifact of this kind (not class time), before any writing counted by word length.",
    ),
});

const formatSchema = z.strictObject({
  /** What artifacts list in `formats`. */
  id: slug('the format id').describe('What an artifact lists in formats, e.g. "video".'),
  /** How the site names it. */
  label: prose('the format label', { max: 60 }).describe('How the site names this format.'),
});

const statusLabelSchema = z.strictObject({
  /** A lifecycle status; the moves between them are the review contract (CONTRIBUTING.md). */
  status: z
    .enum(CREDENTIAL_STATUSES, { error: `Choose a status: ${CREDENTIAL_STATUSES.join(', ')}.` })
    .describe(`A lifecycle status: ${CREDENTIAL_STATUSES.join(', ')}.`),
  /** How the site names it. */
  label: prose('the status label', { max: 40 }).describe('How the site names this status.'),
});

const broughtSchema = z.strictObject({
  /** What the teacher gains, as a short noun phrase, e.g. "A micro-endorsement". */
  title: prose('what earning brings', { max: 80 }).describe('What earning brings, as a short noun phrase, e.g. "A micro-endorsement".'),
  /** What it is and how it comes, stated only as far as the program's facts go. */
  description: prose('the description of what earning brings', { min: 20, max: 600 }).describe(
    'What it is and how a teacher gets it; state only what LDOE has decided.',
  ),
});

const contactSchema = z
  .strictObject({
    /** Office or person teachers write to. */
    name: prose('the contact name', { max: 120 }).describe('Office or person teachers contact, e.g. "LDOE STEM team".'),
    /** Email address. */
    email: z
      .email({ error: 'Write the email address in full, for example "stem@example.gov".' })
      .optional()
      .describe('Email address teachers can write to.'),
    /** Web page with a contact form. */
    url: httpsUrl.optional().describe('Web page where teachers can ask a question (https).'),
  })
  .refine((contact) => contact.email || contact.url, {
    error: 'Give the contact an email or a url, so teachers have a way to reach them.',
  });

/** How a teacher earns a credential and what it brings: LDOE writes this, the site shows it once on /earning/. */
const earningSchema = z.strictObject({
  /** One or two sentences every credential page shows, linking to the full page. */
  summary: prose('the earning summary', { min: 40, max: 300 }).describe(
    'One or two sentences, shown on every credential page, on how a credential is earned.',
  ),
  /** How a teacher enrolls. */
  enroll: prose('how to enroll', { min: 20, max: 800 }).describe('How a teacher enrolls in a credential, written to the teacher.'),
  /** How a teacher submits the portfolio. */
  submit: prose('how to submit', { min: 20, max: 800 }).describe('How a teacher builds and submits the portfolio, written to the teacher.'),
  /** Who scores the portfolio, on which levels, and what earns the credential. */
  assessment: prose('how the portfolio is scored', { min: 20, max: 800 }).describe(
    'Who scores the portfolio, the score levels, and the rule that earns the credential.',
  ),
  /** What happens when a component is not yet Demonstrated. */
  resubmission: prose('how resubmission works', { min: 20, max: 800 }).describe(
    'What happens when a component is not yet Demonstrated, and how often a teacher may resubmit.',
  ),
  /** What earning brings the teacher. */
  brings: z
    .array(broughtSchema, { error: 'Write what earning brings as a list of entries with a title and a description.' })
    .min(1, { error: 'List at least one thing earning brings, such as the micro-endorsement it counts toward.' })
    .describe('What earning a credential brings, one entry each.'),
  /** Where teachers enroll; LDOE supplies it. */
  enrollmentUrl: httpsUrl
    .optional()
    .describe('Address of the page where teachers enroll (https). Leave out until LDOE publishes it; the site then says so.'),
  /** Whom teachers contact with questions; LDOE supplies it. */
  contact: contactSchema
    .optional()
    .describe('Whom teachers contact with questions: name and an email or url. Leave out until LDOE publishes it; the site then says so.'),
});

const listed = <T extends z.ZodType>(item: T, what: string) =>
  z.array(item, { error: `Write ${what} as a list.` }).min(1, { error: `List at least one of ${what}.` });

export const programSchema = z
  .strictObject({
    /** The program's name as its owner publishes it. */
    name: prose('the program name', { max: 120 }).describe('Name of the program, e.g. "Louisiana STEM Micro-Credentials".'),
    /** Who runs the program and approves its credentials. */
    owner: prose('the program owner', { max: 120 }).describe('Who runs the program and approves its credentials.'),
    /** The levels, lowest first. */
    levels: listed(levelSchema, 'the levels').describe('The levels, lowest first.'),
    /** Credentials that serve every pathway. */
    allPathways: allPathwaysSchema.describe('How credentials that serve every pathway are written and named.'),
    /** The pathways, in the order the site lists them. */
    pathways: listed(pathwaySchema, 'the pathways').describe('The pathways, in the order the site lists them.'),
    /** The kinds of evidence an artifact can be. */
    evidenceTypes: listed(evidenceTypeSchema, 'the evidence types').describe('The kinds of evidence an artifact can be.'),
    /** The file and link formats assessors accept. */
    formats: listed(formatSchema, 'the formats').describe('The file and link formats assessors accept.'),
    /** How each lifecycle status is named on the site. */
    statuses: listed(statusLabelSchema, 'the status labels').describe('How each lifecycle status is named on the site.'),
    /** How a teacher earns a credential and what it brings, shown on the site's earning page. */
    earning: earningSchema.describe('How a teacher enrolls, submits and is assessed, whom to contact, and what earning brings.'),
    /** How a credential's estimated hours follow from the work it asks for; see the field guide. */
    hoursRule: z
      .strictObject({
        /** Words of finished analysis or reflection a teacher writes in an hour. */
        wordsPerHour: z
          .number({ error: 'Write wordsPerHour as a number, e.g. 500.' })
          .positive({ error: 'Write wordsPerHour as a number above zero.' })
          .describe('Words of finished analysis or reflection a teacher writes in an hour.'),
        /** How far the stated estimate may sit from the computed hours, as a fraction. */
        tolerance: z
          .number({ error: 'Write tolerance as a fraction, e.g. 0.25.' })
          .min(0, { error: 'Write tolerance as a fraction from 0 to 1.' })
          .max(1, { error: 'Write tolerance as a fraction from 0 to 1.' })
          .describe('How far estimatedHours may sit from the computed hours, as a fraction (0.25 = 25%).'),
      })
      .optional()
      .describe("How estimatedHours follow from the artifacts: each evidence type's hours plus writing time by word count."),
  })
  .superRefine((program, ctx) => {
    const known = new Set(program.levels.map((level) => level.level));
    reportRepeats(
      ctx,
      program.levels.map((item, index) => ({ item, path: ['levels', index, 'level'] })),
      (item) => String(item.level),
      (item) => `Give level ${item.level} one entry: it is listed twice.`,
    );
    const groups = [
      { item: program.allPathways, path: ['allPathways'] },
      ...program.pathways.map((item, index) => ({ item, path: ['pathways', index] })),
    ];
    reportRepeats(
      ctx,
      groups.map(({ item, path }) => ({ item, path: [...path, 'id'] })),
      (item) => item.id,
      (item) => `Give the pathway "${item.id}" one entry: its id is used twice.`,
    );
    reportRepeats(
      ctx,
      groups.map(({ item, path }) => ({ item, path: [...path, 'codePrefix'] })),
      (item) => item.codePrefix,
      (item) => `Give "${item.id}" a code prefix of its own: ${item.codePrefix} is taken.`,
    );
    for (const { item, path } of groups) {
      (item.levels ?? []).forEach((level, index) => {
        if (!known.has(level))
          ctx.addIssue({
            code: 'custom',
            path: [...path, 'levels', index],
            message: `Use a level listed under levels: ${level} is not one (levels: ${[...known].join(', ')}).`,
          });
      });
    }
    reportRepeats(
      ctx,
      program.evidenceTypes.map((item, index) => ({ item, path: ['evidenceTypes', index, 'id'] })),
      (item) => item.id,
      (item) => `List the evidence type "${item.id}" once.`,
    );
    reportRepeats(
      ctx,
      program.formats.map((item, index) => ({ item, path: ['formats', index, 'id'] })),
      (item) => item.id,
      (item) => `List the format "${item.id}" once.`,
    );
    const labeled = new Set(program.statuses.map((entry) => entry.status));
    reportRepeats(
      ctx,
      program.statuses.map((item, index) => ({ item, path: ['statuses', index, 'status'] })),
      (item) => item.status,
      (item) => `Name the status "${item.status}" once.`,
    );
    const unlabeled = CREDENTIAL_STATUSES.filter((status) => !labeled.has(status));
    if (unlabeled.length) ctx.addIssue({ code: 'custom', path: ['statuses'], message: `Name every status: add ${unlabeled.join(', ')}.` });
  });

export type Program = z.output<typeof programSchema>;
export type ProgramLevel = Program['levels'][number];
export type EvidenceType = Program['evidenceTypes'][number];
export type Earning = Program['earning'];
