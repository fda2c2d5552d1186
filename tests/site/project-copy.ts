/** Copies of the project for tests that must build real sites from changed content. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { copyProject as copyProjectInto } from '../../src/lib/tooling/project-copy.ts';
import { terminalEnv } from '../helpers.ts';

export const PROJECT_ROOT = join(import.meta.dirname, '..', '..');

/** Everything a build reads, copied; node_modules linked. */
export function copyProject(): string {
  const copy = mkdtempSync(join(tmpdir(), 'mc-project-'));
  copyProjectInto(PROJECT_ROOT, copy);
  return copy;
}

export function editYamlFile(file: string, edit: (doc: ReturnType<typeof parseDocument>) => void): void {
  const doc = parseDocument(readFileSync(file, 'utf8'));
  edit(doc);
  writeFileSync(file, String(doc));
}

/** Runs a project script (relative to the real project) with `cwd` as the project, as CI would. */
export function runScript(cwd: string, script: string, args: string[] = [], env: Record<string, string | undefined> = {}) {
  return spawnSync(process.execPath, [join(PROJECT_ROOT, script), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...terminalEnv(), ASTRO_TELEMETRY_DISABLED: '1', CI: undefined, CATALOG_DRAFTS: undefined, ...env },
  });
}
