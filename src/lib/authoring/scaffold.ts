/**
 * The new-credential scaffolder behind `npm run new`: plans a draft credential folder from a title,
 * pathway and level (permanent id, next free code, the four files as text) without touching the disk,
 * then writes it in one step that can never overwrite an author's folder.
 *
 * Every generated file passes `npm run check`; each placeholder is an instruction to the author, and
 * YAML comments above the fields say what to write, so the draft reads as a guided form.
 */
import { lstatSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { ADDIE_PHASES, isoDate, type AddiePhase, type Credential, type Program, type StandardsFramework } from '../../../schemas/index.ts';
import { CREDENTIAL_FILES, type Catalog } from '../content/catalog.ts';
import { ONE_PAGER_SECTIONS } from '../content/one-pager.ts';
import { findLevel, pathwayGroups, type PathwayGroup } from '../content/program.ts';
import { ONE_PAGE_WORD_LIMIT } from '../checks/rules/one-pager-length.ts';

/** Same bounds as the credential schema's title, with a floor so a title says something. */
export const TITLE_LENGTH = { min: 5, max: 120 } as const;

/** Ids are page addresses, typed and shared by people; longer ones are cut at a word boundary. */
const MAX_ID_LENGTH = 60;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A starting estimate: the first Louisiana pilot cohort took 5 to 10 hours a credential. */
const STARTING_HOURS = { min: 5, max: 10 } as const;

const FIELD_GUIDE = 'content/credentials/README.md';

export interface ScaffoldRequest {
  /** A pathway id from content/program.yaml, or its all-pathways id (`all`). */
  pathway: string;
  level: number;
  title: string;
  /** Permanent id; made from the title when left out. */
  id?: string | undefined;
  /** Date of the first changelog entry, YYYY-MM-DD. */
  today: string;
}

export interface ScaffoldProblem {
  /** The part of the request (or of the project) the problem is about. */
  field: 'pathway' | 'level' | 'title' | 'id' | 'today' | 'content';
  /** What is wrong, phrased as what to do. */
  message: string;
  hint: string;
  /** `input`: the request itself is malformed; `refused`: a well-formed request the project cannot take as it is. */
  kind: 'input' | 'refused';
}

/** A pathway a new credential can belong to, with the levels it allows (from content/program.yaml). */
export type PathwayChoice = PathwayGroup;

export interface PlannedFile {
  /** File name inside the credential folder. */
  name: string;
  text: string;
}

export interface CredentialPlan {
  id: string;
  code: string;
  title: string;
  level: number;
  pathway: string;
  /** Folder relative to the project root, with forward slashes. */
  dir: string;
  files: PlannedFile[];
}

export type PlanResult = { ok: true; plan: CredentialPlan } | { ok: false; problems: ScaffoldProblem[] };
export type WriteResult = { ok: true; files: string[] } | { ok: false; problems: ScaffoldProblem[] };

const problem = (field: ScaffoldProblem['field'], kind: ScaffoldProblem['kind'], message: string, hint: string): ScaffoldProblem => ({ field, message, hint, kind });

const levelWords = (levels: readonly number[]) => `Level ${levels.join(' or ')}`;

/**
 * The all-pathways group first (its name says its levels), then the pathways of content/program.yaml;
 * undefined when that file could not be read.
 */
export function pathwayChoices(catalog: Catalog): PathwayChoice[] | undefined {
  const program = catalog.program?.data;
  if (!program) return undefined;
  return pathwayGroups(program).map((group) => (group.servesAll ? { ...group, name: `${group.name} (${levelWords(group.levels)})` } : group));
}

/** Reported when content/program.yaml is missing or invalid: pathways, levels and code prefixes come from it. */
export const UNREADABLE_PATHWAYS = problem('content', 'refused', 'Fix content/program.yaml first: new credentials take their pathway, level and code prefix from it.', 'run `npm run check` to see what is wrong with it');

/** `a, b or c`. */
const either = (values: readonly (string | number)[]) => values.join(', ').replace(/, ([^,]*)$/, ' or $1');

/** The pathway choice named by `pathway`, or the problem to report. */
export function findPathway(catalog: Catalog, pathway: string): PathwayChoice | ScaffoldProblem {
  const choices = pathwayChoices(catalog);
  if (!choices) return UNREADABLE_PATHWAYS;
  const wanted = pathway.trim();
  return (
    choices.find((choice) => choice.id === wanted) ??
    problem('pathway', 'input', wanted ? `Choose a pathway: "${wanted}" is not one.` : 'Choose a pathway.', `pathways: ${choices.map((choice) => (choice.servesAll ? `${choice.id} (${levelWords(choice.levels)})` : choice.id)).join(', ')}`)
  );
}

/** Problems with a level for the given pathway; none when it fits. */
export function checkLevel(catalog: Catalog, choice: PathwayChoice, level: number): ScaffoldProblem[] {
  const program = catalog.program?.data;
  if (!program) return [UNREADABLE_PATHWAYS];
  const levels = program.levels.map((entry) => entry.level);
  const levelHint = program.levels.map((entry) => `${entry.level}: ${entry.name.toLowerCase()}`).join('; ');
  if (!levels.includes(level)) return [problem('level', 'input', Number.isNaN(level) ? `Choose level ${either(levels)}.` : `Choose level ${either(levels)}: ${level} is not a level.`, levelHint)];
  if (choice.levels.includes(level)) return [];
  const all = program.allPathways;
  if (choice.servesAll) {
    const others = levels.filter((value) => !all.levels.includes(value));
    return [problem('level', 'input', `Choose level ${either(all.levels)} for pathway "${all.id}", or a pathway for a Level ${level} credential.`, `Level ${others.join(" and ")} credentials belong to one pathway from content/program.yaml`)];
  }
  return all.levels.includes(level)
    ? [problem('pathway', 'input', `Use pathway "${all.id}" for a Level ${level} credential: Level ${level} credentials serve every pathway.`, `or choose level ${choice.levels.join(' or ')} for pathway ${choice.id}`)]
    : [problem('level', 'input', `Choose level ${either(choice.levels)} for pathway ${choice.id}: it has no Level ${level} credentials.`, `the levels of each pathway are in content/program.yaml`)];
}

/** Problems with a title; none when it is usable. */
export function checkTitle(title: string): ScaffoldProblem[] {
  const trimmed = title.trim();
  if (/\p{Cc}/u.test(trimmed)) return [problem('title', 'input', 'Write the title on one line, without tabs or control characters.', 'for example "Teaching Sound Design"')];
  if (trimmed.length < TITLE_LENGTH.min || trimmed.length > TITLE_LENGTH.max) {
    return [problem('title', 'input', `Write a title of ${TITLE_LENGTH.min} to ${TITLE_LENGTH.max} characters (this one has ${trimmed.length}).`, 'the official title of the credential, for example "Teaching Sound Design"')];
  }
  return [];
}

/** `Teaching Sound & Design!` becomes `teaching-sound-and-design`, cut between words to at most `maxLength` characters. */
export function slugFromTitle(title: string, maxLength: number = MAX_ID_LENGTH): string {
  const words = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength) break;
    slug = next;
  }
  return slug;
}

