/**
 * The new-credential scaffolder: every valid pathway and level yields a draft that the checker
 * accepts on a copy of the real content, ids and codes follow the catalog's rules, bad requests are
 * explained, and an author's folder is never overwritten or left half-written.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, it, vi } from 'vitest';
import { loadCatalog } from '../src/lib/content/catalog.ts';
import { checkContent } from '../src/lib/checks/check.ts';
import { pathwayGroups } from '../src/lib/content/program.ts';
import { formatProblem } from '../src/lib/problems.ts';
import { runSuite, SUITES } from '../src/lib/checks/suites.ts';
import { slugFromTitle } from '../src/lib/authoring/draft-choices.ts';
import { planCredential, writeCredential, type CredentialPlan, type ScaffoldRequest } from '../src/lib/authoring/scaffold.ts';
import { validCredential, validPathway, validProgram, validProjectFiles, writeProject } from './factories.ts';
import { PLACEHOLDER_TEXT } from './helpers.ts';

vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  return { ...actual, renameSync: vi.fn(actual.renameSync) };
});

const repoRoot = join(import.meta.dirname, '..');

/** A throwaway copy of the real content, so nothing is ever written into the project itself. */
function copyProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'mc-scaffold-'));
  cpSync(join(repoRoot, 'content'), join(root, 'content'), { recursive: true });
  return root;
}

const TODAY = '2026-11-23';
const request = (overrides: Partial<ScaffoldRequest> = {}): ScaffoldRequest => ({
  pathway: 'ddem',
  level: 3,
  title: 'Teaching Sound Design',
  today: TODAY,
  ...overrides,
});

function plan(root: string, overrides: Partial<ScaffoldRequest> = {}): CredentialPlan {
  const result = planCredential(loadCatalog(root), request(overrides));
  if (!result.ok) throw new Error(`expected a plan, got ${JSON.stringify(result.problems)}`);
  return result.plan;
}

const problemsOf = (root: string, overrides: Partial<ScaffoldRequest>) => {
  const result = planCredential(loadCatalog(root), request(overrides));
  return result.ok ? [] : result.problems;
};

const fileText = (planned: CredentialPlan, name: string) => planned.files.find((file) => file.name === name)!.text;

/** Every file under a folder with its bytes, to prove a refused write changed nothing. */
function snapshotFolder(dir: string): Record<string, Buffer | 'folder'> {
  return Object.fromEntries(
    (readdirSync(dir, { recursive: true }) as string[])
      .sort()
      .map((name) => [name, statSync(join(dir, name)).isDirectory() ? 'folder' : readFileSync(join(dir, name))]),
  );
}

const leftoverTemporaryFolders = (root: string) => readdirSync(join(root, 'content', 'credentials')).filter((name) => name.startsWith('.'));

/** A fixture project with three pathways and credentials holding the given codes. */
function projectWithCodes(codes: Array<[id: string, pathway: string, code: string]>): string {
  const files: Record<string, string | Buffer> = validProjectFiles();
  files['content/program.yaml'] = stringify(
    validProgram({
      pathways: [
        validPathway(),
        validPathway({
          id: 'ddem',
          name: 'Digital Design and Emergent Media (DDEM)',
          codePrefix: 'DDEM',
          description: 'Students plan, produce and publish digital media for real audiences.',
        }),
        validPathway({
          id: 'computer-science',
          name: 'Computer Science',
          codePrefix: 'CS',
          description: 'Computational thinking, programming and data science across pathways.',
        }),
      ],
    }),
  );
  for (const [id, pathway, code] of codes) {
    files[`content/credentials/${id}/credential.yaml`] = stringify(
      validCredential({ id, pathway, code, level: Number(code.split('-')[1]![0]) }),
    );
  }
  return writeProject(files);
}

/** Every pathway and level the real program offers, read from content/program.yaml. */
const VALID_COMBINATIONS = pathwayGroups(loadCatalog(repoRoot).program!.data!).flatMap((group) =>
  group.levels.map((level) => [group.id, level] as const),
);

