/**
 * Two builds of the same content, in different folders, produce byte-identical sites: the preview
 * build under test (dist/, which `npm test` builds from this tree first) and a second one in a copy.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyProject, runScript } from './project-copy.ts';
import { DIST } from './site-fixture.ts';

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
    const project = copyProject();
    const result = runScript(project, 'scripts/build.ts', ['--drafts']);
    expect(result.status, result.stdout + result.stderr).toBe(0);
    const underTest = fingerprint(DIST);
    expect(Object.keys(underTest).length).toBeGreaterThan(100);
    // A difference here also shows a dist/ built before the last edit: `npm test` rebuilds it.
    expect(fingerprint(join(project, 'dist'))).toEqual(underTest);
  });
});