/** Folder names of pathway credentials start with the lowercased code prefix: `pe-`, `ddem-`, `cs-`. */
const idPrefix = (choice: PathwayChoice) => (choice.servesAll ? '' : `${choice.codePrefix.toLowerCase()}-`);

function chooseId(catalog: Catalog, choice: PathwayChoice, title: string, requested: string | undefined): string | ScaffoldProblem {
  const prefix = idPrefix(choice);
  const fromTitle = slugFromTitle(title);
  const generated = !fromTitle || fromTitle.startsWith(prefix) ? fromTitle : `${prefix}${slugFromTitle(title, MAX_ID_LENGTH - prefix.length)}`;
  const example = generated || `${prefix}teaching-sound-design`;
  const id = requested?.trim() ?? generated;
  if (!id) return problem('title', 'input', 'Use letters or digits in the title: no id can be made from it.', `or choose the id yourself (--id on the command line), for example ${example}`);
  if (!SLUG.test(id) || id.length > MAX_ID_LENGTH) {
    return problem('id', 'input', `Write the id in lowercase letters, digits and single hyphens, up to ${MAX_ID_LENGTH} characters: "${id}" is not one.`, `for example ${example}`);
  }
  if (prefix && !id.startsWith(prefix)) return problem('id', 'input', `Start the id with "${prefix}": folders of ${choice.id} credentials do.`, `for example ${example}`);
  const otherPrefix = prefix ? undefined : (pathwayChoices(catalog) ?? []).map(idPrefix).find((other) => other && id.startsWith(other));
  if (otherPrefix) {
    return problem('id', 'input', `Leave "${otherPrefix}" off the id "${id}": only pathway credentials carry a pathway prefix.`, `choose the id yourself (--id on the command line), for example ${id.slice(otherPrefix.length)}`);
  }
  // Ids are permanent page addresses, so a taken one is refused rather than silently suffixed: the author picks the lasting name.
  if (catalog.credentials.some((folder) => folder.id === id)) {
    return problem('id', 'refused', `Choose another id: content/credentials/${id}/ already exists and is never overwritten.`, 'give a different title, or choose the id yourself (--id on the command line)');
  }
  return id;
}

