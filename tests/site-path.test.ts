import { describe, expect, it } from 'vitest';
import { deploymentFrom, LOCAL_SITE, normalizeBase, sitePath, siteRoot } from '../src/lib/site/site-path.ts';

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

  it('roots absolute addresses at the origin and the base path, as the sitemap does', () => {
    expect(siteRoot('https://example.github.io', '/repo/').href).toBe('https://example.github.io/repo/');
    expect(siteRoot('https://example.github.io/', 'repo/preview').href).toBe('https://example.github.io/repo/preview/');
    expect(siteRoot('https://catalog.example.org', '/').href).toBe('https://catalog.example.org/');
  });

  it('reads the deployment from SITE_URL and SITE_BASE, defaulting to the local preview server at /', () => {
    expect(deploymentFrom({})).toEqual({ site: LOCAL_SITE, base: '/' });
    expect(deploymentFrom({ SITE_URL: 'https://example.github.io', SITE_BASE: 'repo' })).toEqual({
      site: 'https://example.github.io',
      base: '/repo/',
    });
    // GitHub's configure-pages gives an empty base path for a site at the root of its domain.
    expect(deploymentFrom({ SITE_URL: 'https://catalog.example.org', SITE_BASE: '' }).base).toBe('/');
  });

  it('refuses a SITE_URL with a path, saying to move the path into SITE_BASE', () => {
    expect(() => deploymentFrom({ SITE_URL: 'https://example.github.io/repo' })).toThrow(
      'set SITE_URL=https://example.github.io and SITE_BASE=/repo',
    );
    expect(() => deploymentFrom({ SITE_URL: 'example.github.io' })).toThrow(/SITE_URL "example.github.io" is not an address/);
  });
});
