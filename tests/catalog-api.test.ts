/**
 * The catalog API in the built site (`npm test` builds the preview first): catalog.json and
 * standards.json hold exactly what the build lists, every link is absolute and leads to a built page,
 * ctdl-urls.txt names only published credentials, and each credential page carries schema.org data
 * that parses and names it. Expectations come from the content and the visibility rules.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { credentialSchema } from '../schemas/index.ts';
import { checkContent } from '../src/lib/checks/check.ts';
import { API_PATHS, ctdlUrls, type CatalogApi, type StandardsApi } from '../src/lib/exports/catalog-api.ts';
import { exportJson } from '../src/lib/exports/export-urls.ts';
import { FACETS } from '../src/lib/site/search-facets.ts';
import { isoDuration, jsonLdScriptText } from '../src/lib/site/structured-data.ts';
import { hasPage, isListed } from '../src/lib/site/visibility.ts';
import { validCredential } from './factories.ts';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
const built = existsSync(join(dist, 'api', 'catalog.json'));
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const { catalog } = checkContent(root);
const all = catalog.credentials.flatMap((folder) => (folder.credential?.data ? [folder.credential.data] : []));
const frameworks = catalog.standards.flatMap((file) => (file.data ? [file.data] : []));
const stacks = catalog.stacks.flatMap((file) => (file.data ? [file.data] : []));
const alignmentOf = (id: string) => catalog.credentials.find((folder) => folder.id === id)?.alignment?.data?.alignments ?? [];

/** The built file a site URL names: a page's index.html, or the file itself. */
function builtFile(url: string, site: string): string {
  expect(url.startsWith(site), url).toBe(true);
  const path = decodeURI(new URL(url).pathname);
  return join(dist, path, path.endsWith('/') ? 'index.html' : '');
}

/** The export endpoints come from another part of issue 13; their links are checked once they are built. */
const exportsBuilt = existsSync(join(root, 'src/pages/credentials/[id]/achievement.json.ts'));

