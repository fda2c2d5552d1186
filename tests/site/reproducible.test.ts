/** Two builds of the same content, in different folders, produce byte-identical sites. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyProject, runScript } from './project-copy.ts';

function fingerprint(dist: string): Record<string, string> {
  return Object.fromEntries(
    (readdirSync(dist, { recursive: true }) as string[])
      .filter((file) => statSync(join(dist, file)).isFile())
      .sort()
      .map((file) => [
        file,
        createHash('sha256')
          .update(readFileSync(join(dist, file)))
          .digest('hex'),
      ]),
  );
}

describe('reproducible builds', () => {
  it('gives two preview builds of the same commit identical files', () => {
    const builds = [copyProject(), copyProject()].map((project) => {
      const result = runScript(project, 'scripts/build.ts', ['--drafts']);
      expect(result.status, result.stdout + result.stderr).toBe(0);
      return fingerprint(join(project, 'dist'));
    });
    expect(Object.keys(builds[0]!).length).toBeGreaterThan(100);
    expect(builds[1]).toEqual(builds[0]);
  });
});
