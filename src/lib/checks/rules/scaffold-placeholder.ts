import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
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

const rule = defineRule({
  id: 'scaffold-placeholder',
  description: 'Once a credential leaves draft, none of the instructions `npm run new` wrote into its files is left in place of real text.',
  severity: 'error',
  suites: ['quality'],
  check(catalog) {
    const problems: Finding[] = [];
    for (const { folder, credential } of validCredentials(catalog)) {
      if (credential.status === 'draft') continue;
      const instructions = scaffoldInstructions(catalog, credential);
      if (!instructions) continue;
      const wanted = fragments(instructions);
      const leftIn = (text: string) => wanted.some((fragment) => plain(text).includes(fragment));
      const message = `Replace the instruction from \`npm run new\` with your own words: ${credential.code} is ${credential.status}.`;
      const hint = 'the sentence tells you what to write here; content/credentials/README.md explains the field';
      for (const yaml of [folder.credential, folder.rubric, folder.alignment]) {
        if (!yaml?.data) continue;
        for (const { path, text } of strings(yaml.data)) if (leftIn(text)) problems.push(yaml.problemAt(path, message, { hint }));
      }
      const onePager = folder.onePager;
      if (!onePager) continue;
      visit(onePager.tree, ['paragraph', 'heading'], (node: Nodes) => {
        if (!leftIn(toString(node))) return;
        const start = node.position?.start ?? { line: 1, column: 1 };
        problems.push({ file: onePager.file, line: start.line, col: start.column, field: '', message, hint });
      });
    }
    return problems;
  },
});
export default rule;
