/**
 * The files of a draft credential as text: rubric.yaml and alignment.yaml with a comment above every
 * field, and the one-pager with its sections (credential.yaml is in draft-credential.ts), with what
 * they share: the draft itself and the instructions written into it. Every placeholder is an
 * instruction to the author, recorded on the draft so the scaffold-placeholder rule can find any left in.
 */
import { ADDIE_PHASES, type AddiePhase, type Program } from '../../../schemas/index.ts';
import { ONE_PAGE_WORD_LIMIT } from '../checks/rules/one-pager-length.ts';
import { ONE_PAGER_SECTIONS } from '../content/one-pager.ts';
import { findLevel, type PathwayGroup } from '../content/program.ts';
import { criterionId, PHASES } from './phase-templates.ts';
import { comment, field, file, scalar } from './yaml-text.ts';

export const FIELD_GUIDE = 'content/credentials/README.md';

/** `Level 2 or 3`. */
export const levelWords = (levels: readonly number[]) => `Level ${levels.join(' or ')}`;

/** `a, b or c`. */
export const either = (values: readonly (string | number)[]) => values.join(', ').replace(/, ([^,]*)$/, ' or $1');

/** A starting estimate: the first Louisiana pilot cohort took 5 to 10 hours a credential. */
/**
 * The estimate a new draft starts with: its five starting artifacts come to about 5 hours under the
 * program's hours rule (content/program.yaml), and `npm run check` recomputes it as the author changes them.
 */
export const STARTING_HOURS = { min: 5, max: 6 } as const;

export interface StartingStandard {
  framework: string;
  code: string;
  label: string;
}

export interface Draft {
  id: string;
  code: string;
  title: string;
  level: number;
  choice: PathwayGroup;
  program: Program;
  today: string;
  /** Every instruction written into the files, so the scaffold-placeholder rule can find those left in. */
  instructions: string[];
}

/** `broad STEM pedagogy`: the program's name for the draft's level, as a phrase. */
export const levelMeaning = (draft: Draft) => findLevel(draft.program, draft.level)?.name.toLowerCase() ?? `level ${draft.level}`;

/** An instruction to the author, written where their own words belong. */
export function ask(draft: Draft, instruction: string): string {
  draft.instructions.push(instruction);
  return instruction;
}

export function rubricYaml(draft: Draft): string {
  const criteria = ADDIE_PHASES.flatMap((phase, index) => {
    const { artifactId, noun } = PHASES[phase];
    const first = index === 0;
    return [
      ...(first ? comment('Short id, unique in this rubric; alignment.yaml may point at it.', '  ') : []),
      `  - id: ${criterionId(phase)}`,
      ...(first
        ? comment('What the criterion judges, as a short phrase, for example "Analyzes the unit against the course standards".', '    ')
        : []),
      `    title: ${ask(draft, `Name what this criterion judges in the ${noun}`)}`,
      ...(first
        ? comment('The ADDIE phase it assesses, and the artifact ids (from credential.yaml, all from that phase) it scores.', '    ')
        : []),
      `    phase: ${phase}`,
      `    artifacts: [${artifactId}]`,
      ...(phase === 'implement'
        ? [
            ...comment(
              'The key-method components (ids from credential.yaml) whose evidence this criterion scores; every component needs at least one criterion.',
              '    ',
            ),
            '    components: [method-part-1, method-part-2]',
          ]
        : []),
      ...(first
        ? comment(
            'What the evidence shows at each level, each level different and observable: never completion or attendance alone.',
            '    ',
          )
        : []),
      '    descriptors:',
      ...field(
        'demonstrated',
        ask(
          draft,
          `Describe what an assessor sees in the ${noun} when the evidence fully meets the standard: the features they can point to.`,
        ),
        '      ',
      ),
      ...field(
        'progressing',
        ask(draft, `Describe what is present in the ${noun} and what is still missing when the evidence partly meets the standard.`),
        '      ',
      ),
      ...field(
        'notMet',
        `Any required element is missing, or ${ask(
          draft,
          `describe what the ${noun} shows when the evidence misses the standard, judged by its content rather than by completion.`,
        )}`,
        '      ',
      ),
    ];
  });
  return file([
    ...comment(`Rubric for ${draft.code} ${draft.title} (draft). Field guide: ${FIELD_GUIDE}`),
    '',
    ...comment('The first three fields are the same for every Louisiana credential: keep them as they are.'),
    ...comment('Score levels, highest first.'),
    'levels: [Demonstrated, Progressing, Not Met]',
    ...comment('The credential is earned when every criterion is scored Demonstrated.'),
    'earnRule: every-criterion-demonstrated',
    ...comment('Two calibrated assessors score every portfolio, and teachers may resubmit as often as they need.'),
    'assessment:',
    '  assessors: 2',
    '  calibrated: true',
    '  resubmission: unlimited',
    ...comment('At least one criterion per artifact, in ADDIE order; every artifact in credential.yaml must be scored by one.'),
    'criteria:',
    ...criteria,
  ]);
}

