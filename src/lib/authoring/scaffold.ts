/**
 * The new-credential scaffolder behind `npm run new`: plans a draft credential folder from a title,
 * pathway and level (permanent id, next free code, the four files as text) without touching the disk,
 * then writes it in one step that can never overwrite an author's folder.
 *
 * Every generated file passes `npm run check`; each placeholder is an instruction to the author, and
 * YAML comments above the fields say what to write, so the draft reads as a guided form. The files'
 * text is written by draft-files.ts.
 */
import { lstatSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isoDate, type Credential, type StandardsFramework } from '../../../schemas/index.ts';
import { CREDENTIAL_FILES, type Catalog } from '../content/catalog.ts';
import { pathwayGroups, type PathwayGroup } from '../content/program.ts';
import { alignmentYaml, credentialYaml, either, levelWords, onePager, rubricYaml, type Draft, type StartingStandard } from './draft-files.ts';

/** Same bounds as the credential schema's title, with a floor so a title says something. */
export const TITLE_LENGTH = { min: 5, max: 120 } as const;

/** Ids are page addresses, typed and shared by people; longer ones are cut at a word boundary. */
const MAX_ID_LENGTH = 60;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

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
