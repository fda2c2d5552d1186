/**
 * The messages authors meet most, each checked twice: the problem names the right file, line and field,
 * and the snapshot beside this file holds the exact line printed, so reviewers read what authors read.
 */
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { formatProblem, type Problem } from '../src/lib/problems.ts';
import { checkProject, editYaml } from './helpers.ts';
import { validFramework } from './factories.ts';

const CREDENTIAL = 'content/credentials/sample-credential/credential.yaml';
const ALIGNMENT = 'content/credentials/sample-credential/alignment.yaml';

type Files = Record<string, string | Buffer>;

/** The one problem reported for `file` and `field`, which the test then compares with what it expects. */
function problemAt(problems: Problem[], file: string, field: string): Problem {
  const found = problems.filter((problem) => problem.file === file && problem.field === field && problem.severity === 'error');
  expect(found, `problems: ${problems.map(formatProblem).join('\n')}`).toHaveLength(1);
  return found[0]!;
}

/** 1-based number of the first line of `text` that contains `snippet`. */
const lineOf = (text: string, snippet: string) => text.split('\n').findIndex((line) => line.includes(snippet)) + 1;

/** Replace text in the fixture credential.yaml and return the new file, so tests can look up its line numbers. */
function editCredentialText(files: Files, from: string, to: string): string {
  const text = String(files[CREDENTIAL]);
  expect(text).toContain(from);
  files[CREDENTIAL] = text.replace(from, to);
  return String(files[CREDENTIAL]);
}

/** Registry files shaped like the real ones: NGSS items carry official URIs, CCSS literacy and ISTE items do not. */
function addPublishedFrameworks(files: Files): void {
  const framework = (id: string, overrides: Record<string, unknown>) => {
    files[`content/standards/${id}.yaml`] = stringify(validFramework({ id, ...overrides }));
  };
  framework('ngss', {
    name: 'Next Generation Science Standards',
    shortName: 'NGSS',
    url: 'https://www.nextgenscience.org/',
    items: [
      {
        code: 'HS-ETS1-2',
        label: 'Break a complex problem into smaller ones',
        gradeBand: '9-12',
        uri: 'https://opensalt.net/uri/3417c63d-d7cc-11e8-824f-0242ac160002',
      },
    ],
  });
  framework('ccss-literacy', {
    name: 'Common Core State Standards for Literacy',
    shortName: 'CCSS Literacy',
    url: 'https://www.thecorestandards.org/ELA-Literacy/',
    items: [{ code: 'RST.9-10.3', label: 'Carry out a multistep technical procedure', gradeBand: '9-10' }],
  });
  framework('iste-educators', {
    name: 'ISTE Standards for Educators',
    shortName: 'ISTE-E',
    audience: 'educators',
    url: 'https://iste.org/standards',
    items: [{ code: '2.7.c', label: 'Use assessment data to guide student progress' }],
  });
}

/** Check the fixture project with the published frameworks added and the first alignment changed. */
function checkFirstAlignment(framework: string, code: string): Problem[] {
  return checkProject((files) => {
    addPublishedFrameworks(files);
    editYaml(files, ALIGNMENT, (data) => Object.assign(data.alignments[0], { framework, code }));
  });
}

