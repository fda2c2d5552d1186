/** Copies of the project for work that must build or check a real site from other content. */
import { cpSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

/** Everything a check or a build reads from the project root; node_modules is linked, not copied. */
export const PROJECT_ENTRIES = [
  'content',
  'src',
  'schemas',
  'scripts',
  'public',
  'astro.config.mjs',
  'package.json',
  'tsconfig.json',
  '.gitignore',
];

/**
 * Copies `entries` of the project at `root` into the folder `into` and links its node_modules, so
 * the copy builds exactly as the project does without installing anything.
 */
export function copyProject(root: string, into: string, entries: readonly string[] = PROJECT_ENTRIES): void {
  for (const entry of entries) cpSync(join(root, entry), join(into, entry), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(into, 'node_modules'), 'dir');
}
