import { existsSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes beside the file, then renames over it, so an interrupted run never leaves an author half a
 * file. An existing file keeps its permissions, and a symlink keeps pointing at the file it names.
 */
export function writeAtomically(path: string, text: string): void {
  const exists = existsSync(path);
  const target = exists ? realpathSync(path) : path;
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, text, { flag: 'wx', ...(exists ? { mode: statSync(target).mode } : {}) });
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
