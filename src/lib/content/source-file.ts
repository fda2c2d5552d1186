/**
 * Reads a content file as text and refuses, with a problem instead of an exception, anything an
 * author cannot have meant: a missing or empty file, binary data, or text that is not UTF-8 (naming
 * UTF-16, which some editors on Windows save by default, so the author knows what to change).
 */
import { readFileSync } from 'node:fs';
import { makeProblem, type Problem } from '../problems.ts';

export type SourceRead = { ok: true; text: string; problems: Problem[] } | { ok: false; problems: Problem[] };

const fileProblem = (file: string, message: string, hint: string, severity: Problem['severity'] = 'error'): Problem =>
  makeProblem(file, message, { hint, rule: 'file', severity });

/**
 * The byte order of a UTF-16 file: from its byte-order mark, or, without one, from the zero byte that
 * every ASCII character carries on the same side of each pair (which no UTF-8 text or binary format has).
 */
function utf16ByteOrder(bytes: Buffer): 'LE' | 'BE' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'LE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'BE';
  // Without a zero byte it cannot be UTF-16; the native search spares counting every pair of every file.
  if (bytes.length < 2 || bytes.length % 2 !== 0 || !bytes.includes(0)) return undefined;
  let zerosFirst = 0;
  let zerosSecond = 0;
  for (let index = 0; index < bytes.length; index += 2) {
    if (bytes[index] === 0) zerosFirst += 1;
    if (bytes[index + 1] === 0) zerosSecond += 1;
  }
  // Mostly ASCII, as YAML keys and indentation are: at least three pairs in four carry the zero byte.
  const mostPairs = (bytes.length / 2) * 0.75;
  if (zerosFirst === 0 && zerosSecond >= mostPairs) return 'LE';
  if (zerosSecond === 0 && zerosFirst >= mostPairs) return 'BE';
  return undefined;
}

export function readSourceFile(absolutePath: string, file: string): SourceRead {
  let bytes: Buffer;
  try {
    bytes = readFileSync(absolutePath);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'EISDIR' ? 'it is a folder' : 'it could not be read';
    return { ok: false, problems: [fileProblem(file, `Replace this path with a text file: ${reason}.`, 'content files are UTF-8 text')] };
  }
  const byteOrder = utf16ByteOrder(bytes);
  if (byteOrder) {
    const message = `Save this file as UTF-8: it is saved as UTF-16 ${byteOrder}, which content files cannot use.`;
    const hint = `in your editor choose Save with Encoding → UTF-8 (in VS Code, click "UTF-16 ${byteOrder}" in the status bar)`;
    return { ok: false, problems: [fileProblem(file, message, hint)] };
  }
  if (bytes.includes(0)) {
    return {
      ok: false,
      problems: [
        fileProblem(
          file,
          'Replace this file with a text file: it contains binary data.',
          'save it as plain UTF-8 text, not as a word-processor or image file',
        ),
      ],
    };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return {
      ok: false,
      problems: [
        fileProblem(
          file,
          'Save this file as UTF-8 text: it contains characters in another encoding.',
          'in your editor choose "Save with encoding: UTF-8"',
        ),
      ],
    };
  }
  const problems: Problem[] = [];
  if (text.startsWith('\uFEFF')) {
    text = text.slice(1);
    problems.push(
      fileProblem(
        file,
        'Save this file without a byte-order mark (BOM).',
        'choose "UTF-8" rather than "UTF-8 with BOM" in your editor',
        'warning',
      ),
    );
  }
  if (text.trim() === '') {
    return {
      ok: false,
      problems: [
        ...problems,
        fileProblem(file, 'Fill in this file: it is empty.', 'copy the structure from a file of the same kind and adapt it'),
      ],
    };
  }
  return { ok: true, text, problems };
}
