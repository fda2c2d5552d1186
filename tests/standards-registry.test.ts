/**
 * Codes in the registry must be real: every NGSS and Common Core math item is checked against the
 * published CASE packages in ../shared/standards/case, code and official URI alike.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { catalogRoot, projectRoot } from './helpers.ts';

const root = catalogRoot;
/**
 * The folder beside the project that holds the CASE packages. It exists in the authoring workspace
 * only (not on GitHub), so without it these tests are skipped. SHARED_DIR points elsewhere, e.g. at a
 * missing folder to see the skip: `SHARED_DIR=/nonexistent npx vitest run tests/standards-registry.test.ts`.
 */
const caseDir = join(process.env.SHARED_DIR ?? join(projectRoot, '..', 'shared'), 'standards', 'case');
const PACKAGES: Record<string, string> = { ngss: 'ngss-science-2013.case.json', 'ccss-math': 'ccss-math-2010.case.json' };
const missing = !existsSync(caseDir);

type Registry = { items: Array<{ code: string; uri?: string }> };
type CasePackage = { CFItems: Array<{ humanCodingScheme?: string; uri: string }> };

describe.skipIf(missing)(`standards registry against CASE packages${missing ? ` (skipped: no CASE packages at ${caseDir})` : ''}`, () => {
  describe.each(Object.entries(PACKAGES))('%s', (framework, packageFile) => {
    const registry = parse(readFileSync(join(root, 'content/standards', `${framework}.yaml`), 'utf8')) as Registry;
    // Read in a hook, not while the tests are collected, which happens even when they are skipped.
    // A few NGSS codes sit on several items (K-2-ETS1-1 under each of grades K, 1 and 2): any of their URIs is official.
    const urisByCode = new Map<string, string[]>();
    beforeAll(() => {
      const { CFItems } = JSON.parse(readFileSync(join(caseDir, packageFile), 'utf8')) as CasePackage;
      for (const item of CFItems)
        if (item.humanCodingScheme) urisByCode.set(item.humanCodingScheme, [...(urisByCode.get(item.humanCodingScheme) ?? []), item.uri]);
    });

    it.each(registry.items.map((item) => [item.code, item.uri]))('%s exists with the official URI', (code, uri) => {
      expect(urisByCode.has(code)).toBe(true);
      expect(urisByCode.get(code)).toContain(uri);
    });
  });
});
