/**
 * `npm run bench:generate`: a synthetic catalog of any size that the checks pass as they pass the real
 * one, the same for the same seed, spread over every pathway and level the program offers, and never
 * written over files the generator did not write.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import { generateSyntheticCatalog, MARKER_FILE, outputFolderProblem } from '../../src/lib/bench/synthetic-catalog.ts';
import { progressReporter, PROGRESS_FROM } from '../../src/lib/bench/progress.ts';
import { loadCatalog, type Catalog } from '../../src/lib/content/catalog.ts';
import { runChecks } from '../../src/lib/checks/suites.ts';
import { projectRoot } from '../helpers.ts';

const script = join(projectRoot, 'scripts', 'bench-generate.ts');
const scratch = (name: string) => mkdtempSync(join(tmpdir(), `mc-synthetic-${name}-`));

interface ProgramData {
  allPathways: { id: string; levels: number[] };
  pathways: Array<{ id: string; levels: number[] }>;
}
const program = load(readFileSync(join(projectRoot, 'content', 'program.yaml'), 'utf8')) as ProgramData;
/** Every `pathway level` pair content/program.yaml allows, the all-pathways group included. */
const allowedPairs = [program.allPathways, ...program.pathways].flatMap((pathway) =>
  pathway.levels.map((level) => `${pathway.id} ${level}`),
);
/** Enough credentials for each pair several times over, and for every registry standard to be cited. */
const COUNT = 6 * allowedPairs.length;

function generate(out: string, count: number, seed: number) {
  const result = generateSyntheticCatalog({ count, seed, out, projectRoot });
  if (!result.ok) throw new Error(`${result.message} (${result.hint})`);
  return result;
}

/** Every file under a folder, by relative path, with its bytes. */
function snapshot(root: string): Map<string, string> {
  const files = (readdirSync(root, { recursive: true }) as string[]).filter((file) => statSync(join(root, file)).isFile()).sort();
  return new Map(files.map((file) => [file, readFileSync(join(root, file), 'utf8')]));
}

