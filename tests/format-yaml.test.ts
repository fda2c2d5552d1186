/**
 * The content formatter: every real content file is its own case for idempotence and losslessness
 * (read, never written), and small fixtures pin the canonical layout: schema key order at every
 * depth, unknown keys kept, comments that travel with their key, styles kept, text wrapped at 100.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { CORE_SCHEMA, load } from 'js-yaml';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { FORMAT_LINE_WIDTH, formatYaml, type FormatResult } from '../src/lib/authoring/format-yaml.ts';
import { CONTENT_TYPES, schemaForContentPath } from '../src/lib/content/content-types.ts';
import { knownKeysAt } from '../src/lib/content/zod-issues.ts';
import { alignmentSchema, credentialSchema, pilotsFileSchema, rubricSchema } from '../schemas/index.ts';
import { validCredential, validPilots } from './factories.ts';

const root = join(import.meta.dirname, '..');
const CREDENTIAL = 'content/credentials/sample/credential.yaml';

const contentFiles = readdirSync(join(root, 'content'), { recursive: true, encoding: 'utf8' })
  .map((path) => `content/${path.split('\\').join('/')}`)
  .filter((path) => path.endsWith('.yaml'))
  .sort();

/** The formatted text, failing the test with the problem when there is one or when formatting it again would change it. */
function formatted(text: string, schema: z.ZodType = credentialSchema, file = CREDENTIAL): string {
  const result = formatYaml(file, text, schema);
  if (!result.ok) throw new Error(`expected text, got a problem: ${result.problem.message}`);
  expect(formatYaml(file, result.text, schema), 'formatting the result again').toEqual(result);
  return result.text;
}

/** The schema of a real content file; every one has a schema (tested below). */
const schemaOf = (file: string) => schemaForContentPath(file)!;

const valueOf = (text: string) => load(text, { schema: CORE_SCHEMA });
const commentLines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('#'));

