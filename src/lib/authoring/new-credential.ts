/**
 * The two ways `npm run new` is used, as functions the script and the tests share: from command-line
 * values, and as a conversation in a terminal. Both return the exit code: 0 created, 1 refused or
 * cancelled (nothing was created), 2 the request itself was malformed.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import type { Readable, Writable } from 'node:stream';
import { loadCatalog, type Catalog } from '../content/catalog.ts';
import {
  checkLevel,
  checkTitle,
  findPathway,
  pathwayChoices,
  TITLE_LENGTH,
  UNREADABLE_PATHWAYS,
  type PathwayChoice,
  type ScaffoldProblem,
} from './draft-choices.ts';
import { planCredential, writeCredential, type CredentialPlan } from './scaffold.ts';

export const NEW_CREDENTIAL_USAGE =
  'npm run new -- --pathway <all|pathway id> --level <level> --title "<title>" [--id <id>] [--root <dir>]';

export const NEW_CREDENTIAL_HELP = [
  'Creates a draft credential folder, content/credentials/<id>/, with the four files every credential',
  'needs, each field explained by a comment. It never overwrites an existing folder.',
  '',
  '  --pathway  a pathway id from content/program.yaml, or its all-pathways id (all) for a credential',
  '             that serves every pathway',
  '  --level    a level that pathway offers in content/program.yaml (in Louisiana: 1 for all, 2 or 3',
  '             for a pathway)',
  '  --title    the official title, 5 to 120 characters',
  '  --id       the permanent id (folder name and page address); made from the title when left out,',
  "             with the pathway's code prefix in lowercase (pe-, ddem-, cs-)",
  '  --root     the project folder (default: the current folder)',
  '',
  'With no options in a terminal, it asks for the title, pathway and level.',
  'Exit codes: 0 created, 1 refused or cancelled (nothing created), 2 invalid options.',
].join('\n');

export interface CredentialArguments {
  pathway?: string | undefined;
  level?: string | undefined;
  title?: string | undefined;
  id?: string | undefined;
}

/** Where messages go: `out` for results, `err` for refusals. */
export interface Printer {
  out(line: string): void;
  err(line: string): void;
}

const exitCodeFor = (problems: ScaffoldProblem[]) => (problems.some((problem) => problem.kind === 'input') ? 2 : 1);

const FLAGS: Partial<Record<ScaffoldProblem['field'], string>> = { pathway: '--pathway', level: '--level', title: '--title', id: '--id' };

/** `--level  Choose level 1, 2 or 3: "4" is not a level.  (1: broad STEM pedagogy; …)` */
export function formatScaffoldProblem(problem: ScaffoldProblem, { withFlag = true } = {}): string {
  const flag = withFlag ? FLAGS[problem.field] : undefined;
  return `${flag ? `${flag}  ` : ''}${problem.message}  (${problem.hint})`;
}

/** The catalog at `root`, or the sentence to print when `root` is not a project folder. */
function openProject(root: string): Catalog | string {
  if (!existsSync(join(root, 'content', 'credentials'))) {
    return `No content/credentials/ folder was found in ${root}: run this from the project root, or point --root at it. Nothing was created.`;
  }
  return loadCatalog(root);
}

function describeCreated(plan: CredentialPlan, files: string[]): string[] {
  return [
    `Created ${plan.dir}/ (${plan.code}, status draft):`,
    ...files.map((file) => `  ${file}`),
    '',
    'Next steps:',
    '  1. Edit the four files: each comment says what to write, and content/credentials/README.md explains every field.',
    '  2. Run `npm run check` until it reports no errors: it runs every rule, the quality rules included.',
    `  3. Preview it with \`npm start\`: drafts are shown, marked as drafts, at http://localhost:4321/credentials/${plan.id}/`,
  ];
}

/** A level as typed: digits only, so "", "2.5" or "two" are reported rather than read as a number. */
const parseLevel = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text) : Number.NaN);

/** Local calendar date as YYYY-MM-DD, the date an author would write in the changelog. */
export function localDate(date: Date): string {
  return [date.getFullYear(), date.getMonth() + 1, date.getDate()]
    .map((part, index) => String(part).padStart(index === 0 ? 4 : 2, '0'))
    .join('-');
}

/** `npm run new -- --pathway … --level … --title …`: plan, write, and report. */
export function createFromArguments(root: string, args: CredentialArguments, today: string, print: Printer): number {
  const missing = (['pathway', 'level', 'title'] as const).filter((name) => args[name] === undefined);
  if (missing.length) {
    print.err(
      `Give ${missing.map((name) => `--${name}`).join(', ')}: a new credential needs a pathway, a level and a title.\n\nusage: ${NEW_CREDENTIAL_USAGE}`,
    );
    return 2;
  }
  const catalog = openProject(root);
  if (typeof catalog === 'string') {
    print.err(catalog);
    return 1;
  }
  const refuse = (problems: ScaffoldProblem[]) => {
    for (const problem of problems) print.err(formatScaffoldProblem(problem));
    const code = exitCodeFor(problems);
    print.err(code === 2 ? `\nNothing was created.\nusage: ${NEW_CREDENTIAL_USAGE}` : '\nNothing was created.');
    return code;
  };
  const planned = planCredential(catalog, {
    pathway: args.pathway!,
    level: parseLevel(args.level!),
    title: args.title!,
    id: args.id,
    today,
  });
  if (!planned.ok) return refuse(planned.problems);
  const written = writeCredential(root, planned.plan);
  if (!written.ok) return refuse(written.problems);
  for (const line of describeCreated(planned.plan, written.files)) print.out(line);
  return 0;
}

