/**
 * Minimal valid content for every content type, with overrides, and a builder that writes a
 * whole fixture project to a temporary folder so checks run against real files and positions.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { ONE_PAGER_SECTIONS } from '../src/lib/content/one-pager.ts';

type Overrides = Record<string, unknown>;

const artifact = (id: string, evidenceType: string) => ({
  id,
  title: `Evidence for ${id}`,
  evidenceType,
  description: 'What the teacher uploads for this step of the credential.',
  formats: ['document', 'slides'],
  completionChecks: ['The evidence is complete.'],
});

const PHASE_ARTIFACTS: Record<string, [string, string]> = {
  analyze: ['unit-analysis', 'written-analysis'],
  design: ['lesson-plan', 'lesson-materials'],
  develop: ['student-materials', 'lesson-materials'],
  implement: ['classroom-video', 'video-of-instruction'],
  evaluate: ['reflection', 'reflection'],
};

export function validCredential(overrides: Overrides = {}): Overrides {
  return {
    id: 'sample-credential',
    code: 'STEM-1.9',
    title: 'Sample Credential',
    level: 1,
    pathway: 'all',
    audience: { grades: { from: 9, to: 12 }, courses: ['Any STEM course'] },
    estimatedHours: { min: 5, max: 10 },
    summary: 'A sample credential used by the tests to prove the checker accepts valid content.',
    competency: 'The educator demonstrates one clearly defined teaching skill with real students.',
    keyMethod: {
      name: 'Sample method',
      description: 'A method with enough description to pass the minimum length for a key method.',
      components: [
        { id: 'first-part', name: 'First part', description: 'What the first part looks like.' },
        { id: 'second-part', name: 'Second part', description: 'What the second part looks like.' },
      ],
    },
    status: 'draft',
    version: '1.0.0',
    history: { proposedTitle: 'Sample Credential', pilot: 'pilot-1' },
    changelog: [{ version: '1.0.0', date: '2026-01-15', summary: 'First version.' }],
    supports: [{ title: 'The one-pager', description: 'The one-pager defines success.' }],
    research: [
      { authors: ['Doe, Jane'], year: 2020, title: 'A Study', source: 'A Journal' },
      { authors: ['Roe, Richard'], year: 2018, title: 'Another Study', source: 'Another Journal' },
    ],
    resources: [
      { title: 'A Resource', publisher: 'A Publisher', url: 'https://example.org/resource', description: 'Helps with the credential.' },
    ],
    privacy: 'Blur faces and remove student names from every upload.',
    requirements: Object.entries(PHASE_ARTIFACTS).map(([phase, [id, evidenceType]]) => ({
      phase,
      task: `Carry out the ${phase} task with your own class.`,
      artifacts: [artifact(id, evidenceType)],
    })),
    ...overrides,
  };
}

export function validRubric(overrides: Overrides = {}): Overrides {
  return {
    levels: ['Demonstrated', 'Progressing', 'Not Met'],
    earnRule: 'every-criterion-demonstrated',
    assessment: { assessors: 2, calibrated: true, resubmission: 'unlimited' },
    criteria: Object.entries(PHASE_ARTIFACTS).map(([phase, [id]]) => ({
      id: `${id}-quality`,
      title: `Quality of ${id}`,
      phase,
      artifacts: [id],
      // The lesson taught shows the method, so the implement criterion scores both components.
      ...(phase === 'implement' ? { components: ['first-part', 'second-part'] } : {}),
      descriptors: {
        demonstrated: `The ${id} shows every required element with evidence.`,
        progressing: `The ${id} shows every required element, but at least one lacks evidence.`,
        notMet: `Any required element of the ${id} is missing.`,
      },
    })),
    ...overrides,
  };
}

export function validAlignment(overrides: Overrides = {}): Overrides {
  return {
    alignments: [
      {
        framework: 'sample-framework',
        code: 'SF-1',
        addressedBy: 'classroom-video',
        rationale: 'The video shows students working toward this standard.',
      },
      {
        framework: 'sample-educators',
        code: 'E-1',
        addressedBy: 'reflection-quality',
        rationale: 'The reflection addresses this educator standard.',
      },
      {
        framework: 'sample-educators',
        code: 'E-1',
        addressedBy: 'lesson-plan',
        rationale: 'The lesson plan also addresses this educator standard.',
      },
    ],
    ...overrides,
  };
}

export function validFramework(overrides: Overrides = {}): Overrides {
  return {
    id: 'sample-framework',
    name: 'Sample Framework',
    shortName: 'SF',
    publisher: 'Sample Publisher',
    year: 2020,
    audience: 'students',
    url: 'https://example.org/standards',
    license: 'Cited with attribution.',
    items: [{ code: 'SF-1', label: 'A short label of our own', gradeBand: '9-12', uri: 'https://example.org/standards/SF-1' }],
    ...overrides,
  };
}

export function validStack(overrides: Overrides = {}): Overrides {
  return {
    id: 'sample-stack',
    title: 'Sample Stack',
    pathway: 'pre-engineering',
    description: 'A stack of credentials that together show a broader set of skills.',
    credentials: ['sample-credential', 'second-credential'],
    ...overrides,
  };
}

export const validPathway = (overrides: Overrides = {}): Overrides => ({
  id: 'pre-engineering',
  name: 'Pre-Engineering',
  codePrefix: 'PE',
  levels: [2, 3],
  description: 'Students design, build and test solutions to engineering problems.',
  ...overrides,
});

/** A program with Louisiana's shape: three levels, a STEM group for Level 1, one pathway. */
/** The program's earning section, with the enrollment address and contact LDOE would supply. */
export function validEarning(overrides: Overrides = {}): Overrides {
  return {
    summary: 'Two assessors score the portfolio; every criterion must be Demonstrated to earn it.',
    enroll: 'Choose a credential and enroll with the department.',
    submit: 'Upload the artifacts of all five phases as one portfolio.',
    assessment: 'Two calibrated assessors score each criterion Demonstrated, Progressing or Not Met.',
    resubmission: 'Revise what the feedback names and resubmit, as often as you need.',
    brings: [{ title: 'A micro-endorsement', description: 'Credentials in one theme stack into a micro-endorsement.' }],
    enrollmentUrl: 'https://example.org/enroll',
    contact: { name: 'Sample STEM team', email: 'stem@example.org' },
    ...overrides,
  };
}

