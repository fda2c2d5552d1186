import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { validProjectFiles, writeProject } from '../factories.ts';
import { loadCatalog } from '../../src/lib/content/catalog.ts';
import { planCredential, scaffoldInstructions, writeCredential } from '../../src/lib/authoring/scaffold.ts';
import rule, { instructionsByCredential } from '../../src/lib/checks/rules/scaffold-placeholder.ts';

/** A fixture project with a fresh `npm run new` draft, its status set by `status`. */
function projectWithScaffold(status: string, edit: (text: string) => string = (text) => text) {
  const root = writeProject(validProjectFiles());
  const planned = planCredential(loadCatalog(root), { pathway: 'all', level: 1, title: 'Teaching With Soil Samples', today: '2026-12-02' });
  if (!planned.ok) throw new Error(JSON.stringify(planned.problems));
  writeCredential(root, planned.plan);
  const file = join(root, planned.plan.dir, 'credential.yaml');
  writeFileSync(file, edit(readFileSync(file, 'utf8').replace('status: draft', `status: ${status}`)));
  return { root, dir: planned.plan.dir };
}

describe('scaffold-placeholder', () => {
  it('lets a fresh draft keep its instructions, and passes credentials written in real words', () => {
    expect(rule.check(loadCatalog(projectWithScaffold('draft').root))).toEqual([]);
    const fixture = loadCatalog(writeProject(validProjectFiles()));
    for (const folder of fixture.credentials) folder.credential!.data!.status = 'in-review';
    expect(rule.check(fixture)).toEqual([]);
  });

  it('reports every instruction left in each of the four files once the credential is in review', () => {
    const { root, dir } = projectWithScaffold('in-review');
    const problems = rule.check(loadCatalog(root));
    const files = new Set(problems.map((problem) => problem.file));
    expect([...files].sort()).toEqual(
      ['alignment.yaml', 'credential.yaml', 'one-pager.mdx', 'rubric.yaml'].map((name) => `${dir}/${name}`),
    );
    expect(problems.find((problem) => problem.field === 'summary')).toMatchObject({
      rule: 'scaffold-placeholder',
      severity: 'error',
      message: expect.stringContaining('is in-review'),
    });
    expect(problems.every((problem) => problem.line > 1 || problem.file.endsWith('.mdx'))).toBe(true);
  });

  it('still finds an instruction that was only partly rewritten', () => {
    const { root } = projectWithScaffold('in-review', (text) => {
      const doc = parseDocument(text);
      doc.set('summary', 'Teachers test soil with students. Write one or two sentences for the catalog card: what a teacher does.');
      return String(doc);
    });
    expect(rule.check(loadCatalog(root)).map((problem) => problem.field)).toContain('summary');
  });
});

describe('scaffold-placeholder instructions', () => {
  it('are, for every credential, exactly the instructions the scaffold writes for it', () => {
    const catalog = loadCatalog(writeProject(validProjectFiles()));
    const real = loadCatalog(join(import.meta.dirname, '..', '..'));
    for (const source of [catalog, real]) {
      const instructionsFor = instructionsByCredential(source);
      for (const { credential } of source.credentials.flatMap((folder) =>
        folder.credential?.data ? [{ credential: folder.credential.data }] : [],
      ))
        expect(instructionsFor(credential)).toEqual(scaffoldInstructions(source, credential));
    }
  });
});
