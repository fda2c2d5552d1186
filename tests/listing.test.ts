/**
 * Listings stay small whatever the size of the catalog: catalog pages, a pathway page's levels, the
 * pagination bar, the plan's list to add from and the compare chooser, on synthetic catalogs of any
 * size, never today's content.
 */
import { describe, expect, it } from 'vitest';
import { credentialSchema, programSchema, type Credential } from '../schemas/index.ts';
import {
  CARDS_PER_PAGE,
  levelPreviewSize,
  matchesText,
  pageCountOf,
  pageLinks,
  pageOf,
  pagePath,
  pageParam,
  paginate,
  preview,
  showingText,
} from '../src/lib/site/listing.ts';
import { compareChoices, MAX_COMPARE, MAX_PLAN_SIZE } from '../src/lib/site/plan.ts';
import { pathwayLevelGroups } from '../src/lib/site/site-model.ts';
import { validCredential, validPathway, validProgram } from './factories.ts';

const SIZES = [0, 1, CARDS_PER_PAGE - 1, CARDS_PER_PAGE, CARDS_PER_PAGE + 1, 1000, 2000];
const numbers = (count: number) => Array.from({ length: count }, (_, index) => index + 1);

const base = credentialSchema.parse(validCredential());
const program = programSchema.parse(
  validProgram({
    pathways: [
      validPathway(),
      validPathway({ id: 'ddem', name: 'DDEM', codePrefix: 'DDEM', description: 'Digital design and emergent media pathway courses.' }),
    ],
  }),
);
/** A synthetic catalog of `count` credentials spread over every pathway and level the program allows. */
function catalogOf(count: number): Credential[] {
  const cells = [
    ...program.allPathways.levels.map((level) => ({ pathway: program.allPathways.id, prefix: program.allPathways.codePrefix, level })),
    ...program.pathways.flatMap((pathway) => pathway.levels.map((level) => ({ pathway: pathway.id, prefix: pathway.codePrefix, level }))),
  ];
  return numbers(count).map((number) => {
    const cell = cells[number % cells.length]!;
    return {
      ...base,
      id: `credential-${number}`,
      code: `${cell.prefix}-${cell.level}.${number}`,
      level: cell.level,
      pathway: cell.pathway,
    };
  });
}

describe('catalog pages', () => {
  it.each(SIZES)('hold at most CARDS_PER_PAGE cards each, and every credential once, in order, for %i credentials', (size) => {
    const items = numbers(size);
    const pages = paginate(items);
    expect(pages).toHaveLength(pageCountOf(size));
    for (const page of pages) expect(page.items.length).toBeLessThanOrEqual(CARDS_PER_PAGE);
    expect(pages.flatMap((page) => page.items)).toEqual(items);
    expect(pages.map((page) => page.number)).toEqual(numbers(pages.length));
  });

  it('make an empty catalog one empty page, which shows the empty state', () => {
    expect(paginate([])).toEqual([{ number: 1, pageCount: 1, items: [], first: 0, last: 0, total: 0 }]);
  });

  it('say which cards a page shows, and "all" when one page holds them', () => {
    expect(showingText(pageOf(numbers(18), 1))).toBe('Showing all 18 credentials.');
    expect(showingText(pageOf(numbers(1000), 2))).toBe(`Showing ${CARDS_PER_PAGE + 1}–${2 * CARDS_PER_PAGE} of 1,000 credentials.`);
    expect(showingText(pageOf(numbers(1000), pageCountOf(1000)))).toMatch(/^Showing [\d,]+–1,000 of 1,000 credentials\.$/);
  });

  it('clamp a page number out of range to the pages there are', () => {
    expect(pageOf(numbers(100), 0).number).toBe(1);
    expect(pageOf(numbers(100), 99).number).toBe(pageCountOf(100));
    expect(pageOf(numbers(100), Number.NaN).number).toBe(1);
  });

  it('live at /catalog/ and then /catalog/2/, …, the first page taking no route parameter', () => {
    expect(pagePath('/catalog/', 1)).toBe('/catalog/');
    expect(pagePath('/catalog/', 3)).toBe('/catalog/3/');
    expect([pageParam(1), pageParam(2)]).toEqual([undefined, '2']);
  });
});

