/**
 * The four files of a draft credential as text: credential.yaml, rubric.yaml and alignment.yaml with
 * a comment above every field, and the one-pager with its sections. Every placeholder is an
 * instruction to the author, recorded on the draft so the scaffold-placeholder rule can find any left in.
 */
import { ADDIE_PHASES, type AddiePhase, type Program } from '../../../schemas/index.ts';
import { ONE_PAGE_WORD_LIMIT } from '../checks/rules/one-pager-length.ts';
import { ONE_PAGER_SECTIONS } from '../content/one-pager.ts';
import { findLevel, pathwayGroups, type PathwayGroup } from '../content/program.ts';
import { criterionId, PHASES } from './phase-templates.ts';
import { comment, field, file, flowList, listEntry, scalar } from './yaml-text.ts';

/** A starting estimate: the first Louisiana pilot cohort took 5 to 10 hours a credential. */
const STARTING_HOURS = { min: 5, max: 10 } as const;

export const FIELD_GUIDE = 'content/credentials/README.md';

/** `Level 2 or 3`. */
export const levelWords = (levels: readonly number[]) => `Level ${levels.join(' or ')}`;

/** `a, b or c`. */
export const either = (values: readonly (string | number)[]) => values.join(', ').replace(/, ([^,]*)$/, ' or $1');

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
const levelMeaning = (draft: Draft) => findLevel(draft.program, draft.level)?.name.toLowerCase() ?? `level ${draft.level}`;

/** An instruction to the author, written where their own words belong. */
function ask(draft: Draft, instruction: string): string {
  draft.instructions.push(instruction);
  return instruction;
}