export function alignmentYaml(draft: Draft, student: StartingStandard, educator: StartingStandard): string {
  const entry = (standard: StartingStandard, addressedBy: string, rationale: string) => [
    ...comment(`${standard.framework} ${standard.code}: ${standard.label}`, '  '),
    `  - framework: ${standard.framework}`,
    `    code: ${scalar(standard.code)}`,
    `    addressedBy: ${addressedBy}`,
    ...field('rationale', rationale, '    '),
  ];
  const source = draft.choice.servesAll
    ? `the ${levelWords(draft.choice.levels)} credentials`
    : `the other ${draft.choice.codePrefix} credentials`;
  return file([
    ...comment(`Standards addressed by ${draft.code} ${draft.title} (draft). Field guide: ${FIELD_GUIDE}`),
    '',
    ...comment(
      `The two entries below are starting points only, taken from the registry (the standards ${source} cite most). ` +
        'Replace them with the standards this credential really addresses: aim for four to six, with at least one ' +
        'student-facing standard (NGSS, Common Core, CSTA or ISTE for Students) and one educator-facing standard ' +
        '(ISTE for Educators).',
    ),
    ...comment(
      "framework is a file name in content/standards/ and code must be listed in it; addressedBy names an artifact id, an ADDIE phase or a rubric criterion id of this credential, and for a student-facing standard the id of an artifact of students' own work, data or video; rationale is one line on how that evidence meets the standard.",
    ),
    'alignments:',
    ...entry(
      student,
      PHASES.implement.artifactId,
      ask(draft, "Replace with one line on how the students' work in the classroom evidence meets this student standard."),
    ),
    ...entry(educator, 'design', ask(draft, 'Replace with one line on how the design plan meets this educator standard.')),
  ]);
}

/** Text that Markdown and MDX show literally. */
const markdownText = (text: string) => text.replace(/[\\`*_{}[\]<>|~#]/g, (character) => `\\${character}`);

export function onePager(draft: Draft): string {
  const [certifies, matters, submit, time] = ONE_PAGER_SECTIONS;
  const phaseName = (phase: AddiePhase) => `${phase[0]!.toUpperCase()}${phase.slice(1)}`;
  return file([
    ask(
      draft,
      `Write one or two sentences that tell a busy teacher what ${markdownText(draft.title)} asks of them and why it is worth their time. ` +
        `Address the teacher as "you", keep the whole page to ${ONE_PAGE_WORD_LIMIT} words or fewer so it prints on one page, and replace every paragraph below with your own words.`,
    ),
    '',
    `## ${certifies}`,
    '',
    ask(
      draft,
      'Describe, in two or three sentences, the skill this credential certifies, and name the parts of the key method an assessor will look for.',
    ),
    '',
    `## ${matters}`,
    '',
    ask(
      draft,
      `Explain what students gain when their teacher has this skill, and why it sits at Level ${draft.level} (${levelMeaning(draft)}).`,
    ),
    '',
    `## ${submit}`,
    '',
    ...ADDIE_PHASES.map((phase, index) => `${index + 1}. **${phaseName(phase)}**: ${ask(draft, PHASES[phase].submitLine)}`),
    '',
    `## ${time}`,
    '',
    ask(
      draft,
      `Give the hours to plan for (now ${STARTING_HOURS.min} to ${STARTING_HOURS.max} in credential.yaml) and name the supports listed there.`,
    ),
  ]);
}
