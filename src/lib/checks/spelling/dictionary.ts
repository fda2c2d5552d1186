/**
 * The words the spelling check accepts: cspell's American English dictionary (en-US only, so British
 * forms such as "colour" or "licence" are unknown words) and the project word list,
 * `content/cspell-words.txt`, for the names and terms of art the dictionary lacks. cspell loads its dictionary
 * asynchronously, once per process; after that every look-up and suggestion is synchronous, so the
 * rules stay synchronous functions of the catalog.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SpellingDictionary } from 'cspell-lib';

/** The project word list, relative to the project root. */
export const WORD_LIST_FILE = 'content/cspell-words.txt';

/** cspell's American English dictionary; its definition carries the edit costs that rank suggestions. */
const ENGLISH = 'en_us';

let loaded: { english: SpellingDictionary; cspell: typeof import('cspell-lib') } | undefined;
let loading: Promise<void> | undefined;

/**
 * Loads the American English dictionary; later calls reuse the first load. cspell-lib itself is
 * imported here, not at the top, so a process that never checks spelling never loads it.
 */
export function loadEnglishDictionary(): Promise<void> {
  loading ??= (async () => {
    const cspell = await import('cspell-lib');
    const defaults = await cspell.getDefaultSettings(true);
    const definition = defaults.dictionaryDefinitions?.find((entry) => entry.name === ENGLISH);
    if (!definition) throw new Error(`cspell-lib no longer bundles the ${ENGLISH} dictionary.`);
    loaded = { english: await cspell.getDictionary({ dictionaryDefinitions: [definition], dictionaries: [ENGLISH] }), cspell };
  })();
  return loading;
}

/** The words of the project list: one a line; blank lines and lines starting with # are ignored. */
export function readWordList(root: string): string[] {
  const path = join(root, WORD_LIST_FILE);
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}

export interface Speller {
  /** Whether the dictionary or the project list holds the word (in any case, as cspell compares). */
  knows(word: string): boolean;
  /** The closest known words, best first. */
  suggest(word: string): string[];
}

const SUGGESTIONS = 3;

/**
 * The regular differences between British and American spelling. cspell ranks by edit distance, so for
 * "realise" it offers "realism" before "realize"; a known word these rewrite an unknown one into is the
 * American form, and is suggested first.
 */
const AMERICAN_FORMS: ReadonlyArray<[RegExp, string]> = [
  [/is(e|es|ed|ing|ation|ations|er|ers)$/, 'iz$1'],
  [/ys(e|es|ed|ing)$/, 'yz$1'],
  [/our/g, 'or'],
  [/tre(s?)$/, 'ter$1'],
  [/ogue(s?)$/, 'og$1'],
  [/ence(s?)$/, 'ense$1'],
  [/ll(ed|ing|er|ers)$/, 'l$1'],
];

/** The American forms of a word, in its case: "Realise" gives "Realize". */
function americanForms(word: string): string[] {
  const lower = word.toLowerCase();
  const forms = AMERICAN_FORMS.map(([british, american]) => lower.replace(british, american));
  forms.push(AMERICAN_FORMS.reduce((text, [british, american]) => text.replace(british, american), lower));
  const inCase = (form: string) =>
    word === word.toUpperCase() ? form.toUpperCase() : word[0] === word[0]!.toUpperCase() ? form[0]!.toUpperCase() + form.slice(1) : form;
  return forms.filter((form) => form !== lower).map(inCase);
}

/** A speller for one project: the English dictionary and that project's word list. */
export function spellerFor(root: string): Speller {
  if (!loaded) throw new Error('The spelling dictionary is not loaded: await the rule’s prepare() (runChecks does) before check().');
  const { english, cspell } = loaded;
  const project = cspell.createSpellingDictionary(readWordList(root), 'project-words', join(root, WORD_LIST_FILE), {});
  const dictionary = cspell.createSpellingDictionaryCollection([english, project], 'catalog');
  const known = new Map<string, boolean>();
  const suggested = new Map<string, string[]>();
  // A listed word also passes as its plural: the list holds "microcontroller", a text may say "microcontrollers".
  const listedPlural = (word: string) =>
    /s$/i.test(word) && (project.has(word.slice(0, -1)) || (/es$/i.test(word) && project.has(word.slice(0, -2))));
  return {
    knows(word) {
      if (!known.has(word)) known.set(word, dictionary.has(word) || listedPlural(word));
      return known.get(word)!;
    },
    suggest(word) {
      const cached = suggested.get(word);
      if (cached) return cached;
      const american = americanForms(word).filter((form) => dictionary.has(form));
      // No time limit (cspell's default is one second), so a slow machine gets the same suggestions.
      const options = { numSuggestions: SUGGESTIONS + 3, numChanges: 4, includeTies: false, timeout: 60_000 };
      const closest = dictionary.suggest(word, options).map((suggestion) => suggestion.word);
      const seen = new Set<string>();
      const best = [...american, ...closest]
        .filter((candidate) => !candidate.includes(' ') && !seen.has(candidate.toLowerCase()) && seen.add(candidate.toLowerCase()))
        .slice(0, SUGGESTIONS);
      suggested.set(word, best);
      return best;
    },
  };
}
