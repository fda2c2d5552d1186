/**
 * Content from YAML is always escaped. A copy of the project whose content carries script payloads
 * in every kind of text field is built for real: the payloads appear as text, never as markup. Unsafe
 * link schemes never reach a build at all, because the schema and the one-pager rules refuse them.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.ts';
import { serveStatic } from '../../src/lib/static-server.ts';
import { copyProject, editYamlFile as editYaml, runScript } from './project-copy.ts';

const PAYLOAD = '<script>alert("xss")</script><img src=x onerror=alert(1)>';
const ID = 'facilitating-project-based-learning';

const run = (cwd: string, script: string, args: string[], env: Record<string, string> = {}) => runScript(cwd, script, args, env);

describe('escaping of content', { timeout: 180_000 }, () => {
  let site = '';

  beforeAll(() => {
    site = copyProject();
    const folder = join(site, 'content/credentials', ID);
    editYaml(join(folder, 'credential.yaml'), (doc) => {
      for (const path of [['title'], ['summary'], ['competency'], ['keyMethod', 'name'], ['requirements', 0, 'task'], ['requirements', 0, 'artifacts', 0, 'title'], ['history', 'notes'], ['research', 0, 'title']]) {
        doc.setIn(path, `${String(doc.getIn(path))} ${PAYLOAD}`);
      }
    });
    editYaml(join(folder, 'rubric.yaml'), (doc) => doc.setIn(['criteria', 0, 'descriptors', 'demonstrated'], `Shows ${PAYLOAD} every element with evidence.`));
    editYaml(join(folder, 'alignment.yaml'), (doc) => doc.setIn(['alignments', 0, 'rationale'], `Addresses the standard ${PAYLOAD}`));
    editYaml(join(site, 'content/standards/ngss.yaml'), (doc) => doc.setIn(['items', 0, 'label'], `Label ${PAYLOAD}`));
    // A preview build, so the in-review credential carrying the payloads gets its page.
    const result = run(site, 'node_modules/astro/bin/astro.mjs', ['build'], { CATALOG_DRAFTS: '1' });
    expect(result.status, result.stderr + result.stdout).toBe(0);
  });

  it('shows every payload as text in the browser: no dialog, no injected element, on every page', async () => {
    const pages = (readdirSync(join(site, 'dist'), { recursive: true }) as string[])
      .filter((file) => file.endsWith('.html'))
      .map((file) => `/${file.replace(/index\.html$/, '')}`);
    const server = await serveStatic(join(site, 'dist'));
    const browser = await launchBrowser();
    try {
      const page = await (await browser.newContext()).newPage();
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(`${page.url()}: ${dialog.message()}`);
        void dialog.dismiss();
      });
      let shownAsText = 0;
      for (const path of pages) {
        await page.goto(`${server.origin}${path}`);
        await page.waitForLoadState('networkidle');
        const injected = await page.evaluate(() => ({
          scripts: [...document.scripts].filter((script) => !script.src).length,
          images: document.querySelectorAll('img[src="x"]').length,
          handlers: [...document.querySelectorAll('*')].filter((element) => [...element.attributes].some((attribute) => attribute.name.startsWith('on'))).length,
          text: document.body.innerText.split('<script>alert("xss")</script>').length - 1,
        }));
        expect({ path, ...injected, text: undefined }).toEqual({ path, scripts: 0, images: 0, handlers: 0, text: undefined });
        shownAsText += injected.text;
      }
      expect(dialogs).toEqual([]);
      expect(shownAsText).toBeGreaterThan(10);
    } finally {
      await browser.close();
      await server.close();
    }
  });

  it.each([
    ['a resource link', 'credential.yaml', ['resources', 0, 'url'], 'javascript:alert(1)'],
    ['a research link', 'credential.yaml', ['research', 0, 'url'], 'javascript:alert(1)'],
    ['a standard\'s official address', '../../standards/ngss.yaml', ['items', 0, 'uri'], 'javascript:alert(1)'],
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
