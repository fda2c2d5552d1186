import { describe, expect, it } from 'vitest';
import { credentialSchema, programSchema, type Credential } from '../schemas/index.ts';
import { layoutPathwayMap, wrapTitle } from '../src/lib/site/pathway-map.ts';
import { credentialFacetValues, searchFacets } from '../src/lib/site/search-facets.ts';
import { coverageMatrix, hourBand, leadsTo, stackHours, standardAnchor } from '../src/lib/site/site-model.ts';
import { validAlignment, validCredential, validFramework, validPathway, validProgram } from './factories.ts';

const credential = (overrides: Record<string, unknown> = {}): Credential => credentialSchema.parse(validCredential(overrides));
const program = programSchema.parse(
  validProgram({
    pathways: [
      validPathway(),
      validPathway({ id: 'ddem', name: 'DDEM', codePrefix: 'DDEM', description: 'Digital design and emergent media pathway courses.' }),
    ],
  }),
);
const framework = validFramework() as never;

describe('hourBand()', () => {
  it.each([
    [8, 'up-to-10'],
    [10, 'up-to-10'],
    [12, 'up-to-12'],
    [15, 'over-12'],
  ])('puts a credential of at most %i hours in %s', (max, band) => {
    expect(hourBand(credential({ estimatedHours: { min: 5, max } })).id).toBe(band);
  });
});

describe('leadsTo() and stackHours()', () => {
  const first = credential({ id: 'first' });
  const second = credential({ id: 'second', code: 'STEM-1.8', recommendedBefore: ['first'], estimatedHours: { min: 6, max: 9 } });
  it('finds the credentials that recommend or require this one first', () => {
    expect(leadsTo('first', [first, second]).map((entry) => entry.id)).toEqual(['second']);
  });
  it('adds up the hours of a stack, skipping unknown members', () => {
    expect(
      stackHours({ id: 's', title: 'S', pathway: 'p', description: 'd', credentials: ['first', 'second', 'ghost'] }, [first, second]),
    ).toEqual({ min: 11, max: 19 });
  });
});

describe('coverageMatrix()', () => {
  it('counts alignments per standard and credential, listing unaddressed standards with zero', () => {
    const extra = validFramework({
      items: [
        { code: 'SF-1', label: 'A short label of our own' },
        { code: 'SF-2', label: 'Another label of our own' },
      ],
    }) as never;
    const rows = coverageMatrix([extra], [{ credential: credential(), rubric: undefined, alignment: validAlignment() as never }]);
    expect(rows.map((row) => [row.item.code, row.total, row.counts.get('sample-credential')])).toEqual([
      ['SF-1', 2, 2],
      ['SF-2', 0, undefined],
    ]);
  });
});

describe('standardAnchor()', () => {
  it('makes an id that starts with a letter from any code', () => {
    expect(standardAnchor('3A-AP-16')).toBe('std-3a-ap-16');
    expect(standardAnchor('RST.9-10.3')).toBe('std-rst-9-10-3');
  });
});

describe('credentialFacetValues() and searchFacets()', () => {
  const bundle = { credential: credential(), rubric: undefined, alignment: validAlignment() as never };
  it('gives a Level 1 credential every pathway and its evidence types', () => {
    const values = credentialFacetValues(bundle, program, [framework]);
    expect(values.level).toEqual(['Level 1']);
    expect(values.pathway).toEqual(['Pre-Engineering', 'DDEM']);
    expect(values.standard).toEqual(['SF SF-1', 'sample-educators E-1']);
    expect(values.evidence).toContain('Video of instruction');
  });
  it('counts each facet value once per credential', () => {
    const facets = searchFacets([bundle, { ...bundle, credential: credential({ id: 'other', code: 'STEM-1.8' }) }], program, [framework]);
    expect(facets.find((facet) => facet.id === 'level')!.values).toEqual([{ value: 'Level 1', label: 'Level 1', count: 2 }]);
  });
});

describe('layoutPathwayMap()', () => {
  it('wraps titles on whole words and never truncates them', () => {
    const title = 'Including the Application of Legal and Industry Best Practices for DDEM';
    expect(wrapTitle(title).join(' ')).toBe(title);
    expect(Math.max(...wrapTitle(title).map((line) => line.length))).toBeLessThanOrEqual(34);
  });

  it('puts shared credentials in column 1 and each pathway in its own lane, left to right by level', () => {
    const shared = credential({ id: 'shared' });
    const level2 = credential({ id: 'pe-two', code: 'PE-2.1', level: 2, pathway: 'pre-engineering' });
    const level3 = credential({ id: 'pe-three', code: 'PE-3.1', level: 3, pathway: 'pre-engineering' });
    const map = layoutPathwayMap([shared, level2, level3], program);
    const x = (id: string) => map.nodes.find((node) => node.credential.id === id)!.x;
    expect(x('shared')).toBeLessThan(x('pe-two'));
    expect(x('pe-two')).toBeLessThan(x('pe-three'));
    expect(map.lanes.map((lane) => lane.pathway.id)).toEqual(['pre-engineering', 'ddem']);
    expect(map.edges).toHaveLength(2);
  });
});
