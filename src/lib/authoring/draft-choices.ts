/**
 * What a new credential may be: the pathways and levels content/program.yaml offers, a usable title,
 * a permanent id (with its pathway's prefix) that no folder has, and the next free code. Each check
 * returns problems phrased as what to do, for `npm run new` to show.
 */
import { SLUG, TITLE_MAX_LENGTH } from '../../../schemas/index.ts';
import type { Catalog } from '../content/catalog.ts';
import { pathwayGroups, type PathwayGroup } from '../content/program.ts';
import { either, levelWords } from './draft-files.ts';

/** Same bounds as the credential schema's title, with a floor so a title says something. */
export const TITLE_LENGTH = { min: 5, max: TITLE_MAX_LENGTH } as const;

/** Ids are page addresses, typed and shared by people; longer ones are cut at a word boundary. */
const MAX_ID_LENGTH = 60;

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

export const problem = (
  field: ScaffoldProblem['field'],
  kind: ScaffoldProblem['kind'],
  message: string,
  hint: string,
): ScaffoldProblem => ({
  field,
  message,
  hint,
  kind,
});

/**
 * The all-pathways group first (its name says its levels), then the pathways of content/program.yaml;
 * undefined when that file could not be read.
 */
export function pathwayChoices(catalog: Catalog): PathwayChoice[] | undefined {
  const program = catalog.program?.data;
  if (!program) return undefined;
  return pathwayGroups(program).map((group) =>
    group.servesAll ? { ...group, name: `${group.name} (${levelWords(group.levels)})` } : group,
  );
}

/** Reported when content/program.yaml is missing or invalid: pathways, levels and code prefixes come from it. */
export const UNREADABLE_PATHWAYS = problem(
  'content',
  'refused',
  'Fix content/program.yaml first: new credentials take their pathway, level and code prefix from it.',
  'run `npm run check` to see what is wrong with it',
);

/** The pathway choice named by `pathway`, or the problem to report. */
export function findPathway(catalog: Catalog, pathway: string): PathwayChoice | ScaffoldProblem {
  const choices = pathwayChoices(catalog);
  if (!choices) return UNREADABLE_PATHWAYS;
  const wanted = pathway.trim();
  return (
    choices.find((choice) => choice.id === wanted) ??
    problem(
      'pathway',
      'input',
      wanted ? `Choose a pathway: "${wanted}" is not one.` : 'Choose a pathway.',
      `pathways: ${choices.map((choice) => (choice.servesAll ? `${choice.id} (${levelWords(choice.levels)})` : choice.id)).join(', ')}`,
    )
  );
}

/** Problems with a level for the given pathway; none when it fits. */
export function checkLevel(catalog: Catalog, choice: PathwayChoice, level: number): ScaffoldProblem[] {
  const program = catalog.program?.data;
  if (!program) return [UNREADABLE_PATHWAYS];
  const levels = program.levels.map((entry) => entry.level);
  const levelHint = program.levels.map((entry) => `${entry.level}: ${entry.name.toLowerCase()}`).join('; ');
  if (!levels.includes(level))
    return [
      problem(
        'level',
        'input',
        Number.isNaN(level) ? `Choose level ${either(levels)}.` : `Choose level ${either(levels)}: ${level} is not a level.`,
        levelHint,
      ),
    ];
  if (choice.levels.includes(level)) return [];
  const all = program.allPathways;
  if (choice.servesAll) {
    const others = levels.filter((value) => !all.levels.includes(value));
    return [
      problem(
        'level',
        'input',
        `Choose level ${either(all.levels)} for pathway "${all.id}", or a pathway for a Level ${level} credential.`,
        `Level ${others.join(' and ')} credentials belong to one pathway from content/program.yaml`,
      ),
    ];
  }
  return all.levels.includes(level)
    ? [
        problem(
          'pathway',
          'input',
          `Use pathway "${all.id}" for a Level ${level} credential: Level ${level} credentials serve every pathway.`,
          `or choose level ${choice.levels.join(' or ')} for pathway ${choice.id}`,
        ),
      ]
    : [
        problem(
          'level',
          'input',
          `Choose level ${either(choice.levels)} for pathway ${choice.id}: it has no Level ${level} credentials.`,
          `the levels of each pathway are in content/program.yaml`,
        ),
      ];
}