describe('planCredential()', () => {
  it.each(VALID_COMBINATIONS)('plans a draft for pathway %s, level %i that adds no problem to the real content', (pathway, level) => {
    const root = copyProject();
    const before = checkContent(root).problems.map(formatProblem);
    const planned = plan(root, { pathway, level, title: 'Teaching Sound Design' });
    expect(writeCredential(root, planned)).toEqual({ ok: true, files: planned.files.map((file) => `${planned.dir}/${file.name}`) });
    const after = checkContent(root);
    expect(after.problems.map(formatProblem)).toEqual(before);
    const folder = after.catalog.credentials.find((entry) => entry.id === planned.id)!;
    expect(folder.credential?.data).toMatchObject({
      id: planned.id,
      code: planned.code,
      title: 'Teaching Sound Design',
      level,
      pathway,
      status: 'draft',
      version: '0.1.0',
    });
    expect(folder.rubric?.data).toBeDefined();
    expect(folder.alignment?.data).toBeDefined();
    expect(folder.onePager).toBeDefined();
  });

  it('leaves the author exactly the gaps the check suites name: a second citation, a free resource, more alignments', async () => {
    const root = copyProject();
    const planned = plan(root);
    writeCredential(root, planned);
    const { catalog } = checkContent(root);
    const found = (await Promise.all(SUITES.map((suite) => runSuite(suite, catalog))))
      .flatMap((result) => result.problems)
      .filter((problem) => problem.file.startsWith(`${planned.dir}/`))
      .map((problem) => `${problem.file.slice(planned.dir.length + 1)} ${problem.rule} ${problem.severity}`);
    expect(found.sort()).toEqual([
      'alignment.yaml alignment-thin warning',
      'credential.yaml free-resources warning',
      'credential.yaml key-method error',
    ]);
  });

  it.each(VALID_COMBINATIONS)('writes no placeholder words for pathway %s, level %i', (pathway, level) => {
    const planned = plan(repoRoot, { pathway, level });
    for (const file of planned.files) expect(file.text, file.name).not.toMatch(PLACEHOLDER_TEXT);
  });

  it('fills every required part of the credential: changelog, history, the five ADDIE phases, formats, privacy, research', () => {
    const credential = parse(fileText(plan(repoRoot), 'credential.yaml'));
    expect(credential.changelog).toEqual([{ version: '0.1.0', date: TODAY, summary: expect.any(String) }]);
    expect(credential.history).toEqual({ proposedTitle: 'Teaching Sound Design' });
    expect(credential.requirements.map((requirement: { phase: string }) => requirement.phase)).toEqual([
      'analyze',
      'design',
      'develop',
      'implement',
      'evaluate',
    ]);
    for (const requirement of credential.requirements) {
      expect(requirement.artifacts).toHaveLength(1);
      expect(requirement.artifacts[0].formats.length).toBeGreaterThanOrEqual(2);
    }
    expect(credential.requirements[3].artifacts[0].evidenceType).toBe('student-work');
    expect(credential.requirements[4].artifacts[0].evidenceType).toBe('reflection');
    expect(credential.privacy).toMatch(/^Explain/);
    expect(credential.research).toEqual([
      expect.objectContaining({
        year: 2023,
        title: 'Designing and Implementing Micro-Credentials to Support STEM Teaching',
        source: 'RAND Corporation',
      }),
    ]);
  });

  it('scores every artifact with one criterion whose three descriptors differ', () => {
    const planned = plan(repoRoot);
    const credential = parse(fileText(planned, 'credential.yaml'));
    const rubric = parse(fileText(planned, 'rubric.yaml'));
    const artifactIds = credential.requirements.flatMap((requirement: { artifacts: Array<{ id: string }> }) =>
      requirement.artifacts.map((artifact) => artifact.id),
    );
    expect(rubric.criteria.map((criterion: { artifacts: string[] }) => criterion.artifacts)).toEqual(artifactIds.map((id: string) => [id]));
    for (const { descriptors } of rubric.criteria)
      expect(new Set([descriptors.demonstrated, descriptors.progressing, descriptors.notMet]).size).toBe(3);
  });

  it('aligns to one student-facing and one educator-facing standard from the registry, marked for replacement', () => {
    const catalog = loadCatalog(repoRoot);
    const text = fileText(plan(repoRoot), 'alignment.yaml');
    const audienceOf = (framework: string) => catalog.standards.find((yaml) => yaml.data?.id === framework)?.data?.audience;
    const { alignments } = parse(text) as { alignments: Array<{ framework: string; code: string }> };
    expect(alignments.map((entry) => audienceOf(entry.framework))).toEqual(['students', 'educators']);
    for (const entry of alignments)
      expect(catalog.standards.find((yaml) => yaml.data?.id === entry.framework)?.data?.items.map((item) => item.code)).toContain(
        entry.code,
      );
    expect(text).toMatch(/# The two entries below are starting points only/);
    expect(text).toMatch(/Replace them with the standards this credential really addresses/);
  });

  it('puts a guidance comment above every top-level field of credential.yaml and rubric.yaml', () => {
    const planned = plan(repoRoot);
    for (const name of ['credential.yaml', 'rubric.yaml']) {
      const lines = fileText(planned, name).split('\n');
      const uncommented = lines.flatMap((line, index) => (/^[a-zA-Z]+:/.test(line) && !lines[index - 1]?.startsWith('# ') ? [line] : []));
      expect(uncommented, name).toEqual([]);
    }
    expect(fileText(planned, 'credential.yaml')).toContain('content/credentials/README.md');
  });

  it('writes the one-pager as the five standard sections after an opening instruction', () => {
    const onePager = fileText(plan(repoRoot, { pathway: 'all', level: 1, title: 'Reading {Data} <Closely>' }), 'one-pager.mdx');
    expect(onePager.match(/^## .+$/gm)).toEqual([
      '## What this credential certifies',
      '## Why it matters for students',
      '## What you will submit',
      '## Time and support',
    ]);
    expect(onePager).toMatch(/^Write one or two sentences that tell a busy teacher what Reading \\\{Data\\\} \\<Closely\\> asks of them/);
  });

  describe('ids', () => {
    it.each([
      ['ddem', 3, 'Teaching Sound Design', 'ddem-teaching-sound-design'],
      ['pre-engineering', 2, 'Fluid Power & Pneumatics', 'pe-fluid-power-and-pneumatics'],
      ['computer-science', 3, 'Café Robótica: Sensors', 'cs-cafe-robotica-sensors'],
      ['all', 1, "Teachers' Inquiry Circles", 'teachers-inquiry-circles'],
      ['ddem', 2, 'DDEM Studio Critique', 'ddem-studio-critique'],
    ] as const)('makes the id for %s level %i "%s" from the title, with the pathway prefix', (pathway, level, title, id) => {
      expect(plan(repoRoot, { pathway, level, title }).id).toBe(id);
    });

    it('cuts a long title at a word boundary to 60 characters', () => {
      const id = plan(repoRoot, { title: 'Designing Accessible Interactive Media Experiences for Every Learner in the Studio' }).id;
      expect(id).toBe('ddem-designing-accessible-interactive-media-experiences-for');
      expect(id.length).toBeLessThanOrEqual(60);
      expect(slugFromTitle('Designing Accessible Interactive Media Experiences for Every Learner')).toBe(
        'designing-accessible-interactive-media-experiences-for-every',
      );
    });

    it('uses an id given with --id', () => {
      expect(plan(repoRoot, { id: 'ddem-sound-for-media' }).id).toBe('ddem-sound-for-media');
    });

    it('refuses an id that is taken rather than adding a suffix', () => {
      expect(problemsOf(repoRoot, { pathway: 'all', level: 1, title: 'Facilitating Project-Based Learning' })).toEqual([
        expect.objectContaining({
          field: 'id',
          kind: 'refused',
          message: 'Choose another id: content/credentials/facilitating-project-based-learning/ already exists and is never overwritten.',
        }),
      ]);
      expect(problemsOf(repoRoot, { id: 'ddem-digital-production' })).toEqual([expect.objectContaining({ field: 'id', kind: 'refused' })]);
    });

    it.each([
      ['Bad_Id', 'Write the id in lowercase letters, digits and single hyphens'],
      ['../escape', 'Write the id in lowercase letters, digits and single hyphens'],
      ['sound-design', 'Start the id with "ddem-"'],
    ])('rejects the id "%s"', (id, message) => {
      expect(problemsOf(repoRoot, { id })).toEqual([
        expect.objectContaining({ field: 'id', kind: 'input', message: expect.stringContaining(message) }),
      ]);
    });

    it('rejects a pathway prefix on a Level 1 id, given or made from the title', () => {
      expect(problemsOf(repoRoot, { pathway: 'all', level: 1, id: 'pe-inquiry' })).toEqual([
        expect.objectContaining({
          field: 'id',
          kind: 'input',
          message: 'Leave "pe-" off the id "pe-inquiry": only pathway credentials carry a pathway prefix.',
          hint: 'choose the id yourself (--id on the command line), for example inquiry',
        }),
      ]);
      expect(problemsOf(repoRoot, { pathway: 'all', level: 1, title: 'CS Literacy for Every Teacher' })).toEqual([
        expect.objectContaining({
          field: 'id',
          kind: 'input',
          message: 'Leave "cs-" off the id "cs-literacy-for-every-teacher": only pathway credentials carry a pathway prefix.',
        }),
      ]);
      expect(
        plan(repoRoot, { pathway: 'all', level: 1, title: 'CS Literacy for Every Teacher', id: 'computing-literacy-for-every-teacher' }).id,
      ).toBe('computing-literacy-for-every-teacher');
    });
  });

  describe('codes', () => {
    it('takes the next number after the highest code of the prefix and level: DDEM-3.4 is followed by DDEM-3.5', () => {
      const root = projectWithCodes([
        ['ddem-a', 'ddem', 'DDEM-3.1'],
        ['ddem-b', 'ddem', 'DDEM-3.4'],
        ['ddem-c', 'ddem', 'DDEM-2.7'],
        ['pe-a', 'pre-engineering', 'PE-3.9'],
      ]);
      expect(plan(root, { pathway: 'ddem', level: 3 }).code).toBe('DDEM-3.5');
      expect(plan(root, { pathway: 'ddem', level: 2 }).code).toBe('DDEM-2.8');
      expect(plan(root, { pathway: 'pre-engineering', level: 2 }).code).toBe('PE-2.1');
    });

    it('continues after the highest number instead of filling gaps, because Louisiana numbers are shared across pathways', () => {
      const root = projectWithCodes([
        ['cs-a', 'computer-science', 'CS-3.5'],
        ['cs-b', 'computer-science', 'CS-3.7'],
      ]);
      expect(plan(root, { pathway: 'computer-science', level: 3 }).code).toBe('CS-3.8');
    });

    it('uses STEM for Level 1 and counts codes in files that fail their schema', () => {
      const root = projectWithCodes([]);
      writeFileSync(join(root, 'content/credentials/sample-credential/credential.yaml'), 'id: sample-credential\ncode: STEM-1.12\n');
      expect(plan(root, { pathway: 'all', level: 1 }).code).toBe('STEM-1.13');
    });

    it.each(VALID_COMBINATIONS)('gives pathway %s, level %i a code no real credential uses', (pathway, level) => {
      const catalog = loadCatalog(repoRoot);
      const { code } = plan(repoRoot, { pathway, level });
      const program = catalog.program!.data!;
      const prefix = [program.allPathways, ...program.pathways].find((entry) => entry.id === pathway)!.codePrefix;
      expect(code).toMatch(new RegExp(`^${prefix}-${level}\\.\\d+$`));
      expect(catalog.credentials.map((folder) => folder.credential?.data?.code)).not.toContain(code);
    });
  });

  describe('invalid requests', () => {
    it('names every pathway when the pathway is unknown', () => {
      expect(problemsOf(repoRoot, { pathway: 'robotics' })).toEqual([
        {
          field: 'pathway',
          kind: 'input',
          message: 'Choose a pathway: "robotics" is not one.',
          hint: 'pathways: all (Level 1), pre-engineering, ddem, computer-science',
        },
      ]);
    });

    it.each([
      [4, 'ddem', 'level', 'Choose level 1, 2 or 3: 4 is not a level.'],
      [Number.NaN, 'ddem', 'level', 'Choose level 1, 2 or 3.'],
      [2, 'all', 'level', 'Choose level 1 for pathway "all", or a pathway for a Level 2 credential.'],
      [1, 'ddem', 'pathway', 'Use pathway "all" for a Level 1 credential: Level 1 credentials serve every pathway.'],
    ] as const)('rejects level %s for pathway %s', (level, pathway, field, message) => {
      expect(problemsOf(repoRoot, { level, pathway })).toEqual([expect.objectContaining({ field, kind: 'input', message })]);
    });

    it.each([
      ['Tiny', 'Write a title of 5 to 120 characters (this one has 4).'],
      ['x'.repeat(121), 'Write a title of 5 to 120 characters (this one has 121).'],
      ['Two\nlines here', 'Write the title on one line, without tabs or control characters.'],
      ['¿¿¿ ??? !!!', 'Use letters or digits in the title: no id can be made from it.'],
    ])('rejects the title %j', (title, message) => {
      expect(problemsOf(repoRoot, { title })).toEqual([expect.objectContaining({ field: 'title', kind: 'input', message })]);
    });

    it('reports every problem of a request at once', () => {
      expect(problemsOf(repoRoot, { title: 'Hi', level: 7, today: '2026-02-30' }).map((problem) => problem.field)).toEqual([
        'title',
        'today',
        'level',
      ]);
    });

    it('refuses to plan when content/program.yaml cannot be read', () => {
      const root = writeProject({ ...validProjectFiles(), 'content/program.yaml': 'not: [a, list' });
      expect(problemsOf(root, {})).toEqual([
        expect.objectContaining({ field: 'content', kind: 'refused', message: expect.stringContaining('Fix content/program.yaml first') }),
      ]);
    });
  });
});

describe('writeCredential()', () => {
  it('refuses an existing folder and leaves it byte-for-byte unchanged', () => {
    const root = copyProject();
    const planned = plan(root);
    const target = join(root, planned.dir);
    mkdirSync(target);
    writeFileSync(join(target, 'credential.yaml'), 'id: an author draft\n');
    writeFileSync(join(target, 'notes.md'), Buffer.from([0xde, 0xad, 0xbe, 0xef]));
    const before = snapshotFolder(target);
    expect(writeCredential(root, planned)).toEqual({
      ok: false,
      problems: [
        expect.objectContaining({
          kind: 'refused',
          message: 'Choose another id: content/credentials/ddem-teaching-sound-design/ already exists and is never overwritten.',
        }),
      ],
    });
    expect(snapshotFolder(target)).toEqual(before);
    expect(leftoverTemporaryFolders(root)).toEqual([]);
  });

  it('refuses when a file already has the folder name', () => {
    const root = copyProject();
    const planned = plan(root);
    writeFileSync(join(root, planned.dir), 'a stray file');
    expect(writeCredential(root, planned).ok).toBe(false);
    expect(readFileSync(join(root, planned.dir), 'utf8')).toBe('a stray file');
  });

  it('removes the temporary folder and creates nothing when a file cannot be written', () => {
    const root = copyProject();
    const planned = plan(root);
    const broken = { ...planned, files: [...planned.files, { name: 'missing-folder/extra.yaml', text: 'x: 1\n' }] };
    expect(writeCredential(root, broken)).toEqual({
      ok: false,
      problems: [
        expect.objectContaining({
          message: expect.stringMatching(/^Could not create content\/credentials\/ddem-teaching-sound-design\/: ENOENT/),
        }),
      ],
    });
    expect(existsSync(join(root, planned.dir))).toBe(false);
    expect(leftoverTemporaryFolders(root)).toEqual([]);
  });

  it('leaves a folder that appears while the files are written untouched, and removes its temporary folder', () => {
    const root = copyProject();
    const planned = plan(root);
    const target = join(root, planned.dir);
    vi.mocked(renameSync).mockImplementationOnce(() => {
      // Another author creates the same folder between the check and the rename.
      mkdirSync(target);
      writeFileSync(join(target, 'credential.yaml'), 'id: theirs\n');
      throw Object.assign(new Error('ENOTEMPTY: directory not empty'), { code: 'ENOTEMPTY' });
    });
    expect(writeCredential(root, planned)).toEqual({
      ok: false,
      problems: [expect.objectContaining({ message: expect.stringContaining('appeared while the files were being written') })],
    });
    expect(readdirSync(target)).toEqual(['credential.yaml']);
    expect(readFileSync(join(target, 'credential.yaml'), 'utf8')).toBe('id: theirs\n');
    expect(leftoverTemporaryFolders(root)).toEqual([]);
  });

  it('refuses an id that is not a plain folder name', () => {
    const root = copyProject();
    const result = writeCredential(root, { ...plan(root), id: '../outside', dir: 'content/credentials/../outside' });
    expect(result).toEqual({
      ok: false,
      problems: [expect.objectContaining({ message: 'Use a plain id for the folder: "../outside" is not one.' })],
    });
    expect(existsSync(join(root, 'content', 'outside'))).toBe(false);
  });

  it('refuses a project without content/credentials/', () => {
    const root = mkdtempSync(join(tmpdir(), 'mc-scaffold-'));
    expect(writeCredential(root, plan(repoRoot))).toEqual({
      ok: false,
      problems: [expect.objectContaining({ message: expect.stringContaining('Run this from the project root') })],
    });
  });

  it('leaves no temporary folder after a successful write', () => {
    const root = copyProject();
    const planned = plan(root);
    expect(writeCredential(root, planned).ok).toBe(true);
    expect(readdirSync(join(root, planned.dir)).sort()).toEqual(['alignment.yaml', 'credential.yaml', 'one-pager.mdx', 'rubric.yaml']);
    expect(leftoverTemporaryFolders(root)).toEqual([]);
  });
});
