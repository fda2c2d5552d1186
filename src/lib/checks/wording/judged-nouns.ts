/**
 * The nouns a descriptor judges ("the plan", "each team's draft"), found with compromise's
 * part-of-speech tagger. Words every descriptor uses whatever it judges ("element", "evidence",
 * determiners, pronouns) are left out, so two descriptors only count as sharing a subject when they
 * name the same thing.
 */
import nlp from 'compromise';

const GENERIC = new Set([
  ...['the', 'any', 'each', 'every', 'all', 'their', 'its', 'his', 'her', 'our', 'your', 'this', 'that', 'these', 'those', 'they', 'them'],
  ...['one', 'two', 'three', 'four', 'five', 'six', 'more', 'other', 'another', 'such', 'and'],
  ...['required', 'element', 'evidence', 'thing', 'way', 'part', 'level'],
]);

/** A crude singular, the same for "teams" and "team" or "analyses" and "analysis", which is all a comparison needs. */
const stem = (word: string) => word.replace(/(?:es|is|s|on|a)$/, '');

/**
 * The words of the noun phrases in `text`, keyed by a crude stem so "team" matches "teams": "The
 * starter code runs, and its comments mark the gaps" gives starter, code, runs, comments, gaps. Every
 * word of a phrase counts, not only its head, because the tagger sometimes takes a verb into the
 * phrase ("code runs"); comparing whole phrases keeps that from hiding a shared subject.
 */
export function judgedNouns(text: string): Map<string, string> {
  const phrases = nlp(text).nouns().out('array') as string[];
  const nouns = new Map<string, string>();
  for (const word of phrases.flatMap((phrase) => phrase.toLowerCase().match(/[a-z]+/g) ?? []))
    if (word.length > 2 && !GENERIC.has(word) && !nouns.has(stem(word))) nouns.set(stem(word), word);
  return nouns;
}