function runCli(args: string[]) {
  const result = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('a synthetic catalog', () => {
  let out: string;
  let result: ReturnType<typeof generate>;
  let catalog: Catalog;
  beforeAll(() => {
    out = scratch('small');
    result = generate(out, COUNT, 1);
    catalog = loadCatalog(out);
  });

  it('passes every check with no error and no warning', async () => {
    const { problems } = await runChecks(catalog);
    expect(problems.map((problem) => `${problem.file} ${problem.field} [${problem.rule}] ${problem.message}`)).toEqual([]);
    expect(catalog.credentials).toHaveLength(COUNT);
  });

  it('spreads the credentials evenly over every pathway and level content/program.yaml allows', () => {
    const pairs = catalog.credentials.map((folder) => `${folder.credential!.data!.pathway} ${folder.credential!.data!.level}`);
    expect(new Set(pairs)).toEqual(new Set(allowedPairs));
    const perPair = allowedPairs.map((pair) => pairs.filter((other) => other === pair).length);
    expect(Math.max(...perPair) - Math.min(...perPair)).toBeLessThanOrEqual(1);
  });

  it('publishes every credential, so the public build shows them all', () => {
    expect(new Set(catalog.credentials.map((folder) => folder.credential!.data!.status))).toEqual(new Set(['published']));
  });

  it('cites only labeled standards of the registry in content/standards/', () => {
    const registry = loadCatalog(projectRoot).standards.flatMap((yaml) =>
      yaml.data!.items.filter((item) => item.label !== undefined).map((item) => `${yaml.data!.id}:${item.code}`),
    );
    const cited = catalog.credentials.flatMap((folder) =>
      folder.alignment!.data!.alignments.map((entry) => `${entry.framework}:${entry.code}`),
    );
    expect(cited.filter((key) => !registry.includes(key))).toEqual([]);
  });

  it('names as prerequisites and recommendations only credentials generated before, at a lower level', () => {
    const order = result.credentials.map((entry) => entry.id);
    const levelOf = new Map(result.credentials.map((entry) => [entry.id, entry.level]));
    for (const [index, entry] of result.credentials.entries()) {
      const credential = catalog.credentials.find((folder) => folder.id === entry.id)!.credential!.data!;
      for (const before of [...credential.prerequisites, ...credential.recommendedBefore]) {
        expect(order.indexOf(before), `${entry.id} names ${before}`).toBeLessThan(index);
        expect(levelOf.get(before)).toBeLessThan(entry.level);
      }
    }
  });

  it('keeps every file within 30% of the length of the real credential it was varied from', () => {
    for (const entry of result.credentials)
      for (const file of ['credential.yaml', 'rubric.yaml', 'alignment.yaml', 'one-pager.mdx']) {
        const length = (root: string, id: string) => readFileSync(join(root, 'content', 'credentials', id, file), 'utf8').length;
        const ratio = length(out, entry.id) / length(projectRoot, entry.template);
        expect(ratio, `${entry.id}/${file} from ${entry.template}`).toBeGreaterThanOrEqual(0.7);
        expect(ratio, `${entry.id}/${file} from ${entry.template}`).toBeLessThanOrEqual(1.3);
      }
  });

  it('lists in each stack credentials of its pathway or of all pathways, lower levels first', () => {
    const byId = new Map(result.credentials.map((entry) => [entry.id, entry]));
    expect(catalog.stacks.length).toBeGreaterThan(0);
    for (const yaml of catalog.stacks) {
      const members = yaml.data!.credentials.map((id) => byId.get(id)!);
      expect(members.every((entry) => entry.servesAll || entry.pathway === yaml.data!.pathway)).toBe(true);
      const levels = members.map((entry) => entry.level);
      expect(levels).toEqual([...levels].sort((a, b) => a - b));
    }
  });
});

describe('the seed', () => {
  it('writes byte-identical files for the same seed and other files for another', () => {
    const [first, again, other] = [scratch('seed'), scratch('seed'), scratch('seed')];
    generate(first, allowedPairs.length * 2, 7);
    generate(again, allowedPairs.length * 2, 7);
    generate(other, allowedPairs.length * 2, 8);
    expect(snapshot(again)).toEqual(snapshot(first));
    expect(snapshot(other)).not.toEqual(snapshot(first));
  });
});

describe('the output folder', () => {
  it('replaces the output of an earlier run', () => {
    const out = scratch('again');
    generate(out, allowedPairs.length + 3, 1);
    generate(out, 2, 1);
    expect(readdirSync(join(out, 'content', 'credentials')).filter((name) => name !== 'README.md')).toHaveLength(2);
    expect(JSON.parse(readFileSync(join(out, MARKER_FILE), 'utf8'))).toMatchObject({ count: 2, seed: 1 });
  });

  it("refuses to write into the project's own content/", () => {
    expect(outputFolderProblem(projectRoot, projectRoot)?.message).toMatch(/own content/);
    expect(outputFolderProblem(join(projectRoot, 'content', 'credentials'), projectRoot)?.message).toMatch(/own content/);
  });

  it('is refused by the command line when it holds files the generator did not write, which stay untouched', () => {
    const out = scratch('foreign');
    writeFileSync(join(out, 'notes.txt'), 'mine\n');
    mkdirSync(join(out, 'content'));
    writeFileSync(join(out, 'content', 'program.yaml'), 'name: mine\n');
    const before = snapshot(out);
    const { code, stdout, stderr } = runCli(['--count', '3', '--out', out]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain(out);
    expect(stderr).not.toMatch(/^\s+at /m);
    expect(snapshot(out)).toEqual(before);
    expect(existsSync(join(out, MARKER_FILE))).toBe(false);
  });
});

describe('the progress line', () => {
  const recorder = (isTTY: boolean) => {
    const written: string[] = [];
    return { written, stream: { isTTY, write: (text: string) => written.push(text) } };
  };

  it('prints one line per tenth of a large run when stderr is not a terminal', () => {
    const { written, stream } = recorder(false);
    const report = progressReporter(PROGRESS_FROM * 5, stream)!;
    for (let done = 1; done <= PROGRESS_FROM * 5; done += 1) report(done);
    expect(written).toHaveLength(10);
    expect(written.at(-1)).toMatch(/100%\)\n$/);
  });

  it('rewrites one line on a terminal and ends it when the run is done', () => {
    const { written, stream } = recorder(true);
    const report = progressReporter(PROGRESS_FROM, stream)!;
    for (let done = 1; done <= PROGRESS_FROM; done += 1) report(done);
    expect(written.every((text) => text.startsWith('\r'))).toBe(true);
    expect(written.filter((text) => text.endsWith('\n'))).toHaveLength(1);
  });

  it('is left out of a small run', () => {
    expect(progressReporter(PROGRESS_FROM - 1, recorder(false).stream)).toBeUndefined();
  });
});
