import { describe, expect, it } from 'vitest';
import { byRule, checkProject, editYaml } from '../../../tests/helpers.ts';

const edit = (change: (alignments: any[]) => void) =>
  byRule(checkProject((files) => editYaml(files, 'content/credentials/sample-credential/alignment.yaml', (data) => change(data.alignments))), 'alignment-references');

describe('alignment-references', () => {
  it('accepts alignments to registered codes met by a phase or criterion', () => {
    expect(edit(() => {})).toEqual([]);
  });

  it('reports a made-up standard code', () => {
    expect(edit((alignments) => { alignments[0].code = 'SF-99'; })).toMatchObject([{ file: 'content/credentials/sample-credential/alignment.yaml', field: 'alignments[0].code', line: 3 }]);
  });

  it('reports a framework missing from the registry', () => {
    expect(edit((alignments) => { alignments[0].framework = 'unknown'; })).toMatchObject([{ field: 'alignments[0].framework' }]);
  });

  it('reports an alignment to a requirement that does not exist', () => {
    expect(edit((alignments) => { alignments[1].addressedBy = 'no-such-step'; })).toMatchObject([{ field: 'alignments[1].addressedBy' }]);
  });

  it('accepts an artifact id as the evidence', () => {
    expect(edit((alignments) => { alignments[1].addressedBy = 'classroom-video'; })).toEqual([]);
  });
});
