/**
 * A synthetic credential's one-pager: the template's text with the credential's own hours, and now and
 * then a sentence fewer in a paragraph or a sentence of advice more at the end, so one-pagers vary in
 * length as real ones do while keeping the standard sections and the one-page word limit.
 */
import { ONE_PAGE_WORD_LIMIT } from '../checks/rules/one-pager-length.ts';
import type { Random } from './seeded-random.ts';

/** Advice any credential's "Time and support" may close with, in words the catalog already uses. */
const CLOSING_ADVICE = [
  'Keep the checklist on the credential page beside you as you gather the evidence, and tick each item before you submit.',
  'A colleague who teaches the same course can read your evidence against the rubric before you submit it.',
  'Set aside two short blocks of planning time for the write-up rather than one long one.',
  'If a criterion comes back as Progressing, the written feedback names what to add, so a second round is usually short.',
  'Save each artifact as you go, named by its phase, so the portfolio is ready to upload when the unit ends.',
];

/** Sentence ends inside a paragraph: after a lowercase word or a digit, so "U.S. Department" stays whole. */
const SENTENCE_END = /(?<=[a-z0-9)][.!?])\s+(?=[A-Z])/;

const isParagraph = (block: string) => !/^\s*(#|[-*+] |\d+\. |>)/.test(block);

/** A block of prose without one of its sentences, or undefined when it has only one or the cut would split bold text. */
function withoutSentence(block: string, random: Random): string | undefined {
  const sentences = block.replace(/\s*\n\s*/g, ' ').split(SENTENCE_END);
  if (sentences.length < 2) return undefined;
  const cut = random.int(0, sentences.length - 1);
  if ((sentences[cut]!.match(/\*\*/g) ?? []).length % 2 !== 0 || /\bhours\*\*/.test(sentences[cut]!)) return undefined;
  return sentences.filter((_, index) => index !== cut).join(' ');
}

/**
 * The one-pager for a credential that takes `hours`, varied from the template's `text` of `words`
 * words (as the one-pager-length rule counts them).
 */
export function variedOnePager(text: string, words: number, hours: { min: number; max: number }, random: Random): string {
  const blocks = text
    .replace(/\*\*\d+ to \d+ hours\*\*/, `**${hours.min} to ${hours.max} hours**`)
    .trimEnd()
    .split(/\n{2,}/);
  const paragraphs = blocks.flatMap((block, index) => (isParagraph(block) ? [index] : []));
  if (paragraphs.length && random.chance(0.5)) {
    const at = random.pick(paragraphs);
    blocks[at] = withoutSentence(blocks[at]!, random) ?? blocks[at]!;
  }
  const last = blocks.length - 1;
  const advice = random.pick(CLOSING_ADVICE);
  // A cut sentence only lowers the count, so the template's count plus the advice bounds it without parsing again.
  if (random.chance(0.5) && isParagraph(blocks[last]!) && words + advice.split(' ').length <= ONE_PAGE_WORD_LIMIT)
    blocks[last] = `${blocks[last]} ${advice}`;
  return `${blocks.join('\n\n')}\n`;
}
