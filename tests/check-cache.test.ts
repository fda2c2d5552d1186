/** The check cache: a run from cached results reports exactly what a run from scratch reports. */
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../src/lib/content/catalog.ts';
import { CACHE_DIR, NO_CACHE, openCheckCache } from '../src/lib/content/check-cache.ts';
import { runChecks } from '../src/lib/checks/suites.ts';
import { validProjectFiles, writeProject } from './factories.ts';
import { editYaml } from './helpers.ts';

/** One run of every suite, as `npm run check` does it: with the project's cache, saved at the end. */
async function checkWithCache(root: string) {
  const cache = openCheckCache(root);
  const { problems } = await runChecks(loadCatalog(root, { cache }));
  cache.save();
  return problems;
}
const checkFromScratch = async (root: string) => (await runChecks(loadCatalog(root, { cache: NO_CACHE }))).problems;

/** A project with a problem of each kind the cache stores: a schema error, a misspelling in YAML and a British spelling in a one-pager. */
function projectWithProblems() {
  const files = validProjectFiles();
  editYaml(files, 'content/credentials/sample-credential/credential.yaml', (data) => {
    data.summary = `${data.summary} Students recieve feedback.`;
  });
  editYaml(files, 'content/credentials/second-credential/rubric.yaml', (data) => {
    data.criteria[0].title = 7;
  });
  files['content/credentials/second-credential/one-pager.mdx'] += '\nThe teacher organised a gallery walk.\n';
  return writeProject(files);
}

describe('check cache', () => {
  it('gives, from cached results, exactly the problems a run from scratch finds', async () => {
    const root = projectWithProblems();
    const fresh = await checkFromScratch(root);
    expect(fresh.map((problem) => problem.rule)).toEqual(expect.arrayContaining(['schema', 'spelling', 'american-spelling']));
    expect(await checkWithCache(root)).toEqual(fresh);
    // The second run reads every answer from the cache written by the first.
    expect(readFileSync(join(root, CACHE_DIR, 'cache.json'), 'utf8')).toContain('"spelling"');
    expect(await checkWithCache(root)).toEqual(fresh);
  });

  it('checks a changed file again and forgets what it said about the old text', async () => {
    const root = projectWithProblems();
    await checkWithCache(root);
    const onePager = join(root, 'content/credentials/second-credential/one-pager.mdx');
    writeFileSync(onePager, readFileSync(onePager, 'utf8').replace('organised', 'organized') + '\nEach team presnts its model.\n');
    const problems = await checkWithCache(root);
    expect(problems).toEqual(await checkFromScratch(root));
    expect(problems.map((problem) => problem.message).join('\n')).toContain('"presnts"');
    expect(problems.map((problem) => problem.message).join('\n')).not.toContain('"organised"');
  });

  it('checks the spelling of unchanged files again when the word list changes', async () => {
    const root = projectWithProblems();
    expect((await checkWithCache(root)).some((problem) => problem.message.includes('"recieve"'))).toBe(true);
    appendFileSync(join(root, 'content/cspell-words.txt'), 'recieve\n');
    expect((await checkWithCache(root)).some((problem) => problem.message.includes('"recieve"'))).toBe(false);
  });

  it('ignores a damaged cache file and replaces it', async () => {
    const root = projectWithProblems();
    mkdirSync(join(root, CACHE_DIR), { recursive: true });
    writeFileSync(join(root, CACHE_DIR, 'cache.json'), '{"version": "x", "buck');
    expect(await checkWithCache(root)).toEqual(await checkFromScratch(root));
    expect(() => JSON.parse(readFileSync(join(root, CACHE_DIR, 'cache.json'), 'utf8'))).not.toThrow();
  });

  it('is never used unless asked for, so tests and builds see every change', () => {
    expect(loadCatalog(writeProject(validProjectFiles())).cache).toBe(NO_CACHE);
  });
});