/** The same data with the keys of every object in reverse order. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([key, item]) => [key, reverseKeys(item)]),
  );
}

describe('schemaForContentPath()', () => {
  it('finds the schema of every kind of content file', () => {
    for (const target of CONTENT_TYPES) {
      const example = target.pattern.replace('*', 'example');
      expect(schemaForContentPath(example), example).toBe(target.schema);
    }
  });

  it('finds no schema for files the catalog does not read as YAML content', () => {
    for (const path of [
      'content/credentials/a/one-pager.mdx',
      'content/credentials/a/notes.yaml',
      'content/standards/nested/ngss.yaml',
      'content/other.yaml',
      'README.md',
    ]) {
      expect(schemaForContentPath(path), path).toBeUndefined();
    }
  });

  it('covers every real content YAML file', () => {
    expect(contentFiles.filter((file) => !schemaForContentPath(file))).toEqual([]);
  });
});

describe('formatYaml() on the real content', () => {
  it('has content files to check', () => {
    expect(contentFiles.length).toBeGreaterThan(50);
  });

  it.each(contentFiles)('%s: formatting the formatted text changes nothing', (file) => {
    const once = formatYaml(file, readFileSync(join(root, file), 'utf8'), schemaOf(file));
    expect(once.ok).toBe(true);
    if (once.ok) expect(formatYaml(file, once.text, schemaOf(file))).toEqual(once);
  });

  it.each(contentFiles)('%s: keeps every value and every comment line', (file) => {
    const original = readFileSync(join(root, file), 'utf8');
    const once = formatted(original, schemaOf(file), file);
    expect(valueOf(once)).toEqual(valueOf(original));
    const kept = new Set(commentLines(once));
    expect(commentLines(original).filter((line) => !kept.has(line))).toEqual([]);
  });

  it.each(contentFiles)('%s: wraps plain and folded text within 100 columns', (file) => {
    const once = formatted(readFileSync(join(root, file), 'utf8'), schemaOf(file), file);
    // Only comments, quoted titles and one-line flow lists may run past the width.
    const overflowing = once
      .split('\n')
      .filter((line) => line.length > FORMAT_LINE_WIDTH && !/^\s*(#|(- )?([A-Za-z]+: )?['"[{])/.test(line));
    expect(overflowing).toEqual([]);
  });

  it.each(contentFiles)('%s: ends with one newline and has no trailing whitespace', (file) => {
    const once = formatted(readFileSync(join(root, file), 'utf8'), schemaOf(file), file);
    expect(once).toMatch(/[^\n]\n$/);
    expect(once.split('\n').filter((line) => /[ \t]$/.test(line))).toEqual([]);
  });
});

describe('formatYaml()', () => {
  it('orders keys as the schema declares them at every depth, including requirements[].artifacts[]', () => {
    const canonical = formatted(stringify(validCredential()));
    expect(formatted(stringify(reverseKeys(validCredential())))).toBe(canonical);
    const value = valueOf(canonical) as { requirements: Array<{ artifacts: object[] }>; keyMethod: { components: object[] } };
    expect(Object.keys(value.requirements[0]!)).toEqual(['phase', 'task', 'artifacts']);
    expect(Object.keys(value.requirements[0]!.artifacts[0]!)).toEqual(knownKeysAt(credentialSchema, ['requirements', 0, 'artifacts', 0]));
    expect(Object.keys(value.keyMethod.components[0]!)).toEqual(['id', 'name', 'description']);
  });

  it('orders the keys of each entry in a file that is a list', () => {
    const text = stringify(reverseKeys(validPilots()));
    expect(Object.keys((valueOf(formatted(text, pilotsFileSchema, 'content/pilots.yaml')) as object[])[0]!)).toEqual(
      Object.keys(validPilots()[0]!),
    );
  });

  it('orders the keys inside a flow map', () => {
    expect(formatted('audience:\n  grades: { to: 12, from: 9 }\n')).toBe('audience:\n  grades: { from: 9, to: 12 }\n');
  });

  it('keeps keys the schema does not know, after the known ones, in their original order', () => {
    const text = ['zeta: 1', 'title: T', 'alpha: 2', 'id: x', 'history:', '  extra: e', '  proposedTitle: P', ''].join('\n');
    expect(formatted(text)).toBe(
      ['id: x', 'title: T', 'history:', '  proposedTitle: P', '  extra: e', 'zeta: 1', 'alpha: 2', ''].join('\n'),
    );
  });

  it('keeps the subtree of an unknown key exactly as it was ordered', () => {
    const text = 'id: x\nnotes:\n  title: b\n  id: a\n';
    expect(formatted(text)).toBe(text);
  });

  it('moves comments above a key and at the end of its line together with the key', () => {
    const text = [
      '# Header: what this file is.',
      'code: STEM-1.9 # the catalog code',
      '# The permanent id.',
      'id: sample',
      'history:',
      '  # Where it was tested.',
      '  pilot: pilot-1',
      '  # The working title.',
      '  proposedTitle: Sample # as proposed',
      'requirements:',
      '  - task: Do the task with your class.',
      '    # The phase comes first.',
      '    phase: analyze',
      '    artifacts:',
      '      # Which formats an assessor accepts.',
      '      - formats: [document, slides] # at least two',
      '        id: unit-analysis',
      '',
    ].join('\n');
    expect(formatted(text)).toBe(
      [
        '# Header: what this file is.',
        '# The permanent id.',
        'id: sample',
        'code: STEM-1.9 # the catalog code',
        'history:',
        '  # The working title.',
        '  proposedTitle: Sample # as proposed',
        '  # Where it was tested.',
        '  pilot: pilot-1',
        'requirements:',
        '  # The phase comes first.',
        '  - phase: analyze',
        '    task: Do the task with your class.',
        '    artifacts:',
        '      # Which formats an assessor accepts.',
        '      - id: unit-analysis',
        '        formats: [document, slides] # at least two',
        '',
      ].join('\n'),
    );
  });

  it('keeps the file header at the top when the first key moves', () => {
    expect(formatted('# Header.\ncode: STEM-1.9\nid: sample\n')).toBe('# Header.\nid: sample\ncode: STEM-1.9\n');
    expect(formatted('# Header.\n\n# About the code.\ncode: STEM-1.9\nid: sample\n')).toBe(
      '# Header.\n\n# About the code.\nid: sample\ncode: STEM-1.9\n',
    );
  });

  it('keeps a comment on the line of a key that opens a block', () => {
    const text = 'history: # from the RAND report\n  pilot: pilot-1\n  proposedTitle: Sample\n';
    expect(formatted(text)).toBe('history: # from the RAND report\n  proposedTitle: Sample\n  pilot: pilot-1\n');
  });

  it('keeps flow lists and maps on one line as written, padded inside braces only', () => {
    const authors = "['Kaufman, Julia H.', 'Christianson, Karen', 'Wolfe, Rebecca L.', 'Tekkumru-Kisa, Miray', 'Doss, Christopher Joseph']";
    const text = `estimatedHours: {min: 8, max: 10}\nalsoServes: [ ddem, pre-engineering ]\nresearch:\n  - authors: ${authors}\n    year: 2023\n`;
    expect(formatted(text)).toBe(
      `alsoServes: [ddem, pre-engineering]\nestimatedHours: { min: 8, max: 10 }\nresearch:\n  - authors: ${authors}\n    year: 2023\n`,
    );
  });

  it('keeps scalar styles: folded, literal, single and double quoted', () => {
    const text = [
      'title: "Double: quoted"',
      'summary: >-',
      '  Folded text.',
      'competency: |',
      '  Literal line one.',
      '  Literal line two.',
      "privacy: 'Single: quoted'",
      '',
    ].join('\n');
    expect(formatted(text)).toBe(text);
  });

  it('wraps plain and folded text at 100 columns, counting the indentation of nested keys', () => {
    const sentence = 'Students explain in their own words why each step of the procedure matters to the result they report.';
    const text = `summary: >-\n  ${sentence} ${sentence}\nkeyMethod:\n  components:\n    - name: Part\n      description: ${sentence}\n`;
    const lines = formatted(text).split('\n');
    expect(lines.filter((line) => line.length > FORMAT_LINE_WIDTH)).toEqual([]);
    expect(lines).toEqual([
      'summary: >-',
      '  Students explain in their own words why each step of the procedure matters to the result they',
      '  report. Students explain in their own words why each step of the procedure matters to the result',
      '  they report.',
      'keyMethod:',
      '  components:',
      '    - name: Part',
      '      description: Students explain in their own words why each step of the procedure matters to the',
      '        result they report.',
      '',
    ]);
  });

  it('wraps text that would fit on a line of its own but not after its key or dash', () => {
    const rationale = 'Students write step-by-step algorithms that a classmate executes literally, then debug them.';
    const course = 'Robotics or engineering design courses in which teams work to a materials budget and a deadline';
    const alignment = formatted(`alignments:\n  - rationale: ${rationale}\n`, alignmentSchema, 'content/credentials/sample/alignment.yaml');
    expect(alignment).toBe(
      'alignments:\n  - rationale: Students write step-by-step algorithms that a classmate executes literally, then\n      debug them.\n',
    );
    const courses = formatted(`audience:\n  courses:\n    - ${course}\n`);
    expect(courses).toBe(
      'audience:\n  courses:\n    - Robotics or engineering design courses in which teams work to a materials budget and a\n      deadline\n',
    );
  });

  it('rewraps text that an author wrapped elsewhere, keeping quoted titles on one line', () => {
    const title = 'Setting the Standard for Project Based Learning: A Proven Approach to Rigorous Classroom Instruction';
    const text = `summary: >-\n  One\n  two three.\nresearch:\n  - title: '${title}'\n`;
    expect(formatted(text)).toBe(`summary: >-\n  One two three.\nresearch:\n  - title: '${title}'\n`);
  });

  it('indents with two spaces and puts block sequences under their key', () => {
    const text = 'audience:\n    courses:\n    - Any STEM course\n    - Another course\n';
    expect(formatted(text)).toBe('audience:\n  courses:\n    - Any STEM course\n    - Another course\n');
  });

  it('ends with exactly one newline and drops trailing whitespace', () => {
    expect(formatted('id: sample   \r\ncode: STEM-1.9\t\r\n\r\n\r\n')).toBe('id: sample\ncode: STEM-1.9\n');
  });

  it('converts CR LF line endings to LF, keeping every value, comment and block', () => {
    const lf = ['# Header.', 'id: sample # the id', 'summary: >-', '  Folded text.', '', '  Second paragraph.'];
    lf.push('competency: |', '  Line one.', '  Line two.', '');
    const crlf = lf.join('\r\n');
    expect(formatted(crlf)).toBe(lf.join('\n'));
    expect(valueOf(formatted(crlf))).toEqual(valueOf(crlf));
  });

  it('converts mixed line endings, including a CR on its own, to LF with the same values', () => {
    const mixed = 'id: sample\r\ncode: STEM-1.9\rsummary: >-\n  Folded\r  text.\r\ncompetency: |\r  Line one.\n  Line two.\r\n';
    const once = formatted(mixed);
    expect(once).toBe('id: sample\ncode: STEM-1.9\nsummary: >-\n  Folded text.\ncompetency: |\n  Line one.\n  Line two.\n');
    expect(valueOf(once)).toEqual(valueOf(mixed));
  });

  it('places a syntax error in a file with CR line endings at the line an editor shows', () => {
    expect(formatYaml(CREDENTIAL, 'id: sample\rcode: STEM-1.9\rtitle: "Sample" Credential\r', credentialSchema)).toEqual({
      ok: false,
      problem: expect.objectContaining({ line: 3, rule: 'yaml' }),
    });
  });

  it('keeps trailing spaces that are part of a value', () => {
    const text = 'summary: >-\n  ends with a space \n\n  new paragraph\n';
    expect(valueOf(formatted(text))).toEqual(valueOf(text));
  });

  it('returns the problem at the line of a YAML syntax error, with no text', () => {
    const result: FormatResult = formatYaml(CREDENTIAL, 'id: sample\ncode: "STEM"-1.9\ntitle: Sample\n', credentialSchema);
    expect(result).toEqual({
      ok: false,
      problem: expect.objectContaining({
        file: CREDENTIAL,
        line: 2,
        rule: 'yaml',
        severity: 'error',
        message: expect.stringMatching(/^Fix the YAML syntax/),
      }),
    });
    expect('text' in result).toBe(false);
  });

  it('returns the problem at the line of a duplicate key', () => {
    const result = formatYaml(
      'content/credentials/sample/rubric.yaml',
      'levels: [Demonstrated, Progressing, Not Met]\nearnRule: a\nearnRule: b\n',
      rubricSchema,
    );
    expect(result).toEqual({ ok: false, problem: expect.objectContaining({ line: 3, rule: 'yaml' }) });
  });

  it('returns a problem where only the stricter YAML parser refuses the text', () => {
    const result = formatYaml(CREDENTIAL, `id: sample\n${'k'.repeat(1100)}: v\n`, credentialSchema);
    expect(result).toEqual({
      ok: false,
      problem: expect.objectContaining({
        line: 2,
        col: 1,
        rule: 'yaml',
        message: expect.stringMatching(/^Fix the YAML syntax: .*1024.*\.$/),
      }),
    });
  });
});
