/** Page types are found by address in any build, so the benchmark weighs the same kinds of page at every size. */
import { describe, expect, it } from 'vitest';
import { PAGE_TYPES, pagesByType, representativePages } from '../../src/lib/reports/page-weights.ts';

const pages = [
  '/',
  '/catalog/',
  '/credentials/b/',
  '/credentials/a/',
  '/credentials/a/rubric/',
  '/credentials/a/one-pager/',
  '/standards/',
  '/standards/ngss/',
  '/stacks/x/',
  '/404.html',
  '/plan/',
];

describe('page types', () => {
  it('sorts every page into its type by address, in path order, and leaves out types with no page', () => {
    const types = pagesByType(pages);
    expect(types.find((entry) => entry.type === 'credential')!.paths).toEqual(['/credentials/a/', '/credentials/b/']);
    expect(types.find((entry) => entry.type === 'rubric')!.paths).toEqual(['/credentials/a/rubric/']);
    expect(types.map((entry) => entry.type)).not.toContain('pathway');
    expect(types.flatMap((entry) => entry.paths)).not.toContain('/404.html');
  });

  it('picks the first page of each type as its representative', () => {
    expect(representativePages(pages)).toContainEqual({ type: 'credential', path: '/credentials/a/' });
    expect(representativePages(pages)).toContainEqual({ type: 'framework', path: '/standards/ngss/' });
  });

  it('names, for every type, a page of that type in PAGE_TYPES', () => {
    expect(representativePages(PAGE_TYPES.map((page) => page.path))).toEqual(PAGE_TYPES);
  });
});
