/**
 * Content from YAML is always escaped. A copy of the project whose content carries script payloads
 * in every kind of text field is built for real: the payloads appear as text, never as markup. Unsafe
 * link schemes never reach a build at all, because the schema and the one-pager rules refuse them.
 */
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyProject, editYamlFile as editYaml, runScript } from './project-copy.ts';
import { builtPages, useSite } from './site-fixture.ts';

const PAYLOAD = '<script>alert("xss")</script><img src=x onerror=alert(1)>';
/** The script half of the payload, counted where it shows as text. */
const SHOWN = '<script>alert("xss")</script>';
const ID = 'facilitating-project-based-learning';

/** At most 120 characters of whole words, so the payload fits every field's length limit whatever the content says. */
const firstWords = (text: string) => (text.length <= 120 ? text : text.slice(0, 121).replace(/\s+\S*$/, ''));
const run = (cwd: string, script: string, args: string[], env: Record<string, string> = {}) => runScript(cwd, script, args, env);
/** The pages of the site under test, known before the payload build that has the same ones (tested below). */
const pages = builtPages();

describe('escaping of content in a built site', () => {
  let dist = '';

  beforeAll(() => {
    const site = copyProject();
    const folder = join(site, 'content/credentials', ID);
    editYaml(join(folder, 'credential.yaml'), (doc) => {
      for (const path of [
        ['title'],
        ['summary'],
        ['competency'],
        ['keyMethod', 'name'],
        ['requirements', 0, 'task'],
        ['requirements', 0, 'artifacts', 0, 'title'],
        ['history', 'notes'],
        ['research', 0, 'title'],
      ]) {
        doc.setIn(path, `${firstWords(String(doc.getIn(path)))} ${PAYLOAD}`);
      }
    });
    editYaml(join(folder, 'rubric.yaml'), (doc) =>
      doc.setIn(['criteria', 0, 'descriptors', 'demonstrated'], `Shows ${PAYLOAD} every element with evidence.`),
    );
    editYaml(join(folder, 'alignment.yaml'), (doc) => doc.setIn(['alignments', 0, 'rationale'], `Addresses the standard ${PAYLOAD}`));
    editYaml(join(site, 'content/standards/ngss.yaml'), (doc) => doc.setIn(['items', 0, 'label'], `Label ${PAYLOAD}`));
    // The payload's words would fail the spelling check, which is not what this test is about.
    appendFileSync(join(site, 'content/cspell-words.txt'), ['', 'xss', 'img', 'src', 'onerror', ''].join('\n'));
    // A preview build like the site under test, so the in-review credential carrying the payloads gets its page.
    const result = run(site, 'node_modules/astro/bin/astro.mjs', ['build'], { CATALOG_DRAFTS: '1' });
    expect(result.status, result.stderr + result.stdout).toBe(0);
    dist = join(site, 'dist');
  });
  const { open } = useSite(() => dist);

  /** What a page makes of the payloads in the browser: markup they injected, errors and dialogs, and how often they show as text. */
  async function visit(path: string) {
    const { page, errors } = await open(path);
    const { shownAsText, ...injected } = await page.evaluate(
      (text) => ({
        // Inline code that would run; the schema.org data block (application/ld+json) is never executed.
        scripts: [...document.scripts].filter((script) => !script.src && script.type !== 'application/ld+json').length,
        dataBlocks: [...document.scripts].filter((script) => script.type === 'application/ld+json').length,
        images: document.querySelectorAll('img[src="x"]').length,
        handlers: [...document.querySelectorAll('*')].filter((element) =>
          [...element.attributes].some((attribute) => attribute.name.startsWith('on')),
        ).length,
        shownAsText: document.body.innerText.split(text).length - 1,
      }),
      SHOWN,
    );
    await page.context().close();
    return { injected: { ...injected, errors }, shownAsText };
  }

  it('builds the same pages as the site under test, so the list below covers all of them', () => {
    expect(builtPages(dist)).toEqual(pages);
  });

  it.each(pages)('%s shows no dialog, error, or injected script, image or handler', async (path) => {
    // Credential pages carry exactly one schema.org data block; the payload must not have split it or added one.
    const dataBlocks = path.startsWith('/credentials/') && path.split('/').length === 4 ? 1 : 0;
    expect((await visit(path)).injected).toEqual({ scripts: 0, dataBlocks, images: 0, handlers: 0, errors: [] });
  });

  it('keeps the payloads as data inside the schema.org block of the credential page that carries them', () => {
    const html = readFileSync(join(dist, 'credentials', ID, 'index.html'), 'utf8');
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map((match) => match[1]!);
    expect(blocks).toHaveLength(1);
    const data = JSON.parse(blocks[0]!) as { name: string; description: string };
    expect(data.name).toContain(PAYLOAD);
    expect(data.description).toContain(PAYLOAD);
  });

  it('shows the payloads as text on the credential page that carries them', async () => {
    expect((await visit(`/credentials/${ID}/`)).shownAsText).toBeGreaterThan(5);
  });
});

describe('unsafe links', () => {
  it.each([
    ['a resource link', 'credential.yaml', ['resources', 0, 'url'], 'javascript:alert(1)'],
    ['a research link', 'credential.yaml', ['research', 0, 'url'], 'javascript:alert(1)'],
    ["a standard's official address", '../../standards/ngss.yaml', ['items', 0, 'uri'], 'javascript:alert(1)'],
  ])('refuses %s with a javascript: URL, so no build can ship it', (_name, file, path, value) => {
    const copy = copyProject();
    editYaml(join(copy, 'content/credentials', ID, file), (doc) => doc.setIn(path, value));
    const check = run(copy, 'scripts/check.ts', []);
    expect(check.status).toBe(1);
    expect(check.stdout).toContain('https://');
    const build = run(copy, 'node_modules/astro/bin/astro.mjs', ['build']);
    expect(build.status).not.toBe(0);
  });

  it('refuses a javascript: link in a one-pager', () => {
    const copy = copyProject();
    const file = join(copy, 'content/credentials', ID, 'one-pager.mdx');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n[Open](javascript:alert(1))\n`);
    const check = run(copy, 'scripts/check.ts', []);
    expect(check.status).toBe(1);
    expect(check.stdout).toContain('one-pager.mdx');
  });
});
