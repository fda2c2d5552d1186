/** `npm run bench` refuses bad flags at once, in one line that names the flag, before any long work. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { projectRoot } from '../helpers.ts';

const bench = (...args: string[]) =>
  spawnSync(process.execPath, [join(projectRoot, 'scripts', 'bench.ts'), ...args], { cwd: projectRoot, encoding: 'utf8' });

describe('npm run bench', () => {
  it.each([
    [['--sizes', '18,abc'], '--sizes must be whole numbers'],
    [['--sizes', '0'], '--sizes must be whole numbers'],
    [['--seed', '1.5'], '--seed must be a whole number'],
    [['--size', '18'], "Unknown option '--size'"],
  ])('refuses %j with a usage line', (args, message) => {
    const run = bench(...args);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain('usage: npm run bench');
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });

  it('will not overwrite a JSON file it did not write, and leaves the file as it was', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mc-bench-cli-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, 'notes.json');
    writeFileSync(file, '{"mine": true}\n');
    const run = bench('--json', file);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`--json ${file}: that file exists and was not written by npm run bench`);
    expect(readFileSync(file, 'utf8')).toBe('{"mine": true}\n');
  });

  it('explains every flag on --help', () => {
    const run = bench('--help');
    expect(run.status).toBe(0);
    for (const flag of ['--sizes', '--seed', '--json', '--keep']) expect(run.stdout).toContain(flag);
  });
});
