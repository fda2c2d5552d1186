/**
 * The public catalog shows what LDOE has published, and nothing else: a copy of the project with one
 * published and one retired credential is built without --drafts. The catalog API and the Credential
 * Registry's URL list follow the same rules.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyProject, editYamlFile, runScript } from './project-copy.ts';

const PUBLISHED = 'facilitating-project-based-learning';
const RETIRED = 'discovering-computational-thinking';
/** An approval of the version the content is at, dated the day that version took effect. */
const approvalOf = (credential: { version: string; changelog: Array<{ version: string; date: string }> }) => ({
  reviewer: 'Test Reviewer',
  role: 'LDOE STEM content reviewer',
  date: credential.changelog.find((entry) => entry.version === credential.version)!.date,
  reference: 'Pull request 1 (test fixture)',
  version: credential.version,
});

describe('public build', () => {
  let dist = '';
  const page = (path: string) => readFileSync(join(dist, path), 'utf8');

  beforeAll(() => {
    const project = copyProject();
    const credential = (id: string) => join(project, 'content/credentials', id, 'credential.yaml');
    editYamlFile(credential(PUBLISHED), (doc) => {
      doc.set('status', 'published');
      doc.set('approvals', [approvalOf(doc.toJS() as Parameters<typeof approvalOf>[0])]);
    });
    editYamlFile(credential(RETIRED), (doc) => {
      doc.set('status', 'retired');
      doc.set('replacedBy', PUBLISHED);
    });
    const result = runScript(project, 'scripts/build.ts');
    expect(result.status, result.stdout + result.stderr).toBe(0);
    dist = join(project, 'dist');
  });

  it('builds pages only for the published credential and the retired one', () => {
    expect(readdirSync(join(dist, 'credentials')).sort()).toEqual([RETIRED, PUBLISHED].sort());
  });

  it('lists only the published credential in the catalog, search index and sitemap', () => {
    expect(page('catalog/index.html').match(/class="card"/g)).toHaveLength(1);
    expect(page('catalog/index.html')).toContain(`/credentials/${PUBLISHED}/`);
    expect(page(`credentials/${RETIRED}/index.html`)).not.toContain('data-pagefind-body');
    const sitemap = readdirSync(dist)
      .filter((file) => file.startsWith('sitemap-') && file !== 'sitemap-index.xml')
      .map((file) => page(file))
      .join('');
    expect(sitemap).not.toContain('/credentials/pe-robotics-foundations/');
  });

  it('marks the retired credential and points to its replacement', () => {
    expect(page(`credentials/${RETIRED}/index.html`)).toMatch(
      /This credential is retired[^<]*<\/strong> Its replacement is <a href="\/credentials\/facilitating-project-based-learning\/"[^>]*>/,
    );
  });

  it('carries no preview banner and lets search engines index it', () => {
    expect(page('index.html')).not.toContain('preview-banner');
    expect(page('index.html')).not.toContain('noindex');
  });

  it('gives the Credential Registry workflow the published credential only, never the retired one', () => {
    const site = (JSON.parse(page('api/catalog.json')) as { site: string }).site;
    expect(page('api/ctdl-urls.txt')).toBe(`${site}credentials/${PUBLISHED}/ctdl.json\n`);
  });

  it('lists only the published credential in the catalog API, the retired one apart, and only it under the standards it addresses', () => {
    const api = JSON.parse(page('api/catalog.json')) as {
      build: string;
      credentials: Array<{ id: string }>;
      retired: Array<{ id: string }>;
    };
    expect(api.build).toBe('public');
    expect(api.credentials.map((entry) => entry.id)).toEqual([PUBLISHED]);
    expect(api.retired.map((entry) => entry.id)).toEqual([RETIRED]);
    const standards = JSON.parse(page('api/standards.json')) as {
      frameworks: Array<{ items: Array<{ credentials: Array<{ id: string }> }> }>;
    };
    const named = new Set(
      standards.frameworks.flatMap((framework) => framework.items.flatMap((item) => item.credentials.map((entry) => entry.id))),
    );
    expect([...named]).toEqual([PUBLISHED]);
  });

  it('leaves unpublished credentials unlinked wherever they are named', () => {
    expect(existsSync(join(dist, 'credentials/pe-robotics-foundations'))).toBe(false);
    const stack = page('stacks/pre-engineering-endorsement/index.html');
    expect(stack).toContain('(not yet published)');
    expect(stack).not.toContain('href="/credentials/pe-robotics-foundations/"');
  });
});
