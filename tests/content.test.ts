/**
 * Every real content file is its own test case: a failure names the file and lists exactly what
 * the checker says about it, the same text an author sees from `npm run check`.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../src/lib/checks/check.ts';
import { formatProblem } from '../src/lib/problems.ts';
import { catalogRoot } from './helpers.ts';

const root = catalogRoot;
const { catalog, problems } = checkContent(root);

const contentFiles = (readdirSync(join(root, 'content'), { recursive: true }) as string[])
  .filter((file) => /\.(ya?ml|mdx)$/.test(file))
  .map((file) =>
    relative(root, join(root, 'content', file))
      .split('\\')
      .join('/'),
  )
  .sort();

describe('content', () => {
  it('holds the exemplar credential 1.2 and at least one credential per level present', () => {
    expect(catalog.credentials.map((folder) => folder.id)).toContain('facilitating-project-based-learning');
  });

  it.each(contentFiles)('%s passes every check', (file) => {
    const messages = problems.filter((problem) => problem.file === file && problem.severity === 'error').map(formatProblem);
    expect(messages).toEqual([]);
  });

  it('has no problems outside the listed files (missing files, stray files)', () => {
    const elsewhere = problems.filter((problem) => !contentFiles.includes(problem.file)).map(formatProblem);
    expect(elsewhere).toEqual([]);
  });
});
