/**
 * credential.yaml of a draft credential as text: every field with a comment above it that says what
 * to write, and an instruction to the author wherever their own words belong.
 */
import { ADDIE_PHASES } from '../../../schemas/index.ts';
import { pathwayGroups } from '../content/program.ts';
import { ask, either, FIELD_GUIDE, levelMeaning, levelWords, STARTING_HOURS, type Draft } from './draft-files.ts';
import { PHASES } from './phase-templates.ts';
import { comment, field, file, flowList, listEntry, scalar } from './yaml-text.ts';

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
      ...(first
        ? comment(
            'Short id, unique in this credential; rubric.yaml and alignment.yaml point at it. Rename it to fit, and rename it there too.',
            '      ',
          )
        : []),
      `      - id: ${template.artifactId}`,
      ...(first
        ? comment('What is submitted, as a short noun phrase, for example "Unit analysis against the course standards".', '        ')
        : []),
      ...field('title', ask(draft, `Name the ${template.noun} the teacher submits, as a short noun phrase`), '        '),
      ...(first
        ? comment(
            'The kind of evidence: lesson-materials, student-work, video-of-instruction, reflection, written-analysis or student-data.',
            '        ',
          )
        : []),
      `        evidenceType: ${template.evidenceType}`,
      ...(first ? comment('What the artifact must contain, written to the teacher ("Upload…", "Include…").', '        ') : []),
      ...field(
        'description',
        ask(
          draft,
          `Describe what the ${template.noun} must contain, written to the teacher: the parts, the length and the evidence to include.`,
        ),
        '        ',
      ),
      ...(first
        ? comment(
            'Formats an assessor accepts, at least two: document, slides, spreadsheet, image, video, audio, web-link, code.',
            '        ',
          )
        : []),
      `        formats: ${flowList(template.formats)}`,
      ...(first ? comment('Two or three checks the teacher can answer yes or no before submitting.', '        ') : []),
      '        completionChecks:',
      ...listEntry(
        ask(draft, `Replace this line with a yes/no check that names one part the ${template.noun} must include.`),
        '          ',
      ),
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
    ...comment(
      `Home pathway: ${either(pathwayGroups(draft.program).map((group) => (group.servesAll ? `${group.id} (${levelWords(group.levels)})` : group.id)))}.`,
    ),
    `pathway: ${choice.id}`,
    ...comment(
      'Other pathways whose teachers this credential also serves, for example [pre-engineering, ddem] for a computer science credential. Leave the list empty if it serves only its home pathway.',
    ),
    'alsoServes: []',
    ...comment("Who it is for: the grades of the teacher's students (0 = kindergarten) and the kinds of course it fits."),
    'audience:',
    '  grades: { from: 9, to: 12 }',
    ...comment('One line per kind of course, in general terms; do not invent official course names.', '  '),
    '  courses:',
    ...listEntry(courseExample, '    '),
    ...comment(
      `Hours of your own time a teacher should plan for (not class time). The check computes them from the artifacts you ask for: see "How hours are estimated" in the field guide.`,
    ),
    `estimatedHours: { min: ${STARTING_HOURS.min}, max: ${STARTING_HOURS.max} }`,
    ...comment('One or two sentences (40 to 320 characters) shown on catalog cards and in search results.'),
    ...field(
      'summary',
      ask(
        draft,
        'Write one or two sentences for the catalog card: what a teacher does to earn this credential and what their students gain from it.',
      ),
    ),
    ...comment(
      'Optional search terms in lowercase that the title and summary do not already say, for example [gantt chart, budget]; leave the list empty if none come to mind.',
    ),
    'keywords: []',
    ...comment('The one skill certified, as a single sentence that starts with "The educator".'),
    ...field(
      'competency',
      ask(
        draft,
        'The educator carries out the single skill this credential certifies; rewrite this sentence to name that skill, starting with a verb such as designs, teaches or evaluates.',
      ),
    ),
    ...comment(
      'The research-backed method the teacher must show: its name, what it is and why it works (two to four sentences), and its parts (three to six components, one entry each).',
    ),
    'keyMethod:',
    ...field('name', ask(draft, 'Name the research-backed method this credential is built on'), '  '),
    ...field(
      'description',
      ask(
        draft,
        'Describe, in two to four sentences, what the method is and why research shows it helps high school students learn; cite that research under research below.',
      ),
      '  ',
    ),
    ...comment('Each component has a short id that rubric criteria list under components: to say they score it.', '  '),
    '  components:',
    '    - id: method-part-1',
    `      name: ${ask(draft, 'Name the first part of the method')}`,
    ...field('description', ask(draft, 'Describe what this part of the method looks like in a classroom, in one sentence.'), '      '),
    '    - id: method-part-2',
    `      name: ${ask(draft, 'Name the second part of the method')}`,
    ...field(
      'description',
      ask(draft, 'Describe what an assessor would see when a teacher uses this second part with students.'),
      '      ',
    ),
    ...comment(
      'Where the credential is in its life: draft, in-review, approved, published, retired. Only published credentials appear on the public site; `npm start` previews drafts too, marked as drafts.',
    ),
    'status: draft',
    ...comment('Version as MAJOR.MINOR.PATCH. Raise it to 1.0.0, with a changelog entry, when the draft is ready for review.'),
    'version: 0.1.0',
    ...comment(
      'Where the credential came from. Record only facts: add designCycle, pilot (an id from content/pilots.yaml) and notes only when you know them.',
    ),
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
    ...comment(
      'Help available while earning the credential: two or three entries, each with a title and what it offers. Add one specific to this credential, such as a colleague in the same pathway.',
    ),
    'supports:',
    '  - title: The one-pager',
    ...field(
      'description',
      ask(
        draft,
        'Explain, in one or two sentences written to the teacher, how the one-pager helps them plan and check their evidence before they submit.',
      ),
      '    ',
    ),
    '  - title: Assessor feedback and resubmission',
    ...field(
      'description',
      ask(
        draft,
        'Explain, in one or two sentences, what assessors tell the teacher when a criterion is not yet Demonstrated, and that they may revise and resubmit as often as they need.',
      ),
      '    ',
    ),
    ...comment(
      'Real works behind the key method, at least two: authors (family name first), year, exact title and source; add a url only if you are certain it is right. The RAND report below describes how every Louisiana credential was designed; add the research on your key method (its reference list near the end is a good place to start).',
    ),
    'research:',
    "  - authors: ['Kaufman, Julia H.', 'Christianson, Karen', 'Wolfe, Rebecca L.', 'Tekkumru-Kisa, Miray', 'Doss, Christopher Joseph']",
    '    year: 2023',
    '    title: Designing and Implementing Micro-Credentials to Support STEM Teaching',
    '    source: RAND Corporation',
    ...comment(
      "One to three free resources you are certain exist, each with a title, publisher, url (the official https address) and a one-sentence description; the model credential's credential.yaml shows one.",
    ),
    'resources: []',
    ...comment(
      "How the student work and classroom video this credential asks for must be handled: consent, names, faces. Write it for this credential's evidence.",
    ),
    ...field(
      'privacy',
      ask(
        draft,
        'Explain, in two or three sentences written to the teacher, how to handle the student work and video this credential asks for: the permissions to collect, how to remove names and how to keep faces out of view.',
      ),
    ),
    ...comment('Exactly five requirements, one per ADDIE phase, in this order: analyze, design, develop, implement, evaluate.'),
    'requirements:',
    ...requirements,
  ]);
}
