import { describe, expect, it } from 'vitest';
import { approversOf, parseCodeOwners } from '../src/lib/review/code-owners.ts';

const contract = parseCodeOwners(`# comment line
*              @org/maintainers
/content/      @org/content-reviewers   # trailing comment
/content/credentials/*/rubric.yaml  @org/assessors @org/content-reviewers
docs/          @org/writers
/.github/CODEOWNERS @org/maintainers
`);

describe('parseCodeOwners()', () => {
  it('lets the last matching line win, as GitHub does', () => {
    expect(contract.ownersOf('content/credentials/x/credential.yaml')).toEqual(['@org/content-reviewers']);
    expect(contract.ownersOf('content/credentials/x/rubric.yaml')).toEqual(['@org/assessors', '@org/content-reviewers']);
    expect(contract.ownersOf('src/lib/content/catalog.ts')).toEqual(['@org/maintainers']);
  });

  it('anchors a leading slash to the root and lets a bare folder match at any depth', () => {
    expect(contract.ownersOf('src/content/x.ts')).toEqual(['@org/maintainers']);
    expect(contract.ownersOf('site/docs/guide.md')).toEqual(['@org/writers']);
  });

  it('names no owner when no line matches', () => {
    expect(parseCodeOwners('/content/ @org/content-reviewers\n').ownersOf('README.md')).toEqual([]);
  });
});

describe('approversOf()', () => {
  it('groups changed files by the owners who must approve them', () => {
    expect(approversOf(contract, ['content/a.yaml', 'README.md', 'content/b.yaml'])).toEqual([
      { owners: ['@org/content-reviewers'], files: ['content/a.yaml', 'content/b.yaml'] },
      { owners: ['@org/maintainers'], files: ['README.md'] },
    ]);
  });
});
