/**
 * Reading a CASE package and merging it into a registry file (src/lib/standards/case-import.ts):
 * headings skipped, official URIs and hierarchy kept, the statement text never written, an author's
 * label and comments kept, a second import a no-op, a malformed package one clear sentence. Run over
 * the small fixture in tests/fixtures/case/, and over the published packages in ../shared when present.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { standardsFrameworkSchema } from '../schemas/index.ts';
import { gradeBandOf, importCase, readCasePackage, withAncestors, type CaseFramework } from '../src/lib/standards/case-import.ts';
import { validFramework } from './factories.ts';
import { projectRoot } from './helpers.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures', 'case');
const FILE = 'content/standards/sample-framework.yaml';
const packageText = readFileSync(join(FIXTURES, 'sample-framework.case.json'), 'utf8');
const packageJson = JSON.parse(packageText) as {
  CFItems: Array<{ humanCodingScheme?: string; uri: string; fullStatement: string }>;
};

function sample(): CaseFramework {
  const result = readCasePackage(packageText);
  if (!result.ok) throw new Error(result.message);
  return result.framework;
}

/** The factory's registry file, with a comment and an author's label, as an author keeps it. */
const authorFile = () =>
  `# Our own notes on the sample framework.\n${stringify(validFramework()).replace('  - code: SF-1\n', '  # Cited by the sample credential.\n  - code: SF-1\n')}`;

const coded = packageJson.CFItems.filter((item) => item.humanCodingScheme);

describe('readCasePackage', () => {
  it('keeps the coded items with their official URIs and skips the headings', () => {
    const framework = sample();
    expect(framework.items.map((item) => item.code).sort()).toEqual(coded.map((item) => item.humanCodingScheme).sort());
    expect(framework.headings).toBe(packageJson.CFItems.length - coded.length);
    for (const item of coded) expect(framework.items.find((kept) => kept.code === item.humanCodingScheme)?.uri).toBe(item.uri);
  });

  it('lists the items in outline order, each after the item above it', () => {
    const { items } = sample();
    for (const [index, item] of items.entries())
      if (item.parent) expect(items.findIndex((above) => above.code === item.parent)).toBeLessThan(index);
  });

  it('records the nearest coded ancestor as the parent, through headings', () => {
    const parents = Object.fromEntries(sample().items.map((item) => [item.code, item.parent]));
    // SF-1 and SF-2 sit under the heading "Students who demonstrate understanding can:", which sits under SF.
    expect(parents).toEqual({ SF: undefined, 'SF-1': 'SF', 'SF-2': 'SF', 'SF-3': 'SF' });
  });

  it('reads no statement text', () => {
    const read = JSON.stringify(sample());
    for (const item of packageJson.CFItems) expect(read).not.toContain(item.fullStatement);
  });

  it('turns education levels into a grade band', () => {
    expect(gradeBandOf(['09', '10', '11', '12'])).toBe('9-12');
    expect(gradeBandOf(['KG'])).toBe('K');
    expect(gradeBandOf(['KG', '01', '02'])).toBe('K-2');
    expect(gradeBandOf(['05'])).toBe('5');
    expect(gradeBandOf(['PK'])).toBeUndefined();
    expect(gradeBandOf(undefined)).toBeUndefined();
  });

  it.each([
    ['not JSON', '{ "CFDocument": ', /^not JSON \(/],
    ['a list', '[]', /^not a CASE package \(the file holds a list/],
    ['no CFDocument', JSON.stringify({ CFItems: [] }), /^not a CASE package: CFDocument is missing$/],
    ['no CFItems', JSON.stringify({ CFDocument: JSON.parse(packageText).CFDocument }), /^not a CASE package: CFItems is missing$/],
    [
      'a number for a uri',
      readFileSync(join(FIXTURES, 'malformed.case.json'), 'utf8'),
      /^not a CASE package: CFItems\[1\]\.uri should be text \(found number\)$/,
    ],
  ])('refuses a package with %s, in one sentence', (_, text, message) => {
    const result = readCasePackage(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toMatch(message);
      expect(result.message).not.toContain('\n');
    }
  });
});

describe('importCase', () => {
  it('creates a valid registry file with the package facts and no statement text', () => {
    const framework = sample();
    const result = importCase(FILE, undefined, 'sample-framework', framework, framework.items);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.created).toBe(true);
    const data = parse(result.text);
    expect(standardsFrameworkSchema.safeParse(data).success).toBe(true);
    expect(data).toMatchObject({ id: 'sample-framework', name: 'Sample Framework Standards', publisher: 'Sample Publisher', year: 2021 });
    expect(data.items.map((item: { code: string }) => item.code)).toEqual(framework.items.map((item) => item.code));
    expect(data.items.every((item: { label?: string }) => item.label === undefined)).toBe(true);
    for (const item of packageJson.CFItems) expect(result.text).not.toContain(item.fullStatement);
    expect(result.text).toMatch(/^# .*\n# .*npm run import:case/);
  });

  it("keeps an author's label and comments, updates the official fields, adds the new items and leaves the rest alone", () => {
    const framework = sample();
    const before = authorFile().replace(
      'items:\n',
      'items:\n  - code: OURS-1\n    label: An item the package does not have\n    gradeBand: 9-12\n',
    );
    const result = importCase(FILE, before, 'sample-framework', framework, framework.items);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.report).toMatchObject({
      added: ['SF', 'SF-2', 'SF-3'],
      changed: [{ code: 'SF-1', fields: ['uri', 'parent'] }],
      unchanged: [],
      leftAlone: ['OURS-1'],
    });
    expect(result.text).toContain('# Our own notes on the sample framework.');
    expect(result.text).toContain('# Cited by the sample credential.');
    const items = parse(result.text).items as Array<Record<string, string>>;
    expect(items.find((item) => item.code === 'SF-1')).toEqual({
      code: 'SF-1',
      label: (validFramework().items as Array<{ label: string }>)[0]!.label,
      gradeBand: '9-12',
      uri: coded.find((item) => item.humanCodingScheme === 'SF-1')!.uri,
      parent: 'SF',
    });
    expect(items.find((item) => item.code === 'OURS-1')).toEqual({
      code: 'OURS-1',
      label: 'An item the package does not have',
      gradeBand: '9-12',
    });
    // A parent goes in front of its child.
    expect(items.findIndex((item) => item.code === 'SF')).toBeLessThan(items.findIndex((item) => item.code === 'SF-1'));
    for (const item of packageJson.CFItems) expect(result.text).not.toContain(item.fullStatement);
  });

  it('changes nothing, byte for byte, when the same package is imported again', () => {
    const framework = sample();
    const first = importCase(FILE, authorFile(), 'sample-framework', framework, framework.items);
    if (!first.ok) throw new Error(first.message);
    const second = importCase(FILE, first.text, 'sample-framework', framework, framework.items);
    expect(second).toMatchObject({ ok: true, text: first.text, report: { added: [], changed: [] } });
  });

  it("keeps an author's wider grade band, and reports it", () => {
    const framework = sample();
    const before = authorFile().replace('gradeBand: 9-12', 'gradeBand: K-12');
    const result = importCase(FILE, before, 'sample-framework', framework, framework.items);
    if (!result.ok) throw new Error(result.message);
    expect(parse(result.text).items.find((item: { code: string }) => item.code === 'SF-1').gradeBand).toBe('K-12');
    expect(result.report.widerGradeBands).toEqual([{ code: 'SF-1', kept: 'K-12', package: '9-12' }]);
  });

  it('refuses a file it cannot merge into, in one sentence', () => {
    const framework = sample();
    const result = importCase(FILE, 'id: sample-framework\nitems: [unclosed\n', 'sample-framework', framework, framework.items);
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/^the file is not valid YAML/) });
  });
});