/** Next number for a prefix and level after the highest in the catalog: DDEM-3.4 is followed by DDEM-3.5. */
function nextCode(catalog: Catalog, codePrefix: string, level: number): string {
  const pattern = new RegExp(`^${codePrefix}-${level}\\.(\\d+)$`);
  // Raw values, so a credential whose file fails its schema still holds on to its code.
  const numbers = catalog.credentials.flatMap((folder) => {
    const code = (folder.credential?.raw as { code?: unknown } | undefined)?.code;
    const match = typeof code === 'string' ? pattern.exec(code.trim()) : null;
    return match ? [Number(match[1])] : [];
  });
  return `${codePrefix}-${level}.${Math.max(0, ...numbers) + 1}`;
}

interface StartingStandard {
  framework: string;
  code: string;
  label: string;
}

/**
 * The registry standard for an audience that the pathway's credentials cite most (ties go to the
 * framework they cite most, then to registry order): a plausible start that the author replaces.
 */
function startingStandard(catalog: Catalog, pathway: string, audience: StandardsFramework['audience']): StartingStandard | undefined {
  const candidates = catalog.standards.flatMap((yaml) =>
    yaml.data?.audience === audience ? yaml.data.items.map((item) => ({ framework: yaml.data!.id, code: item.code, label: item.label })) : [],
  );
  const citations = new Map<string, number>();
  const count = (key: string) => citations.get(key) ?? 0;
  for (const folder of catalog.credentials) {
    if (folder.credential?.data?.pathway !== pathway) continue;
    for (const entry of folder.alignment?.data?.alignments ?? []) {
      for (const key of [`${entry.framework}:${entry.code}`, entry.framework]) citations.set(key, count(key) + 1);
    }
  }
  const rank = (standard: StartingStandard) => [count(`${standard.framework}:${standard.code}`), count(standard.framework)] as const;
  return candidates.reduce<StartingStandard | undefined>((best, candidate) => {
    if (!best) return candidate;
    const [code, framework] = rank(candidate);
    const [bestCode, bestFramework] = rank(best);
    return code > bestCode || (code === bestCode && framework > bestFramework) ? candidate : best;
  }, undefined);
}

/** Validate the request against the catalog and plan the folder, or say everything that is wrong with it. */
export function planCredential(catalog: Catalog, request: ScaffoldRequest): PlanResult {
  const problems: ScaffoldProblem[] = [...checkTitle(request.title)];
  if (!isoDate.safeParse(request.today).success) problems.push(problem('today', 'input', `Give today's date as YYYY-MM-DD: "${request.today}" is not a date.`, 'it dates the first changelog entry'));
  const choice = findPathway(catalog, request.pathway);
  if ('kind' in choice) return { ok: false, problems: [...problems, choice] };
  problems.push(...checkLevel(catalog, choice, request.level));
  if (problems.length) return { ok: false, problems };

  const title = request.title.trim();
  const level = request.level;
  const id = chooseId(catalog, choice, title, request.id);
  if (typeof id !== 'string') return { ok: false, problems: [id] };

  const studentStandard = startingStandard(catalog, choice.id, 'students');
  const educatorStandard = startingStandard(catalog, choice.id, 'educators');
  if (!studentStandard || !educatorStandard) {
    const missing = studentStandard ? 'an educator-facing' : 'a student-facing';
    return { ok: false, problems: [problem('content', 'refused', `Add ${missing} framework to content/standards/ first: every credential aligns to one.`, 'run `npm run check` to see whether a framework file failed to load')] };
  }

  const draft: Draft = { id, code: nextCode(catalog, choice.codePrefix, level), title, level, choice, program: catalog.program!.data!, today: request.today, instructions: [] };
  return {
    ok: true,
    plan: {
      id,
      code: draft.code,
      title,
      level,
      pathway: choice.id,
      dir: `content/credentials/${id}`,
      files: [
        { name: CREDENTIAL_FILES.credential, text: credentialYaml(draft) },
        { name: CREDENTIAL_FILES.rubric, text: rubricYaml(draft) },
        { name: CREDENTIAL_FILES.alignment, text: alignmentYaml(draft, studentStandard, educatorStandard) },
        { name: CREDENTIAL_FILES.onePager, text: onePager(draft) },
      ],
    },
  };
}

