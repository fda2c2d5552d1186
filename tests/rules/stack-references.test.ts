import { describe, expect, it } from 'vitest';
import { byRule, checkProject, editYaml } from '../helpers.ts';

const edit = (change: (data: any) => void) =>
  byRule(
    checkProject((files) => editYaml(files, 'content/stacks/sample-stack.yaml', change)),
    'stack-references',
  );

describe('stack-references', () => {
  it('accepts a stack of existing credentials on an existing pathway', () => {
    expect(edit(() => {})).toEqual([]);
  });

  it('reports a stack member that does not exist', () => {
    expect(
      edit((data) => {
        data.credentials.push('ghost');
      }),
    ).toMatchObject([{ file: 'content/stacks/sample-stack.yaml', field: 'credentials[2]' }]);
  });

  it('reports an unknown pathway', () => {
    expect(
      edit((data) => {
        data.pathway = 'ddem';
      }),
    ).toMatchObject([{ field: 'pathway' }]);
  });
});
