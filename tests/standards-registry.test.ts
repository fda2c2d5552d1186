/**
 * Codes in the registry must be real: every NGSS and Common Core math item is checked against the
 * published CASE packages in ../shared/standards/case, code and official URI alike.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = join(import.meta.dirname, '..');
const caseDir = join(root, '..', 'shared', 'standards', 'case');
const PACKAGES: Record<string, string> = { ngss: 'ngss-science-2013.case.json', 'ccss-math': 'ccss-math-2010.case.json' };

// The CASE packages live beside the project in this workspace only; elsewhere this check cannot run.
describe.skipIf(!existsSync(caseDir))('standards registry against CASE packages', () => {
  describe.each(Object.entries(PACKAGES))('%s', (framework, packageFile) => {
    const registry = parse(readFileSync(join(root, 'content/standards', `${framework}.yaml`), 'utf8')) as { items: Array<{ code: string; uri?: string }> };
    const casePackage = JSON.parse(readFileSync(join(caseDir, packageFile), 'utf8')) as { CFItems: Array<{ humanCodingScheme?: string; uri: string }> };
    const uriByCode = new Map(casePackage.CFItems.filter((item) => item.humanCodingScheme).map((item) => [item.humanCodingScheme!, item.uri]));

    it.each(registry.items.map((item) => [item.code, item.uri]))('%s exists with the official URI', (code, uri) => {
      expect(uriByCode.has(code!)).toBe(true);
      expect(uri).toBe(uriByCode.get(code!));
    });
  });
});