/** Thrown inside the conversation when the input ends (Ctrl-D, Ctrl-C or a closed pipe) before it is complete. */
class InputEnded extends Error {}

/**
 * The conversation `npm run new` holds in a terminal: title, pathway (from a numbered list), level,
 * the planned id and code, then a confirmation. A bad answer is explained and asked again.
 */
export async function createInteractively(root: string, today: string, streams: { input: Readable; output: Writable }): Promise<number> {
  const say = (line = '') => streams.output.write(`${line}\n`);
  const catalog = openProject(root);
  if (typeof catalog === 'string') {
    say(catalog);
    return 1;
  }
  const choices = pathwayChoices(catalog);
  if (!choices) {
    say(formatScaffoldProblem(UNREADABLE_PATHWAYS));
    return 1;
  }

  const terminal = (streams.output as Writable & { isTTY?: boolean }).isTTY === true;
  const readline = createInterface({ input: streams.input, output: streams.output, terminal });
  let closed = false;
  readline.on('close', () => (closed = true));
  readline.on('SIGINT', () => readline.close());
  // Reading through the iterator buffers lines, so answers typed (or piped) ahead of a question are kept,
  // even after the input has ended and closed the interface.
  const lines = readline[Symbol.asyncIterator]();
  const ask = async <T>(question: string, parse: (answer: string) => T | ScaffoldProblem[]): Promise<T> => {
    for (;;) {
      if (closed) streams.output.write(question);
      else {
        // Through readline, so line editing in a terminal redraws the question with the answer.
        readline.setPrompt(question);
        readline.prompt();
      }
      const next = await lines.next();
      if (next.done) throw new InputEnded();
      const parsed = parse(String(next.value).trim());
      if (!Array.isArray(parsed)) return parsed;
      for (const problem of parsed) say(`  ${formatScaffoldProblem(problem, { withFlag: false })}`);
    }
  };
  const askTitle = () =>
    ask(`Title (${TITLE_LENGTH.min} to ${TITLE_LENGTH.max} characters): `, (answer) => {
      const problems = checkTitle(answer);
      return problems.length ? problems : answer;
    });

  try {
    say('New draft credential. Everything can be edited later in its files except the id, which is permanent once published.');
    say();
    let title = await askTitle();
    say();
    say('Pathways:');
    const idWidth = Math.max(...choices.map((choice) => choice.id.length));
    choices.forEach((choice, index) => say(`  ${index + 1}. ${choice.id.padEnd(idWidth)}  ${choice.name}`));
    const choice = await ask<PathwayChoice>(`Pathway (1-${choices.length} or its id): `, (answer) => {
      const found = choices[Number(answer) - 1] ?? findPathway(catalog, answer);
      return 'kind' in found ? [found] : found;
    });
    let level: number;
    if (choice.levels.length === 1) {
      level = choice.levels[0]!;
      say(`Level: ${level}, the only level for pathway ${choice.id}`);
    } else {
      level = await ask<number>(`Level (${choice.levels.join(' or ')}): `, (answer) => {
        const problems = checkLevel(catalog, choice, parseLevel(answer));
        return problems.length ? problems : parseLevel(answer);
      });
    }

    let planned = planCredential(catalog, { pathway: choice.id, level, title, today });
    // A title whose id is taken is asked for again; anything else about the project cannot be fixed from here.
    while (!planned.ok && planned.problems.every((problem) => problem.field === 'title' || problem.field === 'id')) {
      for (const problem of planned.problems) say(`  ${formatScaffoldProblem(problem, { withFlag: false })}`);
      title = await askTitle();
      planned = planCredential(catalog, { pathway: choice.id, level, title, today });
    }
    if (!planned.ok) {
      for (const problem of planned.problems) say(formatScaffoldProblem(problem, { withFlag: false }));
      say('Nothing was created.');
      return 1;
    }

    const { plan } = planned;
    say();
    say(`  id      ${plan.id}   (permanent: the folder name and the page address)`);
    say(`  code    ${plan.code}`);
    say(`  folder  ${plan.dir}/`);
    const confirmed = await ask('Create this credential? (y/N) ', (answer) => /^y(es)?$/i.test(answer));
    if (!confirmed) {
      say('Nothing was created.');
      return 1;
    }
    const written = writeCredential(root, plan);
    if (!written.ok) {
      for (const problem of written.problems) say(formatScaffoldProblem(problem, { withFlag: false }));
      say('Nothing was created.');
      return 1;
    }
    say();
    for (const line of describeCreated(plan, written.files)) say(line);
    return 0;
  } catch (error) {
    if (!(error instanceof InputEnded)) throw error;
    say();
    say('Cancelled before every answer was given. Nothing was created.');
    return 1;
  } finally {
    readline.close();
  }
}
