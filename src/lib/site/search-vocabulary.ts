/**
 * The catalog's own vocabulary, for "did you mean" when a query finds little: every word of the text
 * that describes a credential (the same fields the search index holds), and the closest known word to
 * a misspelled one. Pure and free of Node APIs, so the build and the browser script share it.
 */
import { distance } from 'fastest-levenshtein';
import type { Credential } from '../../../schemas/index.ts';

/** The text that describes a credential to a teacher: what search indexes, nothing about its history. */
export function describingText(credential: Credential): string[] {
  return [
    credential.code,
    credential.title,
    credential.summary,
    credential.competency,
    ...credential.keywords,
    credential.keyMethod.name,
    credential.keyMethod.description,
    ...credential.keyMethod.components.flatMap((component) => [component.name, component.description]),
    ...credential.requirements.flatMap((requirement) => [
      requirement.task,
      ...requirement.artifacts.flatMap((artifact) => [artifact.title, artifact.description]),
    ]),
  ];
}

/** Lowercase words of three letters or more, the way a teacher would type them. */
export const wordsOf = (text: string): string[] => text.toLowerCase().match(/[a-z][a-z0-9']{2,}/g) ?? [];

/** Every distinct word across the credentials, most frequent first (so ties favor common words). */
export function buildVocabulary(credentials: Credential[]): string[] {
  const counts = new Map<string, number>();
  for (const credential of credentials)
    for (const word of describingText(credential).flatMap(wordsOf)) {
      const bare = word.replace(/'s?$/, '');
      counts.set(bare, (counts.get(bare) ?? 0) + 1);
    }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([word]) => word);
}

/** Edits allowed for a word of this length: none for short words, where any edit changes the meaning. */
const allowedEdits = (word: string) => (word.length < 4 ? 0 : word.length < 7 ? 1 : 2);

/**
 * The closest vocabulary word to an unknown word, or undefined when the word is known (or is the start
 * of a known word, which search already matches) or nothing is close enough.
 */
export function closestWord(word: string, vocabulary: readonly string[]): string | undefined {
  const typed = word.toLowerCase();
  // Search matches the start of a word and stems plurals, so a word's beginning or plural is known.
  const isKnown = (known: string) => known.startsWith(typed) || typed === `${known}s` || typed === `${known}es`;
  if (vocabulary.some(isKnown)) return undefined;
  let best: { word: string; edits: number } | undefined;
  for (const known of vocabulary) {
    const edits = distance(typed, known);
    if (edits <= allowedEdits(typed) && (!best || edits < best.edits)) best = { word: known, edits };
  }
  return best?.word;
}

/** The query with each unknown word replaced by its closest known word, or undefined when nothing changes. */
export function suggestQuery(query: string, vocabulary: readonly string[]): string | undefined {
  let changed = false;
  const suggestion = query.replace(/[A-Za-z][A-Za-z0-9']*/g, (word) => {
    const closest = word.length >= 3 ? closestWord(word, vocabulary) : undefined;
    if (!closest) return word;
    changed = true;
    return closest;
  });
  return changed ? suggestion : undefined;
}

/** A word as search compares it: lowercase letters and digits only (`PE-3.1.` → `pe31`, `Ohm's` → `ohms`). */
const bare = (word: string) => word.toLowerCase().replace(/[^a-z0-9]/g, '');

const sharedPrefix = (a: string, b: string) => {
  let length = 0;
  while (length < a.length && a[length] === b[length]) length++;
  return length;
};

/**
 * Whether the words a search engine matched in a page answer every word of the query. The engine
 * falls back to a word's first letters when the word is nowhere in the index ("arduino" matches every
 * "a"), so a match counts only when it is the query word, starts with it, or shares its stem: all but
 * a short ending, as with "robotics" and "robot" or "studies" and "study".
 */
export function answersQuery(query: string, matchedWords: readonly string[]): boolean {
  const matched = [...new Set(matchedWords.map(bare))].filter(Boolean);
  return query
    .split(/\s+/)
    .map(bare)
    .filter(Boolean)
    .every((typed) =>
      matched.some((word) =>
        typed.length < 3 ? word.startsWith(typed) : sharedPrefix(typed, word) >= Math.max(3, Math.min(typed.length, word.length) - 3),
      ),
    );
}
