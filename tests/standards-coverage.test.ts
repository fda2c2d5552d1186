import { describe, expect, it } from 'vitest';
import { credentialSchema, programSchema, standardsFrameworkSchema } from '../schemas/index.ts';
import { pathwayGroups } from '../src/lib/content/program.ts';
import type { CredentialBundle } from '../src/lib/site/site-model.ts';
import {
  citationsOf,
  countByPathway,
  frameworkSummary,
  hasStandardPages,
  MATRIX_COLUMNS,
  matrixPages,
  STANDARD_PAGE_SIZE,
  STANDARD_PREVIEW,
  standardPages,
  standardSections,
  standardsPaths,
} from '../src/lib/site/standards-coverage.ts';
import { validCredential, validFramework, validPathway, validProgram } from './factories.ts';

const program = programSchema.parse(
  validProgram({
    pathways: [
      validPathway(),
      validPathway({ id: 'ddem', name: 'DDEM', codePrefix: 'DDEM', description: 'Digital design and emergent media pathway courses.' }),
    ],
  }),
);
const framework = standardsFrameworkSchema.parse(
  validFramework({
    items: ['SF-1', 'SF-2', 'SF-3', 'SF-4'].map((code) => ({ code, label: `A short label of our own for ${code}` })),
  }),
);
const template = credentialSchema.parse(validCredential());
const homes = pathwayGroups(program).map((group) => group.id);

/**
 * A synthetic catalog of `size` credentials in catalog order: credential i addresses SF-1, every
 * second one also SF-2 (twice, by two artifacts), every third one SF-3; none addresses SF-4.
 */
function catalog(size: number): CredentialBundle[] {
  return Array.from({ length: size }, (_, index) => {
    const codes = ['SF-1', ...(index % 2 === 0 ? ['SF-2', 'SF-2'] : []), ...(index % 3 === 0 ? ['SF-3'] : [])];
    return {
      credential: { ...template, id: `credential-${index}`, code: `STEM-1.${index + 1}`, pathway: homes[index % homes.length]! },
      rubric: undefined,
      alignment: {
        alignments: codes.map((code, entry) => ({
          framework: framework.id,
          code,
          addressedBy: entry % 2 === 0 ? 'classroom-video' : 'lesson-plan',
          rationale: 'The evidence shows students working toward this standard.',
        })),
      },
    };
  });
}

const SIZES = [0, 1, STANDARD_PREVIEW, STANDARD_PREVIEW + 1, 1000, 2000];

describe('standardSections()', () => {
  it.each(SIZES)(
    'lists at most STANDARD_PREVIEW credentials under each standard of a %i-credential catalog, the first in catalog order, and counts them all',
    (size) => {
      const bundles = catalog(size);
      for (const section of standardSections(framework, bundles, program)) {
        const citations = citationsOf(framework.id, section.item.code, bundles);
        expect(section.shown.length).toBeLessThanOrEqual(STANDARD_PREVIEW);
        expect(section.shown).toEqual(citations.slice(0, STANDARD_PREVIEW));
        expect(section.total).toBe(citations.length);
        expect(section.byPathway.total).toBe(citations.length);
      }
    },
  );
});

describe('citationsOf()', () => {
  it('names a credential once per standard, keeping each of its alignments to it', () => {
    const citations = citationsOf(framework.id, 'SF-2', catalog(4));
    expect(citations.map((citation) => [citation.bundle.credential.id, citation.alignments.length])).toEqual([
      ['credential-0', 2],
      ['credential-2', 2],
    ]);
  });
});

describe('standardPages()', () => {
  it.each(SIZES)(
    "gives a standard pages of its own only when its framework's page cannot list every credential, each credential once, at most STANDARD_PAGE_SIZE a page (%i credentials)",
    (size) => {
      const bundles = catalog(size);
      for (const item of framework.items) {
        const citations = citationsOf(framework.id, item.code, bundles);
        const pages = standardPages(framework.id, item.code, bundles);
        expect(hasStandardPages({ total: citations.length })).toBe(citations.length > STANDARD_PREVIEW);
        expect(pages.every((page) => page.items.length <= STANDARD_PAGE_SIZE)).toBe(true);
        expect(pages.flatMap((page) => page.items)).toEqual(citations);
      }
    },
  );
});

describe('matrixPages()', () => {
  it.each(SIZES)(
    'cuts the alignment matrix of a %i-credential catalog into pages of at most MATRIX_COLUMNS credentials, every standard a row on every page',
    (size) => {
      const bundles = catalog(size);
      const pages = matrixPages(framework, bundles);
      const citing = bundles.filter((bundle) => (bundle.alignment?.alignments.length ?? 0) > 0);
      expect(pages.flatMap((page) => page.items)).toEqual(citing);
      for (const page of pages) {
        expect(page.items.length).toBeLessThanOrEqual(MATRIX_COLUMNS);
        expect(page.rows.map((row) => row.item.code)).toEqual(framework.items.map((item) => item.code));
        for (const row of page.rows) expect(row.counts).toHaveLength(page.items.length);
      }
      // Each row's total is the whole catalog's alignments to the standard: the sum of its cells over every page.
      framework.items.forEach((item, index) => {
        const alignments = bundles.flatMap((bundle) => bundle.alignment?.alignments ?? []).filter((entry) => entry.code === item.code);
        const cells = pages.flatMap((page) => page.rows[index]!.counts);
        expect(pages[0]!.rows[index]!.total).toBe(alignments.length);
        expect(cells.reduce((sum, count) => sum + count, 0)).toBe(alignments.length);
      });
    },
  );
});

describe('frameworkSummary()', () => {
  it('counts the standards listed and addressed, the credentials citing the framework and their alignments, and names the unaddressed ones', () => {
    const summary = frameworkSummary(framework, catalog(6));
    expect(summary).toMatchObject({ listed: 4, addressed: 3, credentials: 6, alignments: 6 + 3 * 2 + 2 });
    expect(summary.unaddressed.map((item) => item.code)).toEqual(['SF-4']);
  });
});

describe('countByPathway()', () => {
  it("counts each credential once, under its home pathway, in the program's order with the all-pathways group first", () => {
    const bundles = catalog(7);
    const { counts, total } = countByPathway(bundles, program);
    expect(counts).toEqual(homes.map((home) => bundles.filter((bundle) => bundle.credential.pathway === home).length));
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(total);
    expect(homes[0]).toBe(program.allPathways.id);
  });
});

describe('standardsPaths', () => {
  it("names a standard's own pages after its anchor on the framework page, which never reads as a page number", () => {
    expect(standardsPaths.section('csta', '3A-AP-16')).toBe('/standards/csta/#std-3a-ap-16');
    expect(standardsPaths.standard('csta', '3A-AP-16')).toBe('/standards/csta/std-3a-ap-16/');
    expect(standardsPaths.standard('x', '2')).not.toMatch(/\/\d+\/$/);
  });
});