describe('messages authors see', () => {
  describe('a standard code cited under the wrong framework', () => {
    it('names the framework that lists the code', () => {
      const problem = problemAt(checkFirstAlignment('ngss', '2.7.c'), ALIGNMENT, 'alignments[0].framework');
      expect(problem).toMatchObject({ line: 2, rule: 'alignment-references' });
      expect(problem.message).toContain('iste-educators');
      expect(formatProblem(problem)).toMatchSnapshot();
    });

    it('names it too when the cited framework does not exist', () => {
      const problem = problemAt(checkFirstAlignment('nsgg', 'HS-ETS1-2'), ALIGNMENT, 'alignments[0].framework');
      expect(problem).toMatchObject({ line: 2, hint: expect.stringContaining('write framework: ngss') });
      expect(formatProblem(problem)).toMatchSnapshot();
    });
  });

  describe('a standard code the registry does not list', () => {
    it.each([
      ['NGSS, whose items carry official URIs', 'ngss', 'HS-ETS1-9'],
      ['CCSS literacy, whose items have no URI', 'ccss-literacy', 'RST.9-10.99'],
    ])('%s, a published framework: sends the author to the published text and a maintainer', (_name, framework, code) => {
      const problem = problemAt(checkFirstAlignment(framework, code), ALIGNMENT, 'alignments[0].code');
      expect(problem.line).toBe(3);
      expect(problem.message).not.toMatch(/^Add /);
      expect(problem.hint).toContain('ask a maintainer');
      expect(formatProblem(problem)).toMatchSnapshot();
    });

    it("a framework the registry lists by hand: the author may add a real code, from the publisher's text", () => {
      const problem = problemAt(checkFirstAlignment('iste-educators', '2.9.z'), ALIGNMENT, 'alignments[0].code');
      expect(problem).toMatchObject({ line: 3, hint: expect.stringContaining('https://iste.org/standards') });
      expect(formatProblem(problem)).toMatchSnapshot();
    });
  });

  describe('YAML indentation', () => {
    // Each case: the line as the fixture writes it, the same line mis-indented, and the field it holds.
    it.each([
      ['a key one space too far in a mapping', '    to: 12', '     to: 12', 'audience.grades.to'],
      ['the first key of a mapping one space too far', '    from: 9', '     from: 9', 'audience.grades.from'],
      ['a key one space short in a list entry', '      description: What', '     description: What', 'keyMethod.components[0].description'],
      ['a top-level key indented by one space', 'level: 1', ' level: 1', 'level'],
      ['a list entry whose "-" is one space out', '    - id: second-part', '   - id: second-part', 'keyMethod.components[1].id'],
    ])('%s: points at that line and says how far to indent it', (_name, from, to, field) => {
      let text = '';
      const problem = problemAt(
        checkProject((files) => {
          text = editCredentialText(files, from, to);
        }),
        CREDENTIAL,
        field,
      );
      expect(problem).toMatchObject({ line: lineOf(text, to), rule: 'yaml', hint: expect.stringMatching(/line up with/) });
      expect(formatProblem(problem)).toMatchSnapshot();
    });

    it('asks for spaces instead of a tab', () => {
      let text = '';
      const problems = checkProject((files) => {
        text = editCredentialText(files, '  grades:', '\tgrades:');
      });
      const problem = problemAt(problems, CREDENTIAL, '');
      expect(problem).toMatchObject({ line: lineOf(text, '\tgrades:'), hint: expect.stringContaining('spaces') });
      expect(formatProblem(problem)).toMatchSnapshot();
    });
  });

  describe('a file saved as UTF-16', () => {
    const utf16 = (text: string, order: 'LE' | 'BE') => {
      const bytes = Buffer.from(text, 'utf16le');
      return order === 'LE' ? bytes : bytes.swap16();
    };
    it.each([
      ['little-endian with a byte-order mark', '\uFEFF', 'LE'],
      ['big-endian with a byte-order mark', '\uFEFF', 'BE'],
      ['little-endian without a byte-order mark', '', 'LE'],
    ] as const)('%s: is named as UTF-16 with how to save it as UTF-8', (_name, mark, order) => {
      const problems = checkProject((files) => {
        files[CREDENTIAL] = utf16(mark + String(files[CREDENTIAL]), order);
      });
      const problem = problemAt(problems, CREDENTIAL, '');
      expect(problem).toMatchObject({ line: 1, rule: 'file', message: expect.stringContaining(`UTF-16 ${order}`) });
      expect(problem.message).not.toContain('binary');
      expect(formatProblem(problem)).toMatchSnapshot();
    });
  });

  describe('a date written in another order', () => {
    it.each(['12/02/2026', '12/2/2026', '2026/12/02', '02.12.2026'])('%s: suggests 2026-12-02', (date) => {
      let text = '';
      const problems = checkProject((files) => {
        editYaml(files, CREDENTIAL, (data) => {
          data.changelog[0].date = date;
        });
        text = String(files[CREDENTIAL]);
      });
      const problem = problemAt(problems, CREDENTIAL, 'changelog[0].date');
      expect(problem).toMatchObject({
        line: lineOf(text, `date: ${date}`),
        hint: expect.stringContaining('date: 2026-12-02 if you meant December 2, 2026'),
      });
      expect(formatProblem(problem)).toMatchSnapshot();
    });
  });

  it('an apostrophe inside single quotes: shows both right ways to write the text', () => {
    const broken = "title: 'Teacher's guide'";
    let text = '';
    const problems = checkProject((files) => {
      text = editCredentialText(files, 'title: Sample Credential', broken);
    });
    const problem = problemAt(problems, CREDENTIAL, 'title');
    expect(problem).toMatchObject({ line: lineOf(text, broken), col: 8, rule: 'yaml' });
    expect(problem.hint).toBe(`write it as "Teacher's guide" (double quotes) or 'Teacher''s guide' (double the apostrophe)`);
    expect(formatProblem(problem)).toMatchSnapshot();
  });

  it("a range written as text where fields are expected: shows the fields with the author's numbers", () => {
    const problems = checkProject((files) =>
      editYaml(files, CREDENTIAL, (data) => {
        data.estimatedHours = '5-10 hours';
      }),
    );
    const problem = problemAt(problems, CREDENTIAL, 'estimatedHours');
    expect(problem).toMatchObject({ line: 12, hint: 'write it as estimatedHours: { min: 5, max: 10 }' });
    expect(formatProblem(problem)).toMatchSnapshot();
  });
});
