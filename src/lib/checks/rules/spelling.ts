import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Text } from 'mdast';
import { visit } from 'unist-util-visit';
import { catalogYamlFiles, filesKey, type Catalog } from '../../content/catalog.ts';
import { contentHash } from '../../content/check-cache.ts';
import { formatFieldPath } from '../../problems.ts';
import { loadEnglishDictionary, readWordList, spellerFor, WORD_LIST_FILE, type Speller } from '../spelling/dictionary.ts';
import { siteTexts } from '../spelling/site-text.ts';
import { isIdentifier, wordsIn, type Word } from '../spelling/words.ts';
import { AMERICAN_SPELLINGS, britishSpellings } from './american-spelling.ts';
import { defineRule, strings, type Finding } from './rule.ts';

/** Words of one or two letters are mostly abbreviations (CS, PE) and are not checked. */
const MIN_WORD_LENGTH = 3;
/** Cited works keep the spelling their publishers print: research entries, resource titles and publishers. */
const CITED = /^(research\.|resources\.\d+\.(title|publisher)$)/;
/** A standards framework's official name, abbreviation and publisher, as printed. */
const OFFICIAL_NAMES = /^(name|shortName|publisher)$/;
/** Fields that hold identifiers, codes or addresses, never prose. */
const NOT_PROSE = /(^|\.)(id|code|codePrefix|url|uri|email|date|version|gradeBand)$/;

/**
 * A text's misspelled words. A possessive (LDOE's) or the plural of an abbreviation (LEDs) is right when
 * its stem is. British words the american-spelling rule lists are left to it, so each is reported once.
 */
function misspellings(speller: Speller, text: string): Word[] {
  const known = (word: string) =>
    speller.knows(word) ||
    (/['’]s$/.test(word) && speller.knows(word.slice(0, -2))) ||
    (/^\p{Lu}{2,}s$/u.test(word) && speller.knows(word.slice(0, -1)));
  return wordsIn(text).filter(({ word }) => word.length >= MIN_WORD_LENGTH && !(word.toLowerCase() in AMERICAN_SPELLINGS) && !known(word));
}

/** cspell's dictionary holds some British forms ("catalogue"); a suggestion is given in its American form. */
function americanSuggestions(words: string[]): string[] {
  const american = words.map((word) => britishSpellings(word)[0]?.american ?? word);
  return american.filter((word, index) => american.indexOf(word) === index);
}

/** Line and column of an offset, and the offset of a line and column, in one file's text. */
function positions(source: string) {
  const starts = [0, ...[...source.matchAll(/\n/g)].map((match) => match.index + 1)];
  return {
    offsetOf: (line: number, col: number) => (starts[line - 1] ?? 0) + col - 1,
    at(offset: number) {
      let line = starts.findLastIndex((start) => start <= offset);
      if (line < 0) line = 0;
      return { line: line + 1, col: offset - starts[line]! + 1 };
    },
  };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One piece of the check whose findings depend on one file and the word list, so they can be cached. */
interface SpellingUnit {
  key: string;
  find(speller: Speller): Finding[];
}

/** Every file the spelling check reads, each as a unit keyed by its text and the word list's. */
function spellingUnits(catalog: Catalog): SpellingUnit[] {
  const wordList = contentHash(readWordList(catalog.root).join('\n'));
  const read = (file: string) => readFileSync(join(catalog.root, file), 'utf8').replace(/^\uFEFF/, '');
  const units: SpellingUnit[] = [];
  const unit = (key: string, find: (speller: Speller, problems: Finding[]) => void) =>
    units.push({
      key: `${key}\nwords@${wordList}`,
      find(speller) {
        const problems: Finding[] = [];
        find(speller, problems);
        return problems;
      },
    });

  const standards = new Set(catalog.standards.map((yaml) => yaml.file));
  for (const yaml of catalogYamlFiles(catalog))
    unit(filesKey(catalog, yaml.file), (speller, problems) => {
      let place: ReturnType<typeof positions> | undefined;
      let source = '';
      for (const { path, text } of strings(yaml.data)) {
        const dotted = path.join('.');
        if (CITED.test(dotted) || NOT_PROSE.test(dotted) || (standards.has(yaml.file) && OFFICIAL_NAMES.test(dotted))) continue;
        if (isIdentifier(text)) continue;
        const wrong = misspellings(speller, text);
        if (!wrong.length) continue;
        source ||= read(yaml.file);
        place ??= positions(source);
        // The value starts where the parser says; each word is found in the file from there, in order.
        const start = yaml.problemAt(path, '');
        let cursor = place.offsetOf(start.line, start.col);
        for (const { word } of wrong) {
          const found = new RegExp(`(?<![\\p{L}'’])${escapeRegExp(word)}(?!\\p{L})`, 'gu');
          found.lastIndex = cursor;
          const match = found.exec(source);
          if (match) cursor = match.index + word.length;
          problems.push(misspelled(speller, yaml.file, match ? place.at(match.index) : start, formatFieldPath(path), word));
        }
      }
    });

  for (const folder of catalog.credentials) {
    const onePager = folder.onePager;
    if (!onePager) continue;
    unit(filesKey(catalog, onePager.file), (speller, problems) => {
      const source = read(onePager.file);
      const place = positions(source);
      visit(onePager.tree, 'text', (node: Text) => {
        const start = node.position?.start.offset;
        const end = node.position?.end.offset;
        if (start === undefined || end === undefined) return;
        for (const { word, index } of misspellings(speller, source.slice(start, end)))
          problems.push(misspelled(speller, onePager.file, place.at(start + index), '', word));
      });
    });
  }

  for (const { file, source, texts } of siteTexts(catalog.root))
    unit(`${file}@${contentHash(source)}`, (speller, problems) => {
      const place = positions(source);
      for (const { text, offset, field } of texts)
        for (const { word, index } of misspellings(speller, text))
          problems.push(misspelled(speller, file, place.at(offset + index), field, word));
    });
  return units;
}

/** The problem for one misspelled word, with the dictionary's closest American spellings. */
function misspelled(speller: Speller, file: string, at: { line: number; col: number }, field: string, word: string): Finding {
  const [best, ...others] = americanSuggestions(speller.suggest(word));
  const guess = best ? ` Did you mean "${best}"${others.length ? ` (or ${others.map((other) => `"${other}"`).join(', ')})` : ''}?` : '';
  return {
    file,
    ...at,
    field,
    message: `Check the spelling of "${word}": it is not in the American English dictionary.${guess}`,
    hint: `fix the spelling; if "${word}" is right (a name or a term of art), add it on a line of its own to ${WORD_LIST_FILE}`,
  };
}

const rule = defineRule({
  id: 'spelling',
  description:
    'Every word a reader sees (content prose, one-pagers, the site templates) is in cspell’s American English dictionary or the project word list, content/cspell-words.txt; a misspelling is reported with the suggested spelling.',
  severity: 'error',
  suites: ['quality'],
  // The dictionary takes a while to load; a run whose every file's answer is cached does without it.
  prepare: async (catalog) => {
    if (!spellingUnits(catalog).every((unit) => catalog.cache.has('spelling', unit.key))) await loadEnglishDictionary();
  },
  check(catalog) {
    let speller: Speller | undefined;
    return spellingUnits(catalog).flatMap((unit) =>
      catalog.cache.memo('spelling', unit.key, () => unit.find((speller ??= spellerFor(catalog.root)))),
    );
  },
});
export default rule;
