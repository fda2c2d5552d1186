/**
 * The catalog speaks American English everywhere a teacher or an author reads: the site's templates,
 * the schema messages and field descriptions, and the guides. (Content files are held to it by the
 * american-spelling rule.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { britishSpellings } from '../src/lib/checks/rules/american-spelling.ts';
import { projectRoot } from './helpers.ts';

const filesUnder = (folder: string, pattern: RegExp) =>
  (readdirSync(join(projectRoot, folder), { recursive: true }) as string[])
    .filter((file) => pattern.test(file))
    .map((file) => join(folder, file));

const READ_BY_PEOPLE = [
  ...filesUnder('src', /\.(astro|ts)$/),
  ...filesUnder('schemas', /\.ts$/),
  ...filesUnder('content', /README\.md$/),
  ...filesUnder('docs', /\.md$/),
  'README.md',
  'CONTRIBUTING.md',
  '.github/pull_request_template.md',
].filter((file) => !file.endsWith('american-spelling.ts'));

describe('American English', () => {
  it.each(READ_BY_PEOPLE)('%s uses American spellings', (file) => {
    const found = readFileSync(join(projectRoot, file), 'utf8')
      .split('\n')
      // A word in double quotes is being talked about, as the guide does when it lists what the rule reports.
      .flatMap((line, index) =>
        britishSpellings(line.replace(/"[A-Za-z]+"/g, '')).map((entry) => `line ${index + 1}: "${entry.word}" → "${entry.american}"`),
      );
    expect(found).toEqual([]);
  });
});
