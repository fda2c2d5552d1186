import { describe, expect, it } from 'vitest';
import { credentialSchema, programSchema, type Credential } from '../schemas/index.ts';
import { layoutPathwayMap, MAP_CELL_LIMIT, mapCells, wrapTitle } from '../src/lib/site/pathway-map.ts';
import { credentialFacetValues, facetContext, FACET_VALUES_IN_PAGE, searchFacets, valuesOnDemand } from '../src/lib/site/search-facets.ts';
import { coverageMatrix, leadsTo, stackHours, standardAnchor, type CredentialBundle } from '../src/lib/site/site-model.ts';
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
    const alignment = validAlignment() as { alignments: Array<Record<string, string>> };
    alignment.alignments.push({ ...alignment.alignments[0]!, addressedBy: 'student-materials' });
    const rows = coverageMatrix([extra], [{ credential: credential(), rubric: undefined, alignment: alignment as never }]);
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
  const bundleOf = (overrides: Record<string, unknown>): CredentialBundle => ({ ...bundle, credential: credential(overrides) });
  const facetsOf = (bundles: CredentialBundle[]) => searchFacets(bundles, facetContext(bundles, program, [framework], []));

  it('gives a Level 1 credential every pathway and its evidence types', () => {
    const values = credentialFacetValues(bundle, facetContext([bundle], program, [framework], []));
    expect(values.level).toEqual(['Level 1']);
    expect(values.pathway).toEqual(['Pre-Engineering', 'DDEM']);
    expect(values.standard).toEqual(['SF SF-1', 'sample-educators E-1']);
    expect(values.evidence).toContain('Video of instruction');
  });

  it('counts each facet value once per credential', () => {
    const level2 = bundleOf({ id: 'other', code: 'PE-2.8', level: 2, pathway: 'pre-engineering' });
    const facets = facetsOf([bundle, level2, bundleOf({ id: 'third', code: 'STEM-1.9' })]);
    expect(facets.find((facet) => facet.id === 'level')!.values).toEqual([
      { value: 'Level 1', label: 'Level 1', count: 2 },
      { value: 'Level 2', label: 'Level 2', count: 1 },
    ]);
  });

  it('offers "up to N hours" limits that hold every credential needing at most N hours, as the cards say', () => {
    const bundles = [6, 9, 12].map((max, index) =>
      bundleOf({ id: `c${index}`, code: `STEM-1.${index + 1}`, estimatedHours: { min: 5, max } }),
    );
    const context = facetContext(bundles, program, [framework], []);
    expect(credentialFacetValues(bundles[1]!, context).hours).toEqual(['Up to 9 hours', 'Up to 12 hours']);
    expect(
      searchFacets(bundles, context)
        .find((facet) => facet.id === 'hours')!
        .values.map((value) => [value.label, value.count]),
    ).toEqual([
      ['Up to 6 hours', 1],
      ['Up to 9 hours', 2],
    ]);
  });

  it('leaves out values every credential carries, and a facet with nothing left to narrow', () => {
    const facets = facetsOf([bundle, bundleOf({ id: 'other', code: 'STEM-1.8' })]);
    expect(facets.map((facet) => facet.id)).toEqual([]);
  });

  it('lets a teacher find what counts toward a micro-endorsement', () => {
    const level2 = bundleOf({ id: 'other', code: 'PE-2.8', level: 2, pathway: 'pre-engineering' });
    const stack = { id: 'pe', title: 'PE endorsement', pathway: 'pre-engineering', description: 'd', credentials: ['other'] };
    const context = facetContext([bundle, level2], program, [framework], [stack]);
    expect(credentialFacetValues(level2, context).stack).toEqual(['PE endorsement']);
    expect(searchFacets([bundle, level2], context).find((facet) => facet.id === 'stack')!.values).toMatchObject([
      { value: 'PE endorsement', count: 1 },
    ]);
  });

  it('says how pathway counts treat the credentials that serve every pathway', () => {
    const level2 = bundleOf({ id: 'other', code: 'PE-2.8', level: 2, pathway: 'pre-engineering' });
    const pathway = facetsOf([bundle, level2]).find((facet) => facet.id === 'pathway')!;
    expect(pathway.values.map((value) => [value.value, value.count])).toEqual([['DDEM', 1]]);
    expect(pathway.note).toMatch(/the 1 that serve all pathways count under each/);
  });

  it("shows each standard with its framework's plain-words label", () => {
    const level2 = bundleOf({ id: 'other', code: 'PE-2.8', level: 2, pathway: 'pre-engineering' });
    const standards = searchFacets([bundle, { ...level2, alignment: undefined }], facetContext([bundle], program, [framework], []));
    const item = (framework as { items: Array<{ code: string; label: string }> }).items[0]!;
    const values = standards.find((facet) => facet.id === 'standard')!.values;
    expect(values.find((value) => value.value === `SF ${item.code}`)).toMatchObject({ detail: item.label });
  });
  it.each([FACET_VALUES_IN_PAGE, FACET_VALUES_IN_PAGE + 1, 500])(
    'holds at most FACET_VALUES_IN_PAGE values of a facet of %i in the catalog page, and every other one on demand, each once',
    (count) => {
      const codes = Array.from({ length: count }, (_, index) => `SF-${index + 1}`);
      const wide = { ...(framework as object), items: codes.map((code) => ({ code, label: `Label of ${code}` })) } as never;
      const bundles = codes.map((code, index) => ({
        ...bundleOf({ id: `c${index}`, code: `STEM-1.${index + 1}` }),
        alignment: {
          alignments: [{ framework: 'sample-framework', code, addressedBy: 'lesson-plan', rationale: 'Addresses it.' }],
        } as never,
      }));
      const facets = searchFacets(bundles, facetContext(bundles, program, [wide], []));
      const standard = facets.find((facet) => facet.id === 'standard')!;
      for (const facet of facets) expect(facet.inPage).toBeLessThanOrEqual(FACET_VALUES_IN_PAGE);
      const onDemand = valuesOnDemand(facets).standard ?? [];
      expect([...standard.values.slice(0, standard.inPage), ...onDemand].map((value) => value.value)).toEqual(
        standard.values.map((value) => value.value),
      );
      expect(onDemand.length > 0).toBe(count > FACET_VALUES_IN_PAGE);
    },
  );
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

  /** `count` credentials in one cell: a pathway at one level, or the all-pathways group. */
  const cellOf = (count: number, pathway: string, level: number, prefix: string) =>
    Array.from({ length: count }, (_, index) => ({
      ...credential(),
      id: `${pathway}-${level}-${index}`,
      code: `${prefix}-${level}.${index + 1}`,
      level,
      pathway,
    }));

  it('draws every credential when every cell fits, with no "more" box', () => {
    const credentials = [...cellOf(MAP_CELL_LIMIT, 'all', 1, 'STEM'), ...cellOf(MAP_CELL_LIMIT, 'pre-engineering', 2, 'PE')];
    const map = layoutPathwayMap(credentials, program);
    expect(map.nodes.map((node) => node.credential.id).sort()).toEqual(credentials.map((entry) => entry.id).sort());
    expect(map.more).toEqual([]);
  });

  it.each([MAP_CELL_LIMIT + 1, 2000])(
    'summarizes a cell of %i credentials in MAP_CELL_LIMIT boxes, the last counting the rest and linking to them',
    (count) => {
      const map = layoutPathwayMap([...cellOf(count, 'all', 1, 'STEM'), ...cellOf(count, 'ddem', 3, 'DDEM')], program);
      expect(map.nodes.length + map.more.length).toBe(2 * MAP_CELL_LIMIT);
      const [shared, ddem] = mapCells([...cellOf(count, 'all', 1, 'STEM'), ...cellOf(count, 'ddem', 3, 'DDEM')], program);
      for (const cell of [shared!, ddem!]) expect(cell.shown.length + cell.more!.count).toBe(count);
      expect(ddem!.more!.href).toBe('/pathways/ddem/#level-3');
      expect(shared!.more!.href).toBe('/catalog/?level=Level+1');
      // Each "more" box sits below the boxes of its cell, in the cell's column.
      for (const box of map.more) {
        const column = map.nodes.filter((node) => node.x === box.x);
        expect(Math.max(...column.map((node) => node.y))).toBeLessThan(box.y);
      }
    },
  );

  it('is the same size for 2,000 credentials a cell as for one past a full cell', () => {
    const full = (count: number) => [
      ...cellOf(count, 'all', 1, 'STEM'),
      ...cellOf(count, 'pre-engineering', 2, 'PE'),
      ...cellOf(count, 'ddem', 3, 'DDEM'),
    ];
    const small = layoutPathwayMap(full(MAP_CELL_LIMIT + 1), program);
    const large = layoutPathwayMap(full(2000), program);
    expect([large.width, large.height]).toEqual([small.width, small.height]);
    expect(large.nodes.length + large.more.length).toBe(small.nodes.length + small.more.length);
  });
});
