/**
 * Reads a content file as text and refuses, with a problem instead of an exception, anything an
 * author cannot have meant: a missing or empty file, binary data, or text that is not UTF-8.
 */
import { readFileSync } from 'node:fs';
import type { Problem } from './problems.ts';

export type SourceRead = { ok: true; text: string; problems: Problem[] } | { ok: false; problems: Problem[] };

const fileProblem = (file: string, message: string, hint: string, severity: Problem['severity'] = 'error'): Problem => ({
  file,
  line: 1,
  col: 1,
  field: '',
  message,
  hint,
  rule: 'file',
  severity,
});

export function readSourceFile(absolutePath: string, file: string): SourceRead {
  let bytes: Buffer;
  try {
    bytes = readFileSync(absolutePath);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'EISDIR' ? 'it is a folder' : 'it could not be read';
    return { ok: false, problems: [fileProblem(file, `Replace this path with a text file: ${reason}.`, 'content files are UTF-8 text')] };
  }
  if (bytes.includes(0)) {
    return { ok: false, problems: [fileProblem(file, 'Replace this file with a text file: it contains binary data.', 'save it as plain UTF-8 text, not as a word-processor or image file')] };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { ok: false, problems: [fileProblem(file, 'Save this file as UTF-8 text: it contains characters in another encoding.', 'in your editor choose "Save with encoding: UTF-8"')] };
  }
  const problems: Problem[] = [];
  if (text.startsWith('\uFEFF')) {
    text = text.slice(1);
    problems.push(fileProblem(file, 'Save this file without a byte-order mark (BOM).', 'choose "UTF-8" rather than "UTF-8 with BOM" in your editor', 'warning'));
  }
  if (text.trim() === '') {
    return { ok: false, problems: [...problems, fileProblem(file, 'Fill in this file: it is empty.', 'copy the structure from a file of the same kind and adapt it')] };
  }
  return { ok: true, text, problems };
}
