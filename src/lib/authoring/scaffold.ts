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
import { isoDate, SLUG, type Credential, type StandardsFramework } from '../../../schemas/index.ts';
import { CREDENTIAL_FILES, type Catalog } from '../content/catalog.ts';
import { checkLevel, checkTitle, chooseId, findPathway, nextCode, problem, type ScaffoldProblem } from './draft-choices.ts';
import { credentialYaml } from './draft-credential.ts';
import { alignmentYaml, onePager, rubricYaml, type Draft, type StartingStandard } from './draft-files.ts';

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

/**
 * The registry standard for an audience that the pathway's credentials cite most (ties go to the
 * framework they cite most, then to registry order): a plausible start that the author replaces.
 */
function startingStandard(catalog: Catalog, pathway: string, audience: StandardsFramework['audience']): StartingStandard | undefined {
  const candidates = catalog.standards.flatMap((yaml) =>
    yaml.data?.audience === audience
      ? // An item without a label (brought in by npm run import:case) is not one an author chose yet.
        yaml.data.items.flatMap((item) =>
          item.label === undefined ? [] : [{ framework: yaml.data!.id, code: item.code, label: item.label }],
        )
      : [],
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
  if (!isoDate.safeParse(request.today).success)
    problems.push(
      problem('today', 'input', `Give today's date as YYYY-MM-DD: "${request.today}" is not a date.`, 'it dates the first changelog entry'),
    );
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
    return {
      ok: false,
      problems: [
        problem(
          'content',
          'refused',
          `Add ${missing} framework to content/standards/ first: every credential aligns to one.`,
          'run `npm run check` to see whether a framework file failed to load',
        ),
      ],
    };
  }

  const draft: Draft = {
    id,
    code: nextCode(catalog, choice.codePrefix, level),
    title,
    level,
    choice,
    program: catalog.program!.data!,
    today: request.today,
    instructions: [],
  };
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
  if (!SLUG.test(plan.id))
    return refuse(`Use a plain id for the folder: "${plan.id}" is not one.`, 'lowercase letters, digits and single hyphens');
  if (!lstatSync(credentialsDir, { throwIfNoEntry: false })?.isDirectory()) {
    return refuse(
      `Run this from the project root: ${plan.dir.replace(/\/[^/]+$/, '/')} was not found.`,
      'or point --root at the project folder',
    );
  }
  const target = join(credentialsDir, plan.id);
  if (lstatSync(target, { throwIfNoEntry: false })) {
    return refuse(
      `Choose another id: ${plan.dir}/ already exists and is never overwritten.`,
      'give a different title, or choose the id yourself (--id on the command line)',
    );
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
      ? refuse(
          `Choose another id: ${plan.dir}/ appeared while the files were being written and was left as it is.`,
          'run the command again with another title or --id',
        )
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
export function scaffoldInstructions(
  catalog: Catalog,
  credential: Pick<Credential, 'id' | 'code' | 'title' | 'level' | 'pathway'>,
): string[] | undefined {
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
