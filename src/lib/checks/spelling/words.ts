/**
 * The words of a piece of prose, each with its offset, for the spelling check. What is not prose is
 * left out: web addresses, email addresses, file and domain names (p5.js, Code.org), and anything
 * with a digit in it, which is a code, a date or a standard (CS-3.6, RST.9-10.3, 3A-AP-15, K-12).
 */

export interface Word {
  word: string;
  /** Offset of the word in the text. */
  index: number;
}

/** A run of text without spaces that is an address or a code, not words. */
const NOT_PROSE = /^\S*(?:\d|https?:|www\.|@|\/\/|\p{L}\.\p{L})\S*$/u;
/** Letters, with apostrophes inside (don't, teacher's); hyphens and slashes separate words. */
const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;

/** Whether any run of the text could be an address or a code: most prose has none, and is read word by word at once. */
const MAYBE_NOT_PROSE = /\d|https?:|www\.|@|\/\/|\p{L}\.\p{L}/u;

/** The words of a text that a reader reads as prose. */
export function wordsIn(text: string): Word[] {
  const words: Word[] = [];
  if (!MAYBE_NOT_PROSE.test(text)) {
    for (const match of text.matchAll(WORD)) words.push({ word: match[0], index: match.index });
    return words;
  }
  for (const chunk of text.matchAll(/\S+/g)) {
    if (NOT_PROSE.test(chunk[0])) continue;
    for (const match of chunk[0].matchAll(WORD)) words.push({ word: match[0], index: chunk.index + match.index });
  }
  return words;
}

/**
 * A text that is one identifier rather than prose: a lowercase slug (`ddem`, `ddem-design-process`, the
 * ids one file uses to refer to another) or a code (`CS-3.6`). Prose in this catalog is never one lowercase word.
 */
export const isIdentifier = (text: string) =>
  /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/.test(text) || (/^[\w.:/#+-]+$/.test(text) && /[-_.:/#\d]/.test(text));