export function credentialYaml(draft: Draft): string {
  const { choice } = draft;
  const courseExample = ask(
    draft,
    choice.servesAll
      ? 'Name the kinds of STEM course this credential fits, for example any STEM Jump Start pathway course.'
      : `Name a kind of ${choice.name} course this credential fits, described in general terms.`,
  );
  const requirements = ADDIE_PHASES.flatMap((phase, index) => {
    const template = PHASES[phase];
    const first = index === 0;
    return [
      ...comment(template.purpose, '  '),
      `  - phase: ${phase}`,
      ...(first ? comment('What the teacher does in this phase, written to the teacher ("Choose…", "Plan…").', '    ') : []),
      ...field('task', ask(draft, template.task), '    '),
      ...(first ? comment('The evidence the teacher submits for this phase: one or two artifacts.', '    ') : []),
      '    artifacts:',
      ...(first ? comment('Short id, unique in this credential; rubric.yaml and alignment.yaml point at it. Rename it to fit, and rename it there too.', '      ') : []),
      `      - id: ${template.artifactId}`,
      ...(first ? comment('What is submitted, as a short noun phrase, for example "Unit analysis against the course standards".', '        ') : []),
      ...field('title', ask(draft, `Name the ${template.noun} the teacher submits, as a short noun phrase`), '        '),
      ...(first ? comment('The kind of evidence: lesson-materials, student-work, video-of-instruction, reflection, written-analysis or student-data.', '        ') : []),
      `        evidenceType: ${template.evidenceType}`,
      ...(first ? comment('What the artifact must contain, written to the teacher ("Upload…", "Include…").', '        ') : []),
      ...field('description', ask(draft, `Describe what the ${template.noun} must contain, written to the teacher: the parts, the length and the evidence to include.`), '        '),
      ...(first ? comment('Formats an assessor accepts, at least two: document, slides, spreadsheet, image, video, audio, web-link, code.', '        ') : []),
      `        formats: ${flowList(template.formats)}`,
      ...(first ? comment('Two or three checks the teacher can answer yes or no before submitting.', '        ') : []),
      '        completionChecks:',
      ...listEntry(ask(draft, `Replace this line with a yes/no check that names one part the ${template.noun} must include.`), '          '),
      ...listEntry(ask(draft, `Add a second yes/no check on quality (not just completion) for the ${template.noun}.`), '          '),
    ];
  });

  return file([
    ...comment(
      `Draft of ${draft.code} ${draft.title}, created by \`npm run new\`. Field guide: ${FIELD_GUIDE}. ` +
        'Each comment says what to write in the field below it. Replace every instruction with your own words, ' +
        'then run `npm run check`, which runs every rule (the quality rules also ask for a second research citation). ' +
        'The model to follow is content/credentials/facilitating-project-based-learning/.',
    ),
    '',
    ...comment('Permanent id: the folder name and the page address. It never changes once the credential is published.'),
    `id: ${draft.id}`,
    ...comment(`Catalog code: ${choice.codePrefix}, the level, then the next free number. Keep it unless LDOE assigned another.`),
    `code: ${draft.code}`,
    ...comment('Official title, up to 120 characters.'),
    `title: ${scalar(draft.title)}`,
    ...comment(`Level ${draft.level}: ${levelMeaning(draft)}. It must match the number after the prefix in the code.`),
    `level: ${draft.level}`,
    ...comment(`Home pathway: ${either(pathwayGroups(draft.program).map((group) => (group.servesAll ? `${group.id} (${levelWords(group.levels)})` : group.id)))}.`),
    `pathway: ${choice.id}`,
    ...comment('Other pathways whose teachers this credential also serves, for example [pre-engineering, ddem] for a computer science credential. Leave the list empty if it serves only its home pathway.'),
    'alsoServes: []',
    ...comment('Who it is for: the grades of the teacher\'s students (0 = kindergarten) and the kinds of course it fits.'),
    'audience:',
    '  grades: { from: 9, to: 12 }',
    ...comment('One line per kind of course, in general terms; do not invent official course names.', '  '),
    '  courses:',
    ...listEntry(courseExample, '    '),
    ...comment(`Hours a teacher should plan for. Louisiana's first pilot cohort took ${STARTING_HOURS.min} to ${STARTING_HOURS.max} hours; keep the range between 5 and 15.`),
    `estimatedHours: { min: ${STARTING_HOURS.min}, max: ${STARTING_HOURS.max} }`,
    ...comment('One or two sentences (40 to 320 characters) shown on catalog cards and in search results.'),
    ...field('summary', ask(draft, 'Write one or two sentences for the catalog card: what a teacher does to earn this credential and what their students gain from it.')),
    ...comment('The one skill certified, as a single sentence that starts with "The educator".'),
    ...field('competency', ask(draft, 'The educator carries out the single skill this credential certifies; rewrite this sentence to name that skill, starting with a verb such as designs, teaches or evaluates.')),
    ...comment('The research-backed method the teacher must show: its name, what it is and why it works (two to four sentences), and its parts (three to six components, one entry each).'),
    'keyMethod:',
    ...field('name', ask(draft, 'Name the research-backed method this credential is built on'), '  '),
    ...field('description', ask(draft, 'Describe, in two to four sentences, what the method is and why research shows it helps high school students learn; cite that research under research below.'), '  '),
    '  components:',
    `    - name: ${ask(draft, 'Name the first part of the method')}`,
    ...field('description', ask(draft, 'Describe what this part of the method looks like in a classroom, in one sentence.'), '      '),
    `    - name: ${ask(draft, 'Name the second part of the method')}`,
    ...field('description', ask(draft, 'Describe what an assessor would see when a teacher uses this second part with students.'), '      '),
    ...comment('Where the credential is in its life: draft, in-review, approved, published, retired. Only published credentials appear on the public site; `npm start` previews drafts too, marked as drafts.'),
    'status: draft',
    ...comment('Version as MAJOR.MINOR.PATCH. Raise it to 1.0.0, with a changelog entry, when the draft is ready for review.'),
    'version: 0.1.0',
    ...comment('Where the credential came from. Record only facts: add designCycle, pilot (an id from content/pilots.yaml) and notes only when you know them.'),
    'history:',
    `  proposedTitle: ${scalar(draft.title)}`,
    ...comment('Approval records, newest last. Leave this empty: a reviewer adds a record when they approve a version.'),
    'approvals: []',
    ...comment('One entry per version, newest last: version, date (YYYY-MM-DD) and what changed, in plain words.'),
    'changelog:',
    '  - version: 0.1.0',
    `    date: ${draft.today}`,
    '    summary: First draft, created from the credential template; not yet reviewed.',
    ...comment('Ids of credentials a teacher must earn first. Louisiana requires none, so this is usually empty.'),
    'prerequisites: []',
    ...comment('Ids of credentials recommended first (encouraged, not required), for example the Level 1 credentials.'),
    'recommendedBefore: []',
    ...comment('Help available while earning the credential: two or three entries, each with a title and what it offers. Add one specific to this credential, such as a colleague in the same pathway.'),
    'supports:',
    '  - title: The one-pager',
    ...field('description', ask(draft, 'Explain, in one or two sentences written to the teacher, how the one-pager helps them plan and check their evidence before they submit.'), '    '),
    '  - title: Assessor feedback and resubmission',
    ...field('description', ask(draft, 'Explain, in one or two sentences, what assessors tell the teacher when a criterion is not yet Demonstrated, and that they may revise and resubmit as often as they need.'), '    '),
    ...comment('Real works behind the key method, at least two: authors (family name first), year, exact title and source; add a url only if you are certain it is right. The RAND report below describes how every Louisiana credential was designed; add the research on your key method (its reference list near the end is a good place to start).'),
    'research:',
    "  - authors: ['Kaufman, Julia H.', 'Christianson, Karen', 'Wolfe, Rebecca L.', 'Tekkumru-Kisa, Miray', 'Doss, Christopher Joseph']",
    '    year: 2023',
    '    title: Designing and Implementing Micro-Credentials to Support STEM Teaching',
    '    source: RAND Corporation',
    ...comment('One to three free resources you are certain exist, each with a title, publisher, url (the official https address) and a one-sentence description; the model credential\'s credential.yaml shows one.'),
    'resources: []',
    ...comment('How the student work and classroom video this credential asks for must be handled: consent, names, faces. Write it for this credential\'s evidence.'),
    ...field('privacy', ask(draft, 'Explain, in two or three sentences written to the teacher, how to handle the student work and video this credential asks for: the permissions to collect, how to remove names and how to keep faces out of view.')),
    ...comment('Exactly five requirements, one per ADDIE phase, in this order: analyze, design, develop, implement, evaluate.'),
    'requirements:',
    ...requirements,
  ]);
}

