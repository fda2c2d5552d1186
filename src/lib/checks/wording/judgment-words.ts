/**
 * Words an assessor or a teacher cannot judge from the evidence alone ("most", "appropriate",
 * "enough"): two people reading the same portfolio would disagree on whether they apply. The rules
 * that use this list report them unless the sentence gives a number straight after ("most (at least
 * four of five)", "some, two or more, ...").
 */

/** Words no descriptor may rely on, each with a hint on what to write instead. */
export const DESCRIPTOR_JUDGMENT_WORDS: Record<string, string> = {
  effectively: 'say what the effect is, e.g. "so that students revise their code"',
  effective: 'say what the effect is, e.g. "so that students revise their code"',
  appropriate: 'name the feature that makes it fit, e.g. "at the students\' reading level"',
  appropriately: 'name the feature that makes it fit, e.g. "at the students\' reading level"',
  most: 'give a count, e.g. "at least four of the six"',
  some: 'give a count, e.g. "one or two"',
  little: 'give a count, e.g. "no more than one"',
  good: 'name the observable feature, e.g. "labels every axis"',
};

/** Completion checks are ticked by the teacher, so they must be facts, not verdicts. */
export const CHECK_JUDGMENT_WORDS: Record<string, string> = {
  ...DESCRIPTOR_JUDGMENT_WORDS,
  enough: 'state the fact to check, e.g. "The video is ten minutes or shorter." rather than "brief enough"',
  sufficient: 'state the count or length to check',
  adequate: 'state the count or length to check',
  properly: 'state the fact to check',
};

const NUMBER = /^(\d+|one|two|three|four|five|six|seven|eight|nine|ten|all|every|each|half)$/i;

export interface JudgmentWord {
  word: string;
  hint: string;
}

/** The listed words in `text`, in order, leaving out any quantified by a number in the next three words. */
export function judgmentWords(text: string, list: Record<string, string>): JudgmentWord[] {
  const words = text.match(/[A-Za-z]+(?:'[a-z]+)?|\d+/g) ?? [];
  const found: JudgmentWord[] = [];
  words.forEach((word, index) => {
    const hint = list[word.toLowerCase()];
    if (hint === undefined) return;
    const quantified = words.slice(index + 1, index + 4).some((next) => NUMBER.test(next));
    if (!quantified && !found.some((entry) => entry.word === word.toLowerCase())) found.push({ word: word.toLowerCase(), hint });
  });
  return found;
}
