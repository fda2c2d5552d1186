import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { catalogYamlFiles, filesKey } from '../../content/catalog.ts';
import { defineRule, strings, type Finding } from './rule.ts';

/**
 * British spellings that have crept into the catalog, with the American form Louisiana's teachers
 * expect. A list rather than a pattern, because "-ise" and "-our" also end words that are right.
 */
export const AMERICAN_SPELLINGS: Readonly<Record<string, string>> = {
  analyse: 'analyze',
  analysed: 'analyzed',
  anonymise: 'anonymize',
  anonymised: 'anonymized',
  behaviour: 'behavior',
  behaviours: 'behaviors',
  catalogue: 'catalog',
  centre: 'center',
  colour: 'color',
  colours: 'colors',
  emphasise: 'emphasize',
  enrolment: 'enrollment',
  favour: 'favor',
  judgement: 'judgment',
  judgements: 'judgments',
  labelled: 'labeled',
  licence: 'license',
  licences: 'licenses',
  minimise: 'minimize',
  modelling: 'modeling',
  organisation: 'organization',
  organisations: 'organizations',
  organise: 'organize',
  organised: 'organized',
  practise: 'practice',
  practised: 'practiced',
  practising: 'practicing',
  prioritise: 'prioritize',
  programme: 'program',
  programmes: 'programs',
  recognise: 'recognize',
  recognised: 'recognized',
  summarise: 'summarize',
  utilise: 'utilize',
};

/**
 * The British words in a text, each with the American form (in the same case as written). Each whole
 * word (a run of \\w characters, as a \\b…\\b pattern would match) is looked up once, rather than
 * trying every listed word at every letter: a large catalog has millions of letters.
 */
export function britishSpellings(text: string): Array<{ word: string; american: string }> {
  return [...text.matchAll(/\w+/g)].flatMap(([word]) => {
    const american = Object.hasOwn(AMERICAN_SPELLINGS, word.toLowerCase()) ? AMERICAN_SPELLINGS[word.toLowerCase()]! : undefined;
    if (!american) return [];
    return [{ word, american: word[0] === word[0]!.toUpperCase() ? `${american[0]!.toUpperCase()}${american.slice(1)}` : american }];
  });
}

/** Names and titles as their publishers print them: a cited work keeps its own spelling. */
const PUBLISHED_NAMES = /^(research\.|resources\.\d+\.(title|publisher)$|name$|publisher$|url$|uri$)/;
const dotted = (path: Array<string | number>) => path.join('.');

const rule = defineRule({
  id: 'american-spelling',
  description:
    'Prose is in American English: British spellings such as "practise", "programme" or "judgement" are reported with the American form.',
  severity: 'error',
  suites: ['quality'],
  check(catalog) {
    const report = (found: ReturnType<typeof britishSpellings>[number]) => ({
      message: `Write "${found.american}", the American spelling, instead of "${found.word}".`,
      hint: 'the catalog is written in American English for Louisiana teachers',
    });
    // Every word of every file is looked up: each file's findings are cached with its text.
    const inFile = (file: string, find: (problems: Finding[]) => void) =>
      catalog.cache.memo('american-spelling', filesKey(catalog, file), () => {
        const problems: Finding[] = [];
        find(problems);
        return problems;
      });
    return [
      ...catalogYamlFiles(catalog).flatMap((yaml) =>
        inFile(yaml.file, (problems) => {
          for (const { path, text } of strings(yaml.data)) {
            if (PUBLISHED_NAMES.test(dotted(path))) continue;
            for (const found of britishSpellings(text)) {
              const { message, hint } = report(found);
              problems.push(yaml.problemAt(path, message, { hint }));
            }
          }
        }),
      ),
      ...catalog.credentials.flatMap(({ onePager }) =>
        onePager
          ? inFile(onePager.file, (problems) =>
              visit(onePager.tree, ['paragraph', 'heading'], (node: Nodes) => {
                for (const found of britishSpellings(toString(node))) {
                  const start = node.position?.start ?? { line: 1, column: 1 };
                  problems.push({ file: onePager.file, line: start.line, col: start.column, field: '', ...report(found) });
                }
              }),
            )
          : [],
      ),
    ];
  },
});
export default rule;