/**
 * Write a planned folder into `<root>/content/credentials/`. Refuses when the folder (or anything
 * by that name) exists; files go into a hidden temporary folder first, which is renamed into place
 * only when all four are written and removed on any failure, so no half-written credential appears.
 */
export function writeCredential(root: string, plan: CredentialPlan): WriteResult {
  const credentialsDir = join(root, 'content', 'credentials');
  const refuse = (message: string, hint: string): WriteResult => ({ ok: false, problems: [problem('content', 'refused', message, hint)] });
  if (!SLUG.test(plan.id)) return refuse(`Use a plain id for the folder: "${plan.id}" is not one.`, 'lowercase letters, digits and single hyphens');
  if (!lstatSync(credentialsDir, { throwIfNoEntry: false })?.isDirectory()) {
    return refuse(`Run this from the project root: ${plan.dir.replace(/\/[^/]+$/, '/')} was not found.`, 'or point --root at the project folder');
  }
  const target = join(credentialsDir, plan.id);
  if (lstatSync(target, { throwIfNoEntry: false })) {
    return refuse(`Choose another id: ${plan.dir}/ already exists and is never overwritten.`, 'give a different title, or choose the id yourself (--id on the command line)');
  }
  // Hidden (leading dot), so the checker and the site never read a half-written folder as a credential.
  let temporary: string | undefined;
  try {
    temporary = mkdtempSync(join(credentialsDir, `.new-${plan.id}-`));
    for (const file of plan.files) writeFileSync(join(temporary, file.name), file.text, { flag: 'wx' });
    renameSync(temporary, target);
    temporary = undefined;
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    return code === 'EEXIST' || code === 'ENOTEMPTY'
      ? refuse(`Choose another id: ${plan.dir}/ appeared while the files were being written and was left as it is.`, 'run the command again with another title or --id')
      : refuse(`Could not create ${plan.dir}/: ${message}`, 'check that you can write to content/credentials/; nothing was created');
  } finally {
    if (temporary) rmSync(temporary, { recursive: true, force: true });
  }
  return { ok: true, files: plan.files.map((file) => `${plan.dir}/${file.name}`) };
}

// ---- The four files -------------------------------------------------------------------------

