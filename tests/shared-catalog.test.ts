import { utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogLoads, sharedCatalog } from '../src/lib/content/shared-catalog.ts';
import { validProjectFiles, writeProject } from './factories.ts';

describe('sharedCatalog()', () => {
  it('loads a project once however often and however its root is written', () => {
    const root = writeProject(validProjectFiles());
    const before = catalogLoads();
    const first = sharedCatalog(root);
    expect(sharedCatalog(`${root}/`)).toBe(first);
    expect(sharedCatalog(root)).toBe(first);
    expect(catalogLoads() - before).toBe(1);
  });

  it('loads again once a content file changes, so a dev server never shows stale content', () => {
    const root = writeProject(validProjectFiles());
    const first = sharedCatalog(root);
    const file = join(root, 'content/stacks/sample-stack.yaml');
    writeFileSync(file, 'id: renamed\n');
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    const second = sharedCatalog(root);
    expect(second).not.toBe(first);
    expect(second.problems.some((problem) => problem.file === 'content/stacks/sample-stack.yaml')).toBe(true);
  });
});