describe('catalog API helpers', () => {
  const credential = (overrides: Record<string, unknown>) => credentialSchema.parse(validCredential(overrides));
  const site = new URL('https://catalog.example.org');

  it('lists the published credentials only for the registry, whatever else the content holds', () => {
    const credentials = (['draft', 'in-review', 'approved', 'published', 'retired'] as const).map((status) =>
      credential({ id: `credential-${status}`, status }),
    );
    expect(ctdlUrls(credentials, site)).toBe('https://catalog.example.org/credentials/credential-published/ctdl.json\n');
  });

  it('writes hours as ISO 8601 durations', () => {
    expect([10, 7.5, 0.5, 12.25].map(isoDuration)).toEqual(['PT10H', 'PT7H30M', 'PT30M', 'PT12H15M']);
  });

  it('escapes what could end a script element, and the JSON still reads back the same', () => {
    const value = { name: '</script><!-- & \u2028' };
    const text = jsonLdScriptText(value);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('built catalog API', () => {
  it('exists (run `npm run build` or `npm test` first)', () => {
    expect(built).toBe(true);
  });
});

describe.skipIf(!built)('built /api/catalog.json', () => {
  const text = built ? read('api/catalog.json') : '{}';
  const api = JSON.parse(text) as CatalogApi;
  const listed = all.filter((credential) => isListed(credential, api.build));

  it('is 2-space JSON with a final newline and carries no build time', () => {
    expect(text).toBe(exportJson(api));
    expect(text).not.toMatch(/"\d{4}-\d{2}-\d{2}T\d{2}:/);
  });

  it('lists every credential the build lists, once, in catalog order (level, then code)', () => {
    const expected = [...listed].sort((a, b) => a.level - b.level || a.code.localeCompare(b.code, 'en', { numeric: true }));
    expect(api.credentials.map((entry) => entry.id)).toEqual(expected.map((credential) => credential.id));
  });

  it("carries each credential's facts as its content states them", () => {
    for (const entry of api.credentials) {
      const credential = listed.find((candidate) => candidate.id === entry.id)!;
      expect(entry).toMatchObject({
        code: credential.code,
        title: credential.title,
        level: credential.level,
        pathway: credential.pathway,
        summary: credential.summary,
        estimatedHours: credential.estimatedHours,
        status: credential.status,
        version: credential.version,
      });
      expect(Object.keys(entry.facets)).toEqual(FACETS.map((facet) => facet.id));
      expect(entry.facets.level).toEqual([`Level ${credential.level}`]);
    }
  });

  it('links every credential to its page, one-pager and rubric by absolute URLs that lead to built pages', () => {
    expect(api.site).toMatch(/^https?:\/\//);
    for (const entry of [...api.credentials, ...api.retired]) {
      expect(Object.keys(entry.links)).toEqual(['page', 'onePager', 'rubric', 'achievement', 'ctdl']);
      for (const url of [entry.links.page, entry.links.onePager, entry.links.rubric])
        expect(existsSync(builtFile(url, api.site)), url).toBe(true);
      expect(entry.links.achievement).toBe(`${entry.links.page}achievement.json`);
      expect(entry.links.ctdl).toBe(`${entry.links.page}ctdl.json`);
    }
    expect(existsSync(builtFile(api.links.catalog, api.site))).toBe(true);
    expect(existsSync(builtFile(api.links.standards, api.site))).toBe(true);
    expect(existsSync(builtFile(api.links.ctdlUrls, api.site))).toBe(true);
  });

  it.skipIf(!exportsBuilt)('links exports that the build wrote', () => {
    for (const entry of [...api.credentials, ...api.retired])
      for (const url of [entry.links.achievement, entry.links.ctdl]) expect(existsSync(builtFile(url, api.site)), url).toBe(true);
    for (const stack of api.stacks) expect(existsSync(builtFile(stack.links.achievement, api.site)), stack.id).toBe(true);
    expect(existsSync(builtFile(api.links.organization, api.site))).toBe(true);
  });

  it('names the retired credentials that keep a page, apart from the list', () => {
    expect(api.retired.map((entry) => entry.id).sort()).toEqual(
      all
        .filter((credential) => credential.status === 'retired' && hasPage(credential, api.build))
        .map((credential) => credential.id)
        .sort(),
    );
  });

  it('lists every micro-endorsement with its members in order, saying which this build does not list', () => {
    expect(api.stacks.map((stack) => stack.id).sort()).toEqual(stacks.map((stack) => stack.id).sort());
    const listedIds = new Set(listed.map((credential) => credential.id));
    for (const entry of api.stacks) {
      const stack = stacks.find((candidate) => candidate.id === entry.id)!;
      expect(entry.credentials).toEqual(stack.credentials);
      expect(entry.unlisted).toEqual(stack.credentials.filter((id) => !listedIds.has(id)));
      expect(existsSync(builtFile(entry.links.page, api.site)), entry.links.page).toBe(true);
    }
  });
});

describe.skipIf(!built)('built /api/standards.json', () => {
  const text = built ? read('api/standards.json') : '{}';
  const api = JSON.parse(text) as StandardsApi;
  const build = built ? (JSON.parse(read('api/catalog.json')) as CatalogApi).build : 'preview';
  const listed = all.filter((credential) => isListed(credential, build));

  it('is 2-space JSON with a final newline', () => {
    expect(text).toBe(exportJson(api));
  });

  it('holds every framework of the registry with its items in the order the file lists them', () => {
    expect(api.frameworks.map((framework) => framework.id).sort()).toEqual(frameworks.map((framework) => framework.id).sort());
    for (const entry of api.frameworks) {
      const framework = frameworks.find((candidate) => candidate.id === entry.id)!;
      expect(entry).toMatchObject({
        name: framework.name,
        shortName: framework.shortName,
        audience: framework.audience,
        url: framework.url,
      });
      expect(entry.items.map((item) => item.code)).toEqual(framework.items.map((item) => item.code));
      for (const item of entry.items) {
        const source = framework.items.find((candidate) => candidate.code === item.code)!;
        expect(item).toMatchObject({
          label: source.label ?? null,
          parent: source.parent ?? null,
          uri: source.uri ?? null,
          gradeBand: source.gradeBand ?? null,
        });
      }
      expect(existsSync(builtFile(entry.page, `${new URL(entry.page).origin}/`)), entry.page).toBe(true);
    }
  });

  it('names, for each item, exactly the listed credentials whose alignment cites it', () => {
    for (const framework of api.frameworks)
      for (const item of framework.items) {
        const citing = listed.filter((credential) =>
          alignmentOf(credential.id).some((entry) => entry.framework === framework.id && entry.code === item.code),
        );
        expect(item.credentials.map((entry) => entry.id).sort(), `${framework.id} ${item.code}`).toEqual(citing.map((c) => c.id).sort());
        for (const entry of item.credentials) expect(entry.code).toBe(listed.find((credential) => credential.id === entry.id)!.code);
      }
    const references = api.frameworks.flatMap((framework) => framework.items.flatMap((item) => item.credentials)).length;
    const cited = listed.reduce(
      (sum, credential) => sum + new Set(alignmentOf(credential.id).map((entry) => `${entry.framework} ${entry.code}`)).size,
      0,
    );
    expect(references).toBe(cited);
  });
});

describe.skipIf(!built)('built /api/ctdl-urls.txt', () => {
  it('names the CTDL of each published credential and nothing else, even in a preview build', () => {
    const api = JSON.parse(read('api/catalog.json')) as CatalogApi;
    const published = all
      .filter((credential) => credential.status === 'published')
      .sort((a, b) => a.level - b.level || a.code.localeCompare(b.code, 'en', { numeric: true }));
    expect(read(API_PATHS.ctdlUrls.slice(1))).toBe(
      published
        .map((credential) => `${api.site}credentials/${credential.id}/ctdl.json`)
        .map((line) => `${line}\n`)
        .join(''),
    );
  });
});

describe.skipIf(!built)('schema.org data and export links on credential pages', () => {
  const api = built ? (JSON.parse(read('api/catalog.json')) as CatalogApi) : ({ build: 'preview', site: '' } as CatalogApi);
  const pages = built ? readdirSync(join(dist, 'credentials')) : [];

  it('builds a page for every credential the build shows', () => {
    expect(pages.sort()).toEqual(
      all
        .filter((credential) => hasPage(credential, api.build))
        .map((credential) => credential.id)
        .sort(),
    );
  });

  it.each(pages)('/credentials/%s/ carries one JSON-LD block that parses and names the credential', (id) => {
    const html = read(`credentials/${id}/index.html`);
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map((match) => match[1]!);
    expect(blocks).toHaveLength(1);
    const credential = all.find((candidate) => candidate.id === id)!;
    const data = JSON.parse(blocks[0]!) as Record<string, unknown> & { competencyRequired: Array<Record<string, unknown>> };
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'EducationalOccupationalCredential',
      name: credential.title,
      url: `${api.site}credentials/${id}/`,
      credentialCategory: 'micro-credential',
      timeRequired: isoDuration(credential.estimatedHours.max),
      recognizedBy: { '@type': 'Organization' },
    });
    const cited = new Set(alignmentOf(id).map((entry) => `${entry.framework} ${entry.code}`));
    expect(data.competencyRequired).toHaveLength(cited.size);
    for (const term of data.competencyRequired)
      expect(term).toMatchObject({ '@type': 'DefinedTerm', inDefinedTermSet: { '@type': 'DefinedTermSet' } });
  });

  it.each(pages)(
    '/credentials/%s/ links its Open Badges and CTDL exports and the catalog API under "Use this credential in your platform"',
    (id) => {
      const html = read(`credentials/${id}/index.html`);
      const section = html.slice(html.indexOf('Use this credential in your platform'));
      expect(html).toContain('Use this credential in your platform');
      for (const href of [`/credentials/${id}/achievement.json`, `/credentials/${id}/ctdl.json`, API_PATHS.catalog])
        expect(section).toContain(`href="${href}"`);
    },
  );
});
