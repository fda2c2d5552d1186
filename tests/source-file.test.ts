import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSourceFile } from '../src/lib/content/source-file.ts';
import { writeProject } from './factories.ts';

const read = (content: string | Buffer) => {
  const root = writeProject({});
  writeFileSync(join(root, 'file.yaml'), content);
  return readSourceFile(join(root, 'file.yaml'), 'file.yaml');
};

describe('readSourceFile()', () => {
  it('returns the text of a UTF-8 file', () => {
    expect(read('id: x\n')).toEqual({ ok: true, text: 'id: x\n', problems: [] });
  });

  it('strips a byte-order mark and warns about it', () => {
    const result = read('\uFEFFid: x\n');
    expect(result).toMatchObject({ ok: true, text: 'id: x\n' });
    expect(result.problems).toMatchObject([{ severity: 'warning', message: expect.stringContaining('byte-order mark') }]);
  });

  it.each([
    ['an empty file', '', 'empty'],
    ['a file of blank lines', '\n  \n', 'empty'],
    ['a binary file', Buffer.from([0x89, 0x50, 0x00, 0x47]), 'binary'],
    ['a Latin-1 file', Buffer.from([0x63, 0x61, 0x66, 0xe9]), 'UTF-8'],
  ])('rejects %s with an instruction', (_name, content, word) => {
    const result = read(content);
    expect(result.ok).toBe(false);
    expect(result.problems.at(-1)).toMatchObject({
      file: 'file.yaml',
      line: 1,
      col: 1,
      severity: 'error',
      message: expect.stringContaining(word),
    });
  });

  it.each([
    ['UTF-16 LE with a byte-order mark', Buffer.from('\uFEFFid: x\n', 'utf16le'), 'UTF-16 LE'],
    ['UTF-16 BE with a byte-order mark', Buffer.from('\uFEFFid: x\n', 'utf16le').swap16(), 'UTF-16 BE'],
    ['UTF-16 LE without a byte-order mark', Buffer.from('id: café\n', 'utf16le'), 'UTF-16 LE'],
    ['UTF-16 BE without a byte-order mark', Buffer.from('id: x\n', 'utf16le').swap16(), 'UTF-16 BE'],
  ])('names %s and how to save it as UTF-8', (_name, content, encoding) => {
    const result = read(content);
    expect(result.ok).toBe(false);
    expect(result.problems).toMatchObject([
      { line: 1, message: expect.stringContaining(encoding), hint: expect.stringContaining('Save with Encoding → UTF-8') },
    ]);
  });

  it('rejects a folder where a file should be', () => {
    const root = writeProject({ 'dir/x.txt': 'x' });
    expect(readSourceFile(join(root, 'dir'), 'dir').problems[0]!.message).toContain('folder');
  });
});
