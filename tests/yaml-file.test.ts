import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { loadYamlFile, parseYamlFile } from '../src/lib/content/yaml-file.ts';

const schema = z.strictObject({
  title: z.string({ error: 'Write the title as text.' }).describe('The title.'),
  items: z.array(z.strictObject({ name: z.string().describe('A name.'), count: z.number().int().min(1) })).describe('Things.'),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .refine((value) => !Number.isNaN(Date.parse(value)))
    .optional(),
  month: z
    .string()
    .regex(/^\d{4}-\d{2}$/)
    .optional(),
  range: z
    .strictObject({ from: z.number(), to: z.number() })
    .refine((range) => range.from <= range.to)
    .optional(),
});

describe('parseYamlFile()', () => {
  it('reports the first syntax error with its line and a hint', () => {
    const { problems, raw } = parseYamlFile('f.yaml', 'title: ok\nitems:\n  - name: a\n  - name: b: c\n  - name: d: e\n');
    expect(raw).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ rule: 'yaml', line: 4, message: expect.stringMatching(/^Fix the YAML syntax/) });
  });

  it('reports a duplicate key at the second occurrence', () => {
    const { problems } = parseYamlFile('f.yaml', 'title: a\ntitle: b\n');
    expect(problems[0]).toMatchObject({ line: 2, hint: expect.stringContaining('only once') });
  });

  it.each([
    ['one space too far', 'title: ok\nitems:\n  - name: a\n     count: 1\n', 6],
    ['one space too little', 'title: ok\nitems:\n  - name: a\n   count: 1\n', 4],
  ])('points a key indented %s at its own line, with the column to move it to', (_name, text, col) => {
    expect(parseYamlFile('f.yaml', text).problems).toEqual([
      expect.objectContaining({
        line: 4,
        col,
        field: 'items[0].count',
        hint: 'indent this line with 4 spaces to line up with "name" on line 3',
      }),
    ]);
  });

  it('lines a mis-indented field up with the block it belongs to, not the nearest line', () => {
    const text = 'audience:\n  grades:\n    from: 9\n    to: 12\n courses: [a]\n';
    expect(parseYamlFile('f.yaml', text).problems).toMatchObject([
      {
        line: 5,
        field: 'audience.courses',
        hint: 'indent this line with 2 spaces to line up with "grades" on line 2',
      },
    ]);
  });

  it('blames the first field of a block when the next one sits where fields of that block belong', () => {
    expect(parseYamlFile('f.yaml', 'history:\n   proposedTitle: a\n  designCycle: b\n').problems).toMatchObject([
      {
        line: 2,
        col: 4,
        field: 'history.proposedTitle',
        hint: 'indent this line with 2 spaces to line up with "designCycle" on line 3',
      },
    ]);
  });

  it('points a mis-indented list entry at its "-"', () => {
    const text = 'items:\n  - name: a\n - name: b\n';
    expect(parseYamlFile('f.yaml', text).problems).toMatchObject([
      {
        line: 3,
        col: 2,
        field: 'items[1].name',
        hint: 'indent this line with 2 spaces to line up with the "-" on line 2',
      },
    ]);
  });

  it('is not misled by block text that looks like fields', () => {
    const text = 'notes: |\n  first: line\n     second: line\ntitle: ok\n bad: 1\n';
    expect(parseYamlFile('f.yaml', text).problems).toMatchObject([
      { line: 5, field: 'bad', hint: 'remove the indentation to line up with "title" on line 4' },
    ]);
  });

  it('asks for spaces where a tab indents a line', () => {
    expect(parseYamlFile('f.yaml', 'a:\n\tb: 1\n').problems).toMatchObject([{ line: 2, hint: expect.stringContaining('spaces') }]);
  });

  it("shows both ways to write an apostrophe inside single quotes, with the author's text", () => {
    expect(parseYamlFile('f.yaml', "items:\n  - title: 'It''s the teacher's guide'\n").problems).toMatchObject([
      {
        line: 2,
        col: 12,
        field: 'items[0].title',
        hint: `write it as "It's the teacher's guide" (double quotes) or 'It''s the teacher''s guide' (double the apostrophe)`,
      },
    ]);
  });

  it('keeps dates as text so every reader sees the same value', () => {
    expect(parseYamlFile('f.yaml', 'date: 2021-05-28\n').raw).toEqual({ date: '2021-05-28' });
  });
});

describe('loadYamlFile()', () => {
  const load = (text: string) => loadYamlFile('f.yaml', text, schema).problems;

  it('points a wrong value at its own line and column', () => {
    expect(load('title: ok\nitems:\n  - name: a\n    count: 0\n')).toMatchObject([
      { field: 'items[0].count', line: 4, col: 12, message: 'Use a value of at least 1.' },
    ]);
  });

  it('says which field to add when one is missing, with the field description as hint', () => {
    expect(load('items: []\n')).toMatchObject([{ field: 'title', message: 'Add the required field "title".', hint: 'The title.' }]);
  });

  it('suggests the nearest field for a misspelt key, pointing at the key', () => {
    expect(load('titel: ok\nitems: []\n')).toContainEqual(
      expect.objectContaining({ field: 'titel', line: 1, col: 1, hint: 'did you mean "title"?' }),
    );
  });

  it('says a field has no value when it is left blank', () => {
    expect(load('title:\nitems: []\n')).toMatchObject([{ field: 'title', message: 'Fill in "title": it has no value.' }]);
  });

  it.each([
    ['12/02/2026', 'write date: 2026-12-02 if you meant December 2, 2026, or date: 2026-02-12 if you meant February 12, 2026'],
    ['25/12/2026', 'write date: 2026-12-25 if you meant December 25, 2026'],
    ['2026/12/2', 'write date: 2026-12-02 if you meant December 2, 2026'],
    ['02.12.2026', 'write date: 2026-12-02 if you meant December 2, 2026, or date: 2026-02-12 if you meant February 12, 2026'],
  ])('suggests the ISO form of a date written %s, once', (date, hint) => {
    expect(load(`title: ok\nitems: []\ndate: ${date}\n`)).toMatchObject([{ field: 'date', line: 3, hint }]);
  });

  it('suggests a date only where the field accepts it', () => {
    expect(load('title: ok\nitems: []\nmonth: 12/02/2026\n')[0]!.hint).toBeUndefined();
  });

  it('builds the fields from the numbers of a range written as text', () => {
    expect(load('title: ok\nitems: []\nrange: 9-12\n')).toMatchObject([{ field: 'range', hint: 'write it as range: { from: 9, to: 12 }' }]);
  });

  it('offers no fields that would be refused in turn', () => {
    expect(load('title: ok\nitems: []\nrange: 12-9\n')[0]!.hint).toBeUndefined();
  });

  it('turns zod default messages into instructions', () => {
    expect(load('title: ok\nitems:\n  - name: a\n    count: 1.5\n')).toMatchObject([
      { field: 'items[0].count', message: 'Use a whole number.' },
    ]);
  });
});
