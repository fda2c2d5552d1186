import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { CREDENTIAL_FILES, filesKey, type Catalog } from '../../content/catalog.ts';
import { scaffoldInstructions } from '../../authoring/scaffold.ts';
import { validCredentials, defineRule, strings, type Finding } from './rule.ts';

/** Shorter fragments ("Name the first part") could occur in real prose; six words are the scaffold's. */
const MIN_WORDS = 6;

/** Text as a reader sees it: no Markdown emphasis or escapes, one space, any case. */
const plain = (text: string) =>
  text
    .replace(/[*_\\`]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/** The instructions split into sentences, so a half-edited instruction is still found. */
function fragments(instructions: string[]): string[] {
  const sentences = instructions.flatMap((instruction) => plain(instruction).split(/(?<=[.;:])\s+/));
  return [
    ...new Set(sentences.map((sentence) => sentence.replace(/[.;:]$/, '')).filter((sentence) => sentence.split(' ').length >= MIN_WORDS)),
  ];
}

/**
 * Whether a text holds any of the fragments, in one pass over its words: fragments are looked up by
 * their first two words at each word start, so a credential's few hundred texts are not each searched
 * once per instruction. A fragment always starts a word, as it starts a sentence of an instruction.
 */
function fragmentFinder(wanted: string[]): (text: string) => boolean {
  const byOpening = new Map<string, string[]>();
  for (const fragment of wanted) {
    const opening = fragment.split(' ', 2).join(' ');
    byOpening.set(opening, [...(byOpening.get(opening) ?? []), fragment]);
  }
  return (text) => {
    const read = plain(text);
    const words = read.split(' ');
    let offset = 0;
    for (let index = 0; index < words.length - 1; index += 1) {
      const candidates = byOpening.get(`${words[index]} ${words[index + 1]}`);
      if (candidates?.some((fragment) => read.startsWith(fragment, offset))) return true;
      offset += words[index]!.length + 1;
    }
    return false;
  };
}

/** Stand-ins the scaffold writes where a credential's own id, code and title go. */
const STAND_IN = { id: '\u0001id\u0001', code: '\u0001code\u0001', title: '\u0001title\u0001' } as const;

/**
 * The scaffold's instructions for each credential. The scaffold is rendered once per pathway and level
 * with stand-ins for the id, code and title, which are then put back per credential: rendering all
 * four files for each of a thousand credentials took seconds. A test holds this equal to the scaffold's
 * own output for every credential.
 */
export function instructionsByCredential(catalog: Catalog) {
  const templates = new Map<string, string[] | undefined>();
  return (credential: { id: string; code: string; title: string; level: number; pathway: string }): string[] | undefined => {
    const key = `${credential.pathway}\0${credential.level}`;
    if (!templates.has(key))
      templates.set(key, scaffoldInstructions(catalog, { ...STAND_IN, level: credential.level, pathway: credential.pathway }));
    return templates
      .get(key)
      ?.map((instruction) =>
        instruction
          .replaceAll(STAND_IN.id, credential.id)
          .replaceAll(STAND_IN.code, credential.code)
          .replaceAll(STAND_IN.title, credential.title),
      );
  };
}

const rule = defineRule({
  id: 'scaffold-placeholder',
  description: 'Once a credential leaves draft, none of the instructions `npm run new` wrote into its files is left in place of real text.',
  severity: 'error',
  suites: ['quality'],
  check(catalog) {
    const instructionsFor = instructionsByCredential(catalog);
    // A credential's result depends on its four files and on the program (the scaffold's wording comes from it).
    const dependsOn = (dir: string) => [
      catalog.program?.file ?? 'content/program.yaml',
      ...Object.values(CREDENTIAL_FILES).map((name) => `${dir}/${name}`),
    ];
    return validCredentials(catalog).flatMap(({ folder, credential }) =>
      catalog.cache.memo('scaffold-placeholder', filesKey(catalog, ...dependsOn(folder.dir)), () => {
        const problems: Finding[] = [];
        if (credential.status === 'draft') return problems;
        const instructions = instructionsFor(credential);
        if (!instructions) return problems;
        const leftIn = fragmentFinder(fragments(instructions));
        const message = `Replace the instruction from \`npm run new\` with your own words: ${credential.code} is ${credential.status}.`;
        const hint = 'the sentence tells you what to write here; content/credentials/README.md explains the field';
        for (const yaml of [folder.credential, folder.rubric, folder.alignment]) {
          if (!yaml?.data) continue;
          for (const { path, text } of strings(yaml.data)) if (leftIn(text)) problems.push(yaml.problemAt(path, message, { hint }));
        }
        const onePager = folder.onePager;
        if (onePager)
          visit(onePager.tree, ['paragraph', 'heading'], (node: Nodes) => {
            if (!leftIn(toString(node))) return;
            const start = node.position?.start ?? { line: 1, column: 1 };
            problems.push({ file: onePager.file, line: start.line, col: start.column, field: '', message, hint });
          });
        return problems;
      }),
    );
  },
});
export default rule;