export function validProgram(overrides: Overrides = {}): Overrides {
  const named = (ids: string[]) => ids.map((id) => ({ id, label: `${id[0]!.toUpperCase()}${id.slice(1).replace(/-/g, ' ')}` }));
  return {
    name: 'Sample STEM Micro-Credentials',
    owner: 'Sample Department of Education',
    levels: [
      { level: 1, name: 'Broad STEM pedagogy', description: 'Practices every STEM teacher can use.' },
      { level: 2, name: 'Introductory pathway skills', description: 'The groundwork of one pathway.' },
      { level: 3, name: 'Technical, course-specific skills', description: 'The technical content of pathway courses.' },
    ],
    allPathways: { id: 'all', name: 'All STEM pathways', codePrefix: 'STEM', levels: [1] },
    pathways: [validPathway()],
    evidenceTypes: [
      ...named(['lesson-materials', 'written-analysis']),
      ...named(['student-work', 'video-of-instruction', 'student-data']).map((type) => ({ ...type, fromStudents: true })),
      { id: 'reflection', label: 'Written reflection', reflection: true },
    ],
    formats: named(['document', 'slides', 'spreadsheet', 'image', 'video', 'audio', 'web-link', 'code']),
    statuses: ['draft', 'in-review', 'approved', 'published', 'retired'].map((status) => ({ status, label: status })),
    earning: validEarning(),
    ...overrides,
  };
}

export const validPilots = () => [
  { id: 'pilot-1', name: 'Pilot 1', start: '2020-03', end: '2020-12', teachers: 10, submittedAtLeastOne: 10, earnedAtLeastOne: 6 },
];

export const validOnePager = (): string =>
  [
    'An opening paragraph for the busy teacher.',
    ...ONE_PAGER_SECTIONS.map((title) => `## ${title}\n\nText for ${title.toLowerCase()}.`),
  ].join('\n\n') + '\n';

/** Files of a complete, valid project, keyed by path relative to the project root. */
export function validProjectFiles(): Record<string, string> {
  const credentialFiles = (id: string, code: string) => ({
    [`content/credentials/${id}/credential.yaml`]: stringify(validCredential({ id, code })),
    [`content/credentials/${id}/rubric.yaml`]: stringify(validRubric()),
    [`content/credentials/${id}/alignment.yaml`]: stringify(validAlignment()),
    [`content/credentials/${id}/one-pager.mdx`]: validOnePager(),
  });
  return {
    'content/program.yaml': stringify(validProgram()),
    'content/pilots.yaml': stringify(validPilots()),
    'content/standards/sample-framework.yaml': stringify(validFramework()),
    'content/standards/sample-educators.yaml': stringify(
      validFramework({ id: 'sample-educators', audience: 'educators', items: [{ code: 'E-1', label: 'An educator standard label' }] }),
    ),
    'content/stacks/sample-stack.yaml': stringify(validStack()),
    // The project word list, as the real one starts: the department's acronym, which approval records name.
    'content/cspell-words.txt': 'LDOE\n',
    ...credentialFiles('sample-credential', 'STEM-1.9'),
    ...credentialFiles('second-credential', 'STEM-1.8'),
  };
}

/** Write a project to a fresh temporary folder and return its root. */
export function writeProject(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'mc-fixture-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}
