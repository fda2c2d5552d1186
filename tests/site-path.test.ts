import { describe, expect, it } from 'vitest';
import { normalizeBase, sitePath } from '../src/lib/site/site-path.ts';

describe('site paths under a base path', () => {
  it('normalizes every spelling of a base path to one leading and one trailing slash', () => {
    for (const base of ['repo', '/repo', '/repo/', 'repo/', '//repo//']) expect(normalizeBase(base)).toBe('/repo/');
    for (const base of ['', '/', '//']) expect(normalizeBase(base)).toBe('/');
    expect(normalizeBase('/repo/preview')).toBe('/repo/preview/');
  });

  it('puts a root-relative address under the base path once', () => {
    expect(sitePath('/catalog/', '/')).toBe('/catalog/');
    expect(sitePath('/', '/')).toBe('/');
    expect(sitePath('/catalog/', '/repo/')).toBe('/repo/catalog/');
    expect(sitePath('/', '/repo/preview/')).toBe('/repo/preview/');
  });

  it('refuses an address that is not root-relative, which would resolve against the current page', () => {
    expect(() => sitePath('catalog/', '/repo/')).toThrow(/root-relative/);
  });
});
