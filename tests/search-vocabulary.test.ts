import { describe, expect, it } from 'vitest';
import { answersQuery, buildVocabulary, closestWord, suggestQuery } from '../src/lib/site/search-vocabulary.ts';
import { credentialSchema } from '../schemas/index.ts';
import { validCredential } from './factories.ts';

const vocabulary = ['robotics', 'robot', 'circuit', 'portfolio', 'engineering', 'design', 'ohm', 'gantt', 'print', 'data'];

describe('closestWord()', () => {
  it.each([
    ['robtics', 'robotics'],
    ['circut', 'circuit'],
    ['portfollio', 'portfolio'],
    ['enginering', 'engineering'],
  ])('corrects %s to %s', (typed, expected) => expect(closestWord(typed, vocabulary)).toBe(expected));

  it.each([
    ['a known word', 'design'],
    ['the start of a known word, which search already extends', 'gant'],
    ['the plural of a known word', 'ohms'],
    ['a word nothing is close to', 'python'],
    ['a short word, where any edit changes the meaning', 'dat'],
  ])('leaves alone %s', (_case, typed) => expect(closestWord(typed, vocabulary)).toBeUndefined());
});

describe('suggestQuery()', () => {
  it('replaces only the unknown words and keeps the rest as typed', () => {
    expect(suggestQuery('enginering design', vocabulary)).toBe('engineering design');
  });
  it('has nothing to suggest when every word is known', () => {
    expect(suggestQuery('robot design', vocabulary)).toBeUndefined();
  });
});

describe('answersQuery()', () => {
  it.each([
    ['robotics', ['Robotics.', 'robot']],
    ['robots', ['robot']],
    ['studies', ['study']],
    ["ohm's law", ["Ohm's", 'law,']],
    ['PE-3.1', ['PE-3.1.']],
  ])('accepts "%s" matched by %j', (query, words) => expect(answersQuery(query, words)).toBe(true));

  it.each([
    ['arduino', ['a', 'a']],
    ['python', ['P']],
    ['robotics data', ['robotics']],
  ])('rejects "%s" when the engine only matched %j', (query, words) => expect(answersQuery(query, words)).toBe(false));
});

describe('buildVocabulary()', () => {
  it('holds the words that describe a credential, not its references or history', () => {
    const credential = credentialSchema.parse(validCredential());
    const words = buildVocabulary([credential]);
    expect(words).toEqual(expect.arrayContaining(credential.title.toLowerCase().match(/[a-z]{3,}/g)!));
    const authorOnly = credential.research.flatMap(
      (work) =>
        work.authors
          .join(' ')
          .toLowerCase()
          .match(/[a-z]{5,}/g) ?? [],
    );
    for (const word of authorOnly.filter((candidate) => !JSON.stringify(credential.requirements).toLowerCase().includes(candidate)))
      expect(words).not.toContain(word);
  });
});