export function rubricYaml(draft: Draft): string {
  const criteria = ADDIE_PHASES.flatMap((phase, index) => {
    const { artifactId, noun } = PHASES[phase];
    const first = index === 0;
    return [
      ...(first ? comment('Short id, unique in this rubric; alignment.yaml may point at it.', '  ') : []),
      `  - id: ${criterionId(phase)}`,
      ...(first ? comment('What the criterion judges, as a short phrase, for example "Analyzes the unit against the course standards".', '    ') : []),
      `    title: ${ask(draft, `Name what this criterion judges in the ${noun}`)}`,
      ...(first ? comment('The ADDIE phase it assesses, and the artifact ids (from credential.yaml, all from that phase) it scores.', '    ') : []),
      `    phase: ${phase}`,
      `    artifacts: [${artifactId}]`,
      ...(first ? comment('What the evidence shows at each level, each level different and observable: never completion or attendance alone.', '    ') : []),
      '    descriptors:',
      ...field('demonstrated', ask(draft, `Describe what an assessor sees in the ${noun} when the evidence fully meets the standard: the features they can point to.`), '      '),
      ...field('progressing', ask(draft, `Describe what is present in the ${noun} and what is still missing when the evidence partly meets the standard.`), '      '),
      ...field('notMet', ask(draft, `Describe what the ${noun} shows when the evidence misses the standard, judged by its content rather than by completion.`), '      '),
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
  const source = draft.choice.servesAll ? `the ${levelWords(draft.choice.levels)} credentials` : `the other ${draft.choice.codePrefix} credentials`;
  return file([
    ...comment(`Standards addressed by ${draft.code} ${draft.title} (draft). Field guide: ${FIELD_GUIDE}`),
    '',
    ...comment(
      `The two entries below are starting points only, taken from the registry (the standards ${source} cite most). ` +
        'Replace them with the standards this credential really addresses: aim for four to six, with at least one ' +
        'student-facing standard (NGSS, Common Core, CSTA or ISTE for Students) and one educator-facing standard ' +
        '(ISTE for Educators).',
    ),
    ...comment('framework is a file name in content/standards/ and code must be listed in it; addressedBy names an ADDIE phase, an artifact id or a rubric criterion id of this credential; rationale is one line on how that evidence meets the standard.'),
    'alignments:',
    ...entry(student, 'implement', ask(draft, 'Replace with one line on how the classroom evidence meets this student standard.')),
    ...entry(educator, 'design', ask(draft, 'Replace with one line on how the design plan meets this educator standard.')),
  ]);
}

/** Text that Markdown and MDX show literally. */
const markdownText = (text: string) => text.replace(/[\\`*_{}[\]<>|~#]/g, (character) => `\\${character}`);

export function onePager(draft: Draft): string {
  const [certifies, matters, submit, scored, time] = ONE_PAGER_SECTIONS;
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
    ask(draft, 'Describe, in two or three sentences, the skill this credential certifies, and name the parts of the key method an assessor will look for.'),
    '',
    `## ${matters}`,
    '',
    ask(draft, `Explain what students gain when their teacher has this skill, and why it sits at Level ${draft.level} (${levelMeaning(draft)}).`),
    '',
    `## ${submit}`,
    '',
    ...ADDIE_PHASES.map((phase, index) => `${index + 1}. **${phaseName(phase)}**: ${ask(draft, PHASES[phase].submitLine)}`),
    '',
    `## ${scored}`,
    '',
    ask(
      draft,
      `Say, in your own words, that two calibrated assessors score each of the ${ADDIE_PHASES.length} rubric criteria as **Demonstrated**, **Progressing** or **Not Met**, ` +
        'that every criterion must be Demonstrated to earn the credential, and that the teacher may revise and resubmit as often as they need.',
    ),
    '',
    `## ${time}`,
    '',
    ask(draft, `Give the hours to plan for (now ${STARTING_HOURS.min} to ${STARTING_HOURS.max} in credential.yaml) and name the supports listed there.`),
  ]);
}

