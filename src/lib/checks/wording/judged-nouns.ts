/**
 * The nouns a descriptor judges ("the plan", "each team's draft"), found with a part-of-speech tagger
 * (Eric Brill's lexicon and transformation rules, the `pos` package). Words every descriptor uses
 * whatever it judges ("element", "evidence", determiners, pronouns) are left out, so two descriptors
 * only count as sharing a subject when they name the same thing.
 *
 * A Brill tagger is a dictionary look-up and a handful of rules per word: a catalog of a thousand
 * credentials holds over twenty thousand descriptors, and a full parser spent a minute on them.
 */
import pos from 'pos';

const GENERIC = new Set([
  ...['the', 'any', 'each', 'every', 'all', 'their', 'its', 'his', 'her', 'our', 'your', 'this', 'that', 'these', 'those', 'they', 'them'],
  ...['one', 'two', 'three', 'four', 'five', 'six', 'more', 'other', 'another', 'such', 'and'],
  ...['required', 'element', 'evidence', 'thing', 'way', 'part', 'level'],
]);

/** Tags that can be part of a noun phrase (adjectives, numbers, gerunds, possessive endings) and the noun tags a phrase needs. */
const PHRASE_TAG = /^(?:JJ[RS]?|NNP?S?|CD|POS|VBG)$/;
const NOUN_TAG = /^NN/;

/**
 * Words (with their inner hyphens and apostrophes: "team's", "sense-think-act") and single marks of
 * punctuation, which end a phrase. The package's own lexer does the same with a tree of regular
 * expressions, twenty times slower.
 */
const TOKEN = /[\p{L}\d]+(?:['’-][\p{L}\d]+)*|[^\s\p{L}\d]/gu;

let tagger: InstanceType<typeof pos.Tagger> | undefined;

/** A crude singular, the same for "teams" and "team" or "analyses" and "analysis", which is all a comparison needs. */
const stem = (word: string) => word.replace(/(?:es|is|s|on|a)$/, '');

/** The words of each noun phrase: a run of phrase words that holds a noun. */
function nounPhraseWords(text: string): string[] {
  tagger ??= new pos.Tagger();
  const words: string[] = [];
  let phrase: Array<[string, string]> = [];
  const endPhrase = () => {
    if (phrase.some(([, tag]) => NOUN_TAG.test(tag))) words.push(...phrase.map(([word]) => word));
    phrase = [];
  };
  for (const [word, tag] of tagger.tag(text.match(TOKEN) ?? [])) {
    if (PHRASE_TAG.test(tag) && /\p{L}/u.test(word)) phrase.push([word, tag]);
    else endPhrase();
  }
  endPhrase();
  return words;
}

/**
 * The words of the noun phrases in `text`, keyed by a crude stem so "team" matches "teams": "The
 * starter code runs, and its comments mark the gaps" gives starter, code, comments, mark, gaps. Every
 * word of a phrase counts, not only its head, because the tagger sometimes takes a verb into the
 * phrase ("comments mark"); comparing whole phrases keeps that from hiding a shared subject.
 */
export function judgedNouns(text: string): Map<string, string> {
  const nouns = new Map<string, string>();
  for (const word of nounPhraseWords(text).flatMap((phrase) => phrase.toLowerCase().match(/[a-z]+/g) ?? []))
    if (word.length > 2 && !GENERIC.has(word) && !nouns.has(stem(word))) nouns.set(stem(word), word);
  return nouns;
}
