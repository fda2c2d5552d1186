import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageRoutes, pagesByRoute, samplePages } from '../../src/lib/site/page-routes.ts';
import { writeProject } from '../factories.ts';
import { builtPages, DIST } from './site-fixture.ts';

describe('page kinds', () => {
  it('reads one kind per .astro route, literal routes before parameters, and no data endpoints', () => {
    const root = writeProject({
      'src/pages/index.astro': '',
      'src/pages/404.astro': '',
      'src/pages/catalog.astro': '',
      'src/pages/credentials/[id]/index.astro': '',
      'src/pages/credentials/[id]/rubric.astro': '',
      'src/pages/credentials/[id]/ctdl.json.ts': '',
      'src/pages/standards/[framework].astro': '',
      'src/pages/standards/index.astro': '',
      'src/pages/changes/[...page].astro': '',
    });
    expect(pageRoutes(join(root, 'src/pages')).map((route) => route.route)).toEqual([
      '/',
      '/404.html',
      '/catalog/',
      '/standards/',
      '/changes/[...page]/',
      '/credentials/[id]/',
      '/credentials/[id]/rubric/',
      '/standards/[framework]/',
    ]);
  });

  it('lets a rest parameter stand for nothing, so the first page of a listing is of its kind', () => {
    const root = writeProject({ 'src/pages/changes/[...page].astro': '' });
    const [route] = pageRoutes(join(root, 'src/pages'));
    expect(['/changes/', '/changes/2/', '/changes/12/'].every((path) => route!.pattern.test(path))).toBe(true);
    expect(route!.pattern.test('/changesx/')).toBe(false);
  });

  it('samples every kind of a build: its only page, or its longest and shortest', () => {
    const dist = writeProject({});
    const page = (path: string, bytes: number) => {
      mkdirSync(join(dist, path), { recursive: true });
      writeFileSync(join(dist, path, 'index.html'), 'x'.repeat(bytes));
    };
    page('/', 10);
    for (const [id, bytes] of [
      ['a', 30],
      ['b', 90],
      ['c', 50],
      ['d', 10],
    ] as const)
      page(`/credentials/${id}/`, bytes);
    const routes = [
      { route: '/', pattern: /^\/$/ },
      { route: '/credentials/[id]/', pattern: /^\/credentials\/[^/]+\/$/ },
    ];
    const paths = ['/', '/credentials/a/', '/credentials/b/', '/credentials/c/', '/credentials/d/'];
    expect(samplePages(dist, paths, routes)).toEqual(['/', '/credentials/b/', '/credentials/d/']);
  });

  it('puts every page of the real build under a route of src/pages', () => {
    const routes = pageRoutes(join(import.meta.dirname, '../../src/pages'));
    const kinds = pagesByRoute(builtPages(), routes);
    const known = new Set(routes.map((route) => route.route));
    expect([...kinds.keys()].filter((route) => !known.has(route))).toEqual([]);
    expect(samplePages(DIST, builtPages(), routes).length).toBeLessThanOrEqual(2 * kinds.size);
  });
});
