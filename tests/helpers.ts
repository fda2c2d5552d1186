/** Small assertions shared by the test files. */
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { parse, stringify } from 'yaml';
import { loadCatalog } from '../src/lib/content/catalog.ts';
import { checkContent } from '../src/lib/checks/check.ts';
import type { Rule } from '../src/lib/checks/rules/rule.ts';
import type { Problem } from '../src/lib/problems.ts';
import { validProjectFiles, writeProject } from './factories.ts';

/** This project. */
export const projectRoot = join(import.meta.dirname, '..');

/** What Vitest puts into a test's environment; a build started with NODE_ENV=test is not a production build (no CSP meta). */
const VITEST_ENV = /^(?:NODE_ENV|TEST|VITEST\w*|MODE|DEV|PROD|SSR|BASE_URL)$/;

/** The environment a command gets from an author's terminal: this process's, without what Vitest added. */
export const terminalEnv = (): NodeJS.ProcessEnv =>
  Object.fromEntries(Object.entries(process.env).filter(([name]) => !VITEST_ENV.test(name)));

/**
 * The project whose content the content tests read: this one, unless CATALOG_ROOT names another
 * (tests/authoring-loop.test.ts runs these tests over a scratch copy with a new credential).
 */
export const catalogRoot = process.env.CATALOG_ROOT ?? projectRoot;

/**
 * The one warning the real content carries on purpose: the enrollment address and contact LDOE has
 * not published yet (the earning-contact rule). A check line of it, as `npm run check` prints it.
 */
export const AWAITING_LDOE = { rule: 'earning-contact', line: / {2}earning\.(enrollmentUrl|contact) {2}warning:/ } as const;

/** Dotted paths of the fields a schema rejected, e.g. `requirements.0.task`. */
export function failedFields(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

/** Check a valid fixture project after applying edits to its files. */
export function checkProject(edit: (files: Record<string, string | Buffer>) => void = () => {}): Problem[] {
  const files: Record<string, string | Buffer> = validProjectFiles();
  edit(files);
  return checkContent(writeProject(files)).problems;
}

/** The errors only, as `file field rule` strings that read well in assertion failures. */
export const errorSummary = (problems: Problem[]) =>
  problems.filter((problem) => problem.severity === 'error').map((problem) => `${problem.file} ${problem.field} [${problem.rule}]`);

/** Edit one YAML file of a fixture project in place. */
export function editYaml(files: Record<string, string | Buffer>, path: string, edit: (data: any) => void): void {
  const data = parse(String(files[path]));
  edit(data);
  files[path] = stringify(data);
}

/** Run one rule over a valid fixture project after applying edits to its files. */
export function runRule(rule: Rule, edit: (files: Record<string, string | Buffer>) => void = () => {}): Problem[] {
  const files: Record<string, string | Buffer> = validProjectFiles();
  edit(files);
  return rule.check(loadCatalog(writeProject(files)));
}

/** Problems reported by one rule. */
export const byRule = (problems: Problem[], rule: string) => problems.filter((problem) => problem.rule === rule);

/** Text that marks unfinished writing; content and generated drafts must never contain it. */
export const PLACEHOLDER_TEXT = /\blorem\b|\bTODO\b|\bTBD\b|\bFIXME\b|\bXXX\b|\[insert|<placeholder|your text here/i;