interface Draft {
  id: string;
  code: string;
  title: string;
  level: number;
  choice: PathwayChoice;
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

/** What the author is asked for in each ADDIE phase, and the one artifact the skeleton proposes. */
interface PhaseTemplate {
  /** What the phase is for, as a comment above it. */
  purpose: string;
  task: string;
  artifactId: string;
  /** The artifact as a noun, for instructions: "the design plan". */
  noun: string;
  evidenceType: string;
  formats: string[];
  /** The one-line entry of the one-pager's numbered submit list. */
  submitLine: string;
}

const PHASES: Record<AddiePhase, PhaseTemplate> = {
  analyze: {
    purpose: 'Analyze: the teacher studies their starting point before planning anything.',
    task: 'Describe, in one or two sentences written to the teacher, what they examine before planning (a unit they teach, their students\' work or the course standards) and what they look for in it.',
    artifactId: 'analysis',
    noun: 'analysis',
    evidenceType: 'written-analysis',
    formats: ['document', 'slides'],
    submitLine: 'describe, in one line, the analysis the teacher writes and what it covers.',
  },
  design: {
    purpose: 'Design: the teacher plans the lesson or unit that uses the key method.',
    task: 'Describe, in one or two sentences written to the teacher, what they plan in this phase and which parts of the key method the plan must show.',
    artifactId: 'design-plan',
    noun: 'design plan',
    evidenceType: 'lesson-materials',
    formats: ['document', 'slides'],
    submitLine: 'describe, in one line, the plan the teacher submits and what it must show.',
  },
  develop: {
    purpose: 'Develop: the teacher builds the materials students will use.',
    task: 'Describe, in one or two sentences written to the teacher, the materials they build for students in this phase, such as handouts, models, starter files or an assessment.',
    artifactId: 'developed-materials',
    noun: 'developed materials',
    evidenceType: 'lesson-materials',
    formats: ['document', 'slides', 'image'],
    submitLine: 'describe, in one line, the materials the teacher builds for students.',
  },
  implement: {
    purpose: 'Implement: the teacher teaches real students. This phase must ask for student work, student data or video of instruction.',
    task: 'Describe, in one or two sentences written to the teacher, how they teach the lesson or unit with their own students and which moments the evidence must capture.',
    artifactId: 'classroom-evidence',
    noun: 'classroom evidence',
    evidenceType: 'student-work',
    formats: ['document', 'image', 'video', 'web-link'],
    submitLine: 'describe, in one line, the student work or classroom video the teacher uploads.',
  },
  evaluate: {
    purpose: 'Evaluate: the teacher judges how well it worked. This phase must ask for a reflection.',
    task: 'Describe, in one or two sentences written to the teacher, how they judge what worked, using their students\' work as evidence, and what they decide to change next time.',
    artifactId: 'evaluation-reflection',
    noun: 'reflection',
    evidenceType: 'reflection',
    formats: ['document', 'video'],
    submitLine: 'describe, in one line, the reflection the teacher writes and the evidence it cites.',
  },
};

const criterionId = (phase: AddiePhase) => `${PHASES[phase].artifactId}-quality`;

const LINE_WIDTH = 100;

/** Words wrapped into lines no wider than `width`. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** A YAML comment block: the guidance an author reads above a field. */
const comment = (text: string, indent = '') => wrap(text, LINE_WIDTH - indent.length - 2).map((line) => `${indent}# ${line}`);

/** One scalar as YAML writes it, quoted only when it must be. */
const scalar = (value: string | number) => stringify(value, { lineWidth: 0 }).trimEnd();

/** Text after `lead` (`key: ` or `- `) on one line when it fits, otherwise folded (`>-`), as the exemplar writes long text. */
function text(lead: string, value: string, indent: string): string[] {
  const oneLine = `${indent}${lead}${scalar(value)}`;
  if (oneLine.length <= LINE_WIDTH) return [oneLine];
  return [`${indent}${lead}>-`, ...wrap(value, LINE_WIDTH - indent.length - 2).map((line) => `${indent}  ${line}`)];
}

const field = (key: string, value: string, indent = '') => text(`${key}: `, value, indent);
const listEntry = (value: string, indent: string) => text('- ', value, indent);

const flowList = (values: readonly string[]) => `[${values.join(', ')}]`;

const file = (lines: string[]) => `${lines.join('\n')}\n`;

function credentialYaml(draft: Draft): string {
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

function rubricYaml(draft: Draft): string {
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

function alignmentYaml(draft: Draft, student: StartingStandard, educator: StartingStandard): string {
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

function onePager(draft: Draft): string {
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

/**
 * The instructions `npm run new` would write for this credential, as they read in its files: what the
 * scaffold-placeholder rule looks for once the credential is in review. Undefined when its pathway
 * is unknown (another rule reports that).
 */
export function scaffoldInstructions(catalog: Catalog, credential: Pick<Credential, 'id' | 'code' | 'title' | 'level' | 'pathway'>): string[] | undefined {
  const choice = findPathway(catalog, credential.pathway);
  const program = catalog.program?.data;
  if ('kind' in choice || !program) return undefined;
  const { id, code, title, level } = credential;
  const draft: Draft = { id, code, title, level, choice, program, today: '', instructions: [] };
  // The starting standards only fill in framework and code, never an instruction, so any will do.
  const standard: StartingStandard = { framework: '', code: '', label: '' };
  credentialYaml(draft);
  rubricYaml(draft);
  alignmentYaml(draft, standard, standard);
  onePager(draft);
  return draft.instructions;
}
