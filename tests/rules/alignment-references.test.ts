import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { byRule, checkProject, editYaml } from '../helpers.ts';
import { validFramework } from '../factories.ts';

/** Extra registry files, by framework id, with the fields that differ from the fixture framework. */
type Registry = Record<string, Record<string, unknown>>;

const edit = (change: (alignments: any[]) => void, registry: Registry = {}) =>
  byRule(
    checkProject((files) => {
      for (const [id, overrides] of Object.entries(registry)) {
        files[`content/standards/${id}.yaml`] = stringify(validFramework({ id, ...overrides }));
      }
      editYaml(files, 'content/credentials/sample-credential/alignment.yaml', (data) => change(data.alignments));
    }),
    'alignment-references',
  );

/** Cite `code` under `framework` in the first alignment. */
const cite = (framework: string, code: string) => (alignments: any[]) => Object.assign(alignments[0], { framework, code });

/** A one-item registry file for a framework the rule treats as published, e.g. ngss. */
const published = (framework: string, item: Record<string, unknown>): Registry => ({
  [framework]: { shortName: framework.toUpperCase(), items: [item] },
});

describe('alignment-references', () => {
  it('accepts alignments to registered codes met by a phase or criterion', () => {
    expect(edit(() => {})).toEqual([]);
  });

  it('reports a made-up standard code', () => {
    expect(
      edit((alignments) => {
        alignments[0].code = 'SF-99';
      }),
    ).toMatchObject([{ file: 'content/credentials/sample-credential/alignment.yaml', field: 'alignments[0].code', line: 3 }]);
  });

  it('never asks an author to add a code of a published framework, and asks for its URI where items carry one', () => {
    const ngssItem = { code: 'HS-ETS1-1', label: 'An engineering design standard', uri: 'https://opensalt.net/uri/3417c38c' };
    const withUri = edit(cite('ngss', 'HS-ETS1-9'), published('ngss', ngssItem));
    expect(withUri).toMatchObject([
      {
        field: 'alignments[0].code',
        message: 'Use a code listed in content/standards/ngss.yaml: "HS-ETS1-9" is not one.',
      },
    ]);
    expect(withUri[0]!.hint).toMatch(/^check "HS-ETS1-9" against the published NGSS \(https:\/\/example\.org\/standards\) .*/);
    expect(withUri[0]!.hint).toMatch(/ask a maintainer to add it with its official URI$/);
    const literacyItem = { code: 'RST.9-10.3', label: 'A literacy standard for technical text' };
    const withoutUri = edit(cite('ccss-literacy', 'RST.9-10.99'), published('ccss-literacy', literacyItem));
    expect(withoutUri[0]!.hint).toMatch(/ask a maintainer to add it$/);
  });

  it('lets an author add a real code to a framework the registry lists by hand', () => {
    expect(edit(cite('sample-framework', 'SF-99'))[0]).toMatchObject({
      message: 'Add SF-99 to content/standards/sample-framework.yaml if SF prints it, or correct the code: the registry does not list it.',
      hint: expect.stringContaining('add only a code you find in the published SF (https://example.org/standards)'),
    });
  });

  it('reports a code listed under another framework at the framework, naming that framework', () => {
    expect(edit(cite('sample-framework', 'E-1'))).toMatchObject([
      {
        field: 'alignments[0].framework',
        line: 2,
        message: 'Change the framework to sample-educators: code "E-1" is in sample-educators, not in sample-framework.',
      },
    ]);
  });

  it('names every framework that lists the code', () => {
    const registry = { 'also-educators': { items: [{ code: 'E-1', label: 'The same code in a second framework' }] } };
    const hint = edit(cite('sample-framework', 'E-1'), registry)[0]!.hint;
    expect(hint).toContain('write framework: also-educators or framework: sample-educators');
  });

  it('suggests the framework that lists the code when the cited framework does not exist', () => {
    const hint = edit(cite('sample-frameworks', 'SF-1'))[0]!.hint;
    expect(hint).toBe('"SF-1" is listed in sample-framework: write framework: sample-framework');
  });

  it('reports a framework missing from the registry', () => {
    expect(
      edit((alignments) => {
        alignments[0].framework = 'unknown';
      }),
    ).toMatchObject([{ field: 'alignments[0].framework' }]);
  });

  it('reports an alignment to a requirement that does not exist', () => {
    expect(
      edit((alignments) => {
        alignments[1].addressedBy = 'no-such-step';
      }),
    ).toMatchObject([{ field: 'alignments[1].addressedBy' }]);
  });

  it('accepts an artifact id as the evidence', () => {
    expect(
      edit((alignments) => {
        alignments[1].addressedBy = 'classroom-video';
      }),
    ).toEqual([]);
  });
});
