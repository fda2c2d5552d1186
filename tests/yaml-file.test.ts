import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { loadYamlFile, parseYamlFile } from '../src/lib/yaml-file.ts';

const schema = z.strictObject({
  title: z.string({ error: 'Write the title as text.' }).describe('The title.'),
  items: z.array(z.strictObject({ name: z.string().describe('A name.'), count: z.number().int().min(1) })).describe('Things.'),
});

describe('parseYamlFile()', () => {
  it('reports the first syntax error with its line and a hint', () => {
    const { problems, raw } = parseYamlFile('f.yaml', 'title: ok\nitems:\n  - name: a\n   count: 1\n  - name: b\n');
    expect(raw).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ rule: 'yaml', line: 4, message: expect.stringMatching(/^Fix the YAML syntax/) });
  });

  it('reports a duplicate key at the second occurrence', () => {
    const { problems } = parseYamlFile('f.yaml', 'title: a\ntitle: b\n');
    expect(problems[0]).toMatchObject({ line: 2, hint: expect.stringContaining('only once') });
  });

  it('keeps dates as text so every reader sees the same value', () => {
    expect(parseYamlFile('f.yaml', 'date: 2021-05-28\n').raw).toEqual({ date: '2021-05-28' });
  });
});

describe('loadYamlFile()', () => {
  const load = (text: string) => loadYamlFile('f.yaml', text, schema).problems;

  it('points a wrong value at its own line and column', () => {
    expect(load('title: ok\nitems:\n  - name: a\n    count: 0\n')).toMatchObject([{ field: 'items[0].count', line: 4, col: 12, message: 'Use a value of at least 1.' }]);
  });

  it('says which field to add when one is missing, with the field description as hint', () => {
    expect(load('items: []\n')).toMatchObject([{ field: 'title', message: 'Add the required field "title".', hint: 'The title.' }]);
  });

  it('suggests the nearest field for a misspelt key, pointing at the key', () => {
    expect(load('titel: ok\nitems: []\n')).toContainEqual(expect.objectContaining({ field: 'titel', line: 1, col: 1, hint: 'did you mean "title"?' }));
  });

  it('says a field has no value when it is left blank', () => {
    expect(load('title:\nitems: []\n')).toMatchObject([{ field: 'title', message: 'Fill in "title": it has no value.' }]);
  });

  it('turns zod default messages into instructions', () => {
    expect(load('title: ok\nitems:\n  - name: a\n    count: 1.5\n')).toMatchObject([{ field: 'items[0].count', message: 'Use a whole number.' }]);
  });
});