/** Problems with a title; none when it is usable. */
export function checkTitle(title: string): ScaffoldProblem[] {
  const trimmed = title.trim();
  if (/\p{Cc}/u.test(trimmed))
    return [
      problem('title', 'input', 'Write the title on one line, without tabs or control characters.', 'for example "Teaching Sound Design"'),
    ];
  if (trimmed.length < TITLE_LENGTH.min || trimmed.length > TITLE_LENGTH.max) {
    return [
      problem(
        'title',
        'input',
        `Write a title of ${TITLE_LENGTH.min} to ${TITLE_LENGTH.max} characters (this one has ${trimmed.length}).`,
        'the official title of the credential, for example "Teaching Sound Design"',
      ),
    ];
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
export const idPrefix = (choice: PathwayChoice) => (choice.servesAll ? '' : `${choice.codePrefix.toLowerCase()}-`);

export function chooseId(catalog: Catalog, choice: PathwayChoice, title: string, requested: string | undefined): string | ScaffoldProblem {
  const prefix = idPrefix(choice);
  const fromTitle = slugFromTitle(title);
  const generated =
    !fromTitle || fromTitle.startsWith(prefix) ? fromTitle : `${prefix}${slugFromTitle(title, MAX_ID_LENGTH - prefix.length)}`;
  const example = generated || `${prefix}teaching-sound-design`;
  const id = requested?.trim() ?? generated;
  if (!id)
    return problem(
      'title',
      'input',
      'Use letters or digits in the title: no id can be made from it.',
      `or choose the id yourself (--id on the command line), for example ${example}`,
    );
  if (!SLUG.test(id) || id.length > MAX_ID_LENGTH) {
    return problem(
      'id',
      'input',
      `Write the id in lowercase letters, digits and single hyphens, up to ${MAX_ID_LENGTH} characters: "${id}" is not one.`,
      `for example ${example}`,
    );
  }
  if (prefix && !id.startsWith(prefix))
    return problem('id', 'input', `Start the id with "${prefix}": folders of ${choice.id} credentials do.`, `for example ${example}`);
  const otherPrefix = prefix ? undefined : (pathwayChoices(catalog) ?? []).map(idPrefix).find((other) => other && id.startsWith(other));
  if (otherPrefix) {
    return problem(
      'id',
      'input',
      `Leave "${otherPrefix}" off the id "${id}": only pathway credentials carry a pathway prefix.`,
      `choose the id yourself (--id on the command line), for example ${id.slice(otherPrefix.length)}`,
    );
  }
  // Ids are permanent page addresses, so a taken one is refused rather than silently suffixed: the author picks the lasting name.
  if (catalog.credentials.some((folder) => folder.id === id)) {
    return problem(
      'id',
      'refused',
      `Choose another id: content/credentials/${id}/ already exists and is never overwritten.`,
      'give a different title, or choose the id yourself (--id on the command line)',
    );
  }
  return id;
}

/** Next number for a prefix and level after the highest in the catalog: DDEM-3.4 is followed by DDEM-3.5. */
export function nextCode(catalog: Catalog, codePrefix: string, level: number): string {
  const pattern = new RegExp(`^${codePrefix}-${level}\\.(\\d+)$`);
  // Raw values, so a credential whose file fails its schema still holds on to its code.
  const numbers = catalog.credentials.flatMap((folder) => {
    const code = (folder.credential?.raw as { code?: unknown } | undefined)?.code;
    const match = typeof code === 'string' ? pattern.exec(code.trim()) : null;
    return match ? [Number(match[1])] : [];
  });
  return `${codePrefix}-${level}.${Math.max(0, ...numbers) + 1}`;
}
