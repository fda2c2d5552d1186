/**
 * The house plan, checked: `schemas/` is the ground floor and imports nothing else of ours, nothing
 * imports `scripts/`, the code never imports the tests, no two modules import each other in a circle,
 * no module of src/lib runs past 300 lines, and every check rule has a test of the same name.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from './helpers.ts';

const CODE_FOLDERS = ['schemas', 'src', 'scripts'];

const filesIn = (folder: string): string[] =>
  (readdirSync(join(projectRoot, folder), { recursive: true }) as string[])
    .filter((file) => /\.(ts|mjs|astro)$/.test(file) && !file.endsWith('.d.ts'))
    .map((file) => join(folder, file).split('\\').join('/'));

const modules = [...CODE_FOLDERS.flatMap(filesIn), 'astro.config.mjs'];

/** Our modules a file imports (relative specifiers only), as project-relative paths. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(projectRoot, file), 'utf8');
  const specifiers = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?['"](\.{1,2}\/[^'"]+)['"]/g)].map((match) => match[1]!);
  return specifiers.map((specifier) =>
    relative(projectRoot, resolve(projectRoot, dirname(file), specifier))
      .split('\\')
      .join('/'),
  );
}

const graph = new Map(modules.map((file) => [file, importsOf(file)]));

describe('the house plan', () => {
  it('reads the imports of every module', () => {
    expect(modules.length).toBeGreaterThan(50);
    for (const [file, imports] of graph)
      for (const target of imports) expect(existsSync(join(projectRoot, target)), `${file} imports ${target}`).toBe(true);
  });

  it('keeps schemas/ the ground floor: it imports only other schemas', () => {
    for (const [file, imports] of graph)
      if (file.startsWith('schemas/'))
        expect(
          imports.filter((target) => !target.startsWith('schemas/')),
          file,
        ).toEqual([]);
  });

  it('lets nothing import scripts/, and no code import the tests', () => {
    for (const [file, imports] of graph) {
      expect(
        imports.filter((target) => target.startsWith('scripts/')),
        file,
      ).toEqual([]);
      expect(
        imports.filter((target) => target.startsWith('tests/')),
        file,
      ).toEqual([]);
    }
  });

  it('has no import circle', () => {
    const circles: string[] = [];
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (file: string, trail: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'visiting') {
        circles.push([...trail.slice(trail.indexOf(file)), file].join(' → '));
        return;
      }
      state.set(file, 'visiting');
      for (const target of graph.get(file) ?? []) visit(target, [...trail, file]);
      state.set(file, 'done');
    };
    for (const file of graph.keys()) visit(file, []);
    expect(circles).toEqual([]);
  });

  it('keeps every module of src/lib to 300 lines, small enough to read in one sitting', () => {
    const long = modules
      .filter((file) => file.startsWith('src/lib/'))
      .map((file) => [file, readFileSync(join(projectRoot, file), 'utf8').split('\n').length] as const)
      .filter(([, lines]) => lines > 301);
    expect(long).toEqual([]);
  });

  it('gives every check rule a test of the same name in tests/rules/', () => {
    const rules = readdirSync(join(projectRoot, 'src/lib/checks/rules')).filter(
      (name) => name.endsWith('.ts') && !['index.ts', 'rule.ts'].includes(name),
    );
    expect(rules.length).toBeGreaterThan(20);
    for (const name of rules) expect(existsSync(join(projectRoot, 'tests/rules', name.replace(/\.ts$/, '.test.ts'))), name).toBe(true);
  });
});