describe('withAncestors', () => {
  it('selects the cited codes and every coded item above them, in outline order', () => {
    const { items } = sample();
    expect(withAncestors(items, ['SF-1']).map((item) => item.code)).toEqual(['SF', 'SF-1']);
    expect(withAncestors(items, ['NOT-LISTED'])).toEqual([]);
  });
});

const caseDir = join(projectRoot, '..', 'shared', 'standards', 'case');
const PACKAGES: Record<string, string> = { ngss: 'ngss-science-2013.case.json', 'ccss-math': 'ccss-math-2010.case.json' };

describe.skipIf(!existsSync(caseDir))('the published CASE packages in ../shared', () => {
  it.each(Object.entries(PACKAGES))(
    '%s imports in full over our registry file, keeping our labels, and a second time changes nothing',
    (id, name) => {
      const text = readFileSync(join(caseDir, name), 'utf8');
      const read = readCasePackage(text);
      if (!read.ok) throw new Error(read.message);
      const file = `content/standards/${id}.yaml`;
      const ours = readFileSync(join(projectRoot, file), 'utf8');
      const first = importCase(file, ours, id, read.framework, read.framework.items);
      if (!first.ok) throw new Error(first.message);
      const imported = parse(first.text);
      expect(standardsFrameworkSchema.safeParse(imported).success).toBe(true);
      for (const item of parse(ours).items as Array<{ code: string; label: string }>)
        expect(imported.items.find((kept: { code: string }) => kept.code === item.code).label).toBe(item.label);
      const statements = (JSON.parse(text).CFItems as Array<{ fullStatement: string }>)
        .map((item) => item.fullStatement)
        .filter((statement) => statement.length > 40);
      expect(statements.filter((statement) => first.text.includes(statement))).toEqual([]);
      const second = importCase(file, first.text, id, read.framework, read.framework.items);
      expect(second).toMatchObject({ ok: true, text: first.text });
    },
  );
});