describe('the pagination bar', () => {
  it.each([1, 2, 7, 8, 42])(
    'links to the first, the last, the current page and its neighbors, in at most 7 entries, for %i pages',
    (count) => {
      for (const current of numbers(count)) {
        const links = pageLinks(current, count);
        expect(links.length).toBeLessThanOrEqual(7);
        const pages = links.filter((link): link is number => link !== null);
        expect(pages).toEqual([...new Set(pages)].sort((a, b) => a - b));
        for (const wanted of [1, current, count, current - 1, current + 1].filter((page) => page >= 1 && page <= count))
          expect(pages).toContain(wanted);
        // A gap stands exactly where numbers are skipped.
        links.forEach((link, index) => {
          if (link === null) expect(links[index + 1]! - links[index - 1]!).toBeGreaterThan(1);
          else if (index > 0 && links[index - 1] !== null) expect(link - (links[index - 1] as number)).toBe(1);
        });
      }
    },
  );
});

describe('search results', () => {
  it('say how many of the catalog match, and which of them a page shows when they take more than one', () => {
    expect(matchesText(pageOf(numbers(1), 1), 18)).toBe('1 of 18 credentials match.');
    expect(matchesText(pageOf([], 1), 18)).toBe('No credential matches. Remove a filter or try another word.');
    expect(matchesText(pageOf(numbers(130), 3), 2000)).toBe(
      `130 of 2,000 credentials match. Showing ${2 * CARDS_PER_PAGE + 1}–${Math.min(130, 3 * CARDS_PER_PAGE)}.`,
    );
  });
});

describe('a summary of a group', () => {
  it.each([0, 3, 5, 6, 2000])('shows at most the limit, the whole group when it fits, and counts the rest, for %i items', (size) => {
    const items = numbers(size);
    const { shown, more } = preview(items, 5);
    expect(shown.length + (more > 0 ? 1 : 0)).toBeLessThanOrEqual(5);
    expect([...shown, ...items.slice(shown.length)]).toEqual(items);
    expect(shown.length + more).toBe(size);
    if (size <= 5) expect(more).toBe(0);
    else expect(more).toBeGreaterThan(1);
  });
});

describe('a pathway page', () => {
  it.each([18, 1000, 2000])('holds at most CARDS_PER_PAGE cards however many of its %i credentials it serves', (size) => {
    const credentials = catalogOf(size);
    for (const pathway of program.pathways) {
      const groups = pathwayLevelGroups(credentials, program, pathway.id);
      const cards = groups.reduce(
        (sum, group) => sum + preview(group.credentials, levelPreviewSize(program.levels.length)).shown.length,
        0,
      );
      expect(cards).toBeLessThanOrEqual(CARDS_PER_PAGE);
      // Every credential the pathway serves is on its page or on its level's own pages.
      expect(groups.reduce((sum, group) => sum + group.credentials.length, 0)).toBe(
        credentials.filter((credential) => [program.allPathways.id, pathway.id].includes(credential.pathway)).length,
      );
    }
  });

  it('shares one page between up to nine levels, as many as a program may have', () => {
    for (const levels of numbers(9)) expect(levels * levelPreviewSize(levels)).toBeLessThanOrEqual(CARDS_PER_PAGE);
  });
});

describe('the compare chooser', () => {
  it('offers the whole catalog while it fits one catalog page', () => {
    const ids = catalogOf(CARDS_PER_PAGE).map((credential) => credential.id);
    expect(compareChoices(ids, [], [], CARDS_PER_PAGE)).toEqual(ids);
  });

  it.each([CARDS_PER_PAGE + 1, 2000])('offers only the credentials compared and planned, in catalog order, in a catalog of %i', (size) => {
    const ids = catalogOf(size).map((credential) => credential.id);
    const planned = ids.slice(-MAX_PLAN_SIZE).reverse();
    const compared = [ids[0]!, ids.at(-1)!, ids[1]!];
    const choices = compareChoices(ids, planned, compared, CARDS_PER_PAGE);
    expect(choices.length).toBeLessThanOrEqual(MAX_PLAN_SIZE + MAX_COMPARE);
    expect(choices).toEqual(ids.filter((id) => planned.includes(id) || compared.includes(id)));
  });
});
