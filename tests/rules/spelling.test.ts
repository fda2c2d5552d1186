import { beforeAll, describe, expect, it } from 'vitest';
import rule from '../../src/lib/checks/rules/spelling.ts';
import { loadCatalog } from '../../src/lib/content/catalog.ts';
import { runChecks, SUITES } from '../../src/lib/checks/suites.ts';
import { templateTexts } from '../../src/lib/checks/spelling/site-text.ts';
import { wordsIn } from '../../src/lib/checks/spelling/words.ts';
import { loadEnglishDictionary } from '../../src/lib/checks/spelling/dictionary.ts';
import { validProjectFiles, writeProject } from '../factories.ts';
import { editYaml, runRule } from '../helpers.ts';

const C = 'content/credentials/sample-credential';
const problemsAfter = (change: (files: Record<string, string | Buffer>) => void) => runRule(rule, change);

/** Line and column (1-based) of the first whole `word` in `text`, as an editor shows them. */
function placeOf(text: string, word: string) {
  const index = new RegExp(`\\b${word}\\b`).exec(text)!.index;
  const before = text.slice(0, index).split('\n');
  return { line: before.length, col: before.at(-1)!.length + 1 };
}

beforeAll(() => loadEnglishDictionary());

describe('spelling', () => {
  it('passes the valid fixture project', () => {
    expect(problemsAfter(() => {})).toEqual([]);
  });

  it('reports a misspelled word at its own line, column and field, with the suggested spelling', () => {
    let text = '';
    const problems = problemsAfter((files) => {
      editYaml(files, `${C}/credential.yaml`, (data) => {
        data.summary = 'Teachers plan a unit, and students recieve written feedback on every draft they hand in.';
      });
      text = String(files[`${C}/credential.yaml`]);
    });
    expect(problems).toEqual([
      {
        file: `${C}/credential.yaml`,
        ...placeOf(text, 'recieve'),
        field: 'summary',
        message:
          'Check the spelling of "recieve": it is not in the American English dictionary. Did you mean "receive" (or "relieve", "received")?',
        hint: 'fix the spelling; if "recieve" is right (a name or a term of art), add it on a line of its own to content/cspell-words.txt',
        rule: 'spelling',
        severity: 'error',
      },
    ]);
  });

  it('finds each word of a folded block in the file, in order, past comments', () => {
    let text = '';
    const problems = problemsAfter((files) => {
      editYaml(files, `${C}/rubric.yaml`, (data) => {
        data.criteria[0].descriptors.progressing = 'PLACEHOLDER';
      });
      text = String(files[`${C}/rubric.yaml`])
        .replace(/^criteria:/m, '# a comment on teh criteria, which is not text\ncriteria:')
        .replace(
          /^( *)progressing: PLACEHOLDER$/m,
          '$1progressing: >-\n$1  Some evidence is there, but teh\n$1  sources are unnamed, and teh rest is missing.',
        );
      files[`${C}/rubric.yaml`] = text;
    });
    const lines = text.split('\n');
    const at = (line: number) => ({ line: line + 1, col: lines[line]!.indexOf('teh') + 1 });
    const first = lines.findIndex((line) => line.endsWith('but teh'));
    expect(problems.map(({ line, col, field }) => ({ line, col, field }))).toEqual([
      { ...at(first), field: 'criteria[0].descriptors.progressing' },
      { ...at(first + 1), field: 'criteria[0].descriptors.progressing' },
    ]);
  });

  it('fails a British spelling with the American form first', () => {
    const problems = problemsAfter((files) =>
      editYaml(files, `${C}/rubric.yaml`, (data) => {
        data.criteria[0].descriptors.demonstrated = 'Students realise which behavioural patterns the data show.';
      }),
    );
    expect(problems.map((problem) => problem.message)).toEqual([
      expect.stringContaining('"realise": it is not in the American English dictionary. Did you mean "realize"'),
      expect.stringContaining('"behavioural": it is not in the American English dictionary. Did you mean "behavioral"'),
    ]);
  });

  it('leaves the British words of the american-spelling list to that rule, so each is reported once', async () => {
    const files: Record<string, string | Buffer> = validProjectFiles();
    editYaml(files, `${C}/credential.yaml`, (data) => {
      data.summary = 'Students choose a colour scheme and practise the layout before they publish the page.';
    });
    const quality = SUITES.filter((suite) => suite.id === 'quality');
    const { problems } = await runChecks(loadCatalog(writeProject(files)), quality);
    expect(problems.map((problem) => [problem.rule, problem.message])).toEqual([
      ['american-spelling', 'Write "color", the American spelling, instead of "colour".'],
      ['american-spelling', 'Write "practice", the American spelling, instead of "practise".'],
    ]);
  });

  it('accepts a word of the project word list, in any case, with its possessive', () => {
    const summary = 'Students model a bracket in Tinkercad, then print TINKERCAD exports on the Tinkercad’s own printer.';
    const unlisted = problemsAfter((files) =>
      editYaml(files, `${C}/credential.yaml`, (data) => {
        data.summary = summary;
      }),
    );
    expect(unlisted.map((problem) => problem.message.slice(0, 37))).toEqual([
      'Check the spelling of "Tinkercad": it',
      'Check the spelling of "TINKERCAD": it',
      'Check the spelling of "Tinkercad’s": ',
    ]);
    const listed = problemsAfter((files) => {
      files['content/cspell-words.txt'] = '# Project words\nTinkercad\n';
      editYaml(files, `${C}/credential.yaml`, (data) => {
        data.summary = summary;
      });
    });
    expect(listed).toEqual([]);
  });

  it('accepts the plural of a listed word', () => {
    const problems = problemsAfter((files) => {
      files['content/cspell-words.txt'] = 'microcontroller\n';
      editYaml(files, `${C}/credential.yaml`, (data) => {
        data.summary = 'Students wire two Microcontrollers to one microcontroller and compare the readings.';
      });
    });
    expect(problems).toEqual([]);
  });

  it('leaves cited titles, authors and publishers as printed, and ids, codes and addresses alone', () => {
    const problems = problemsAfter((files) => {
      editYaml(files, `${C}/credential.yaml`, (data) => {
        data.research[0] = { authors: ['Sentance, Sue'], year: 2019, title: 'Teh Recieved View', source: 'Jornal of Learnning' };
        data.resources[0].title = 'Tinkercad';
        data.resources[0].publisher = 'Autodesk';
        data.resources[0].url = 'https://www.tinkercad.com/learnn';
        data.summary =
          'Align to RST.9-10.3 and 3A-AP-15 (see https://example.org/recieve or write to help@exmaple.org), as in CS-3.6 and p5.js.';
      });
      editYaml(files, 'content/standards/sample-framework.yaml', (data) => {
        data.name = 'Standards for Scientfic Practise';
        data.publisher = 'Acheive Inc.';
      });
    });
    expect(problems).toEqual([]);
  });

  it('reports a misspelling in a one-pager at its line and column', () => {
    let text = '';
    const problems = problemsAfter((files) => {
      files[`${C}/one-pager.mdx`] =
        `${String(files[`${C}/one-pager.mdx`])}\nPairs trace the code and [recieve feedback](https://example.org/recieve) from \`recieve()\`.\n`;
      text = String(files[`${C}/one-pager.mdx`]);
    });
    expect(problems).toMatchObject([{ file: `${C}/one-pager.mdx`, ...placeOf(text, 'recieve'), field: '', rule: 'spelling' }]);
  });

  it('reports a misspelling in a site template, and not in its script, styles or expressions', () => {
    const template = [
      '---',
      "const note = 'recieve';",
      '---',
      '<Base title="Teh catalog" description="Every credential">',
      '  <h1>Browse the catalouge</h1>',
      '  {items.map((item) => <li class="recieve">{item.recieve}</li>)}',
      '  <!-- a comment about recieve -->',
      '  <p>{count} micro-credentials &amp; stacks</p>',
      '  <script>const recieve = 1 < 2;</script>',
      '  <style>.recieve { color: red; }</style>',
      '</Base>',
      '',
    ].join('\n');
    const problems = problemsAfter((files) => {
      files['src/pages/index.astro'] = template;
    });
    expect(
      problems.map(({ file, line, col, field, message }) => ({ file, line, col, field, word: /"([^"]+)"/.exec(message)![1] })),
    ).toEqual([
      { file: 'src/pages/index.astro', line: 4, col: 14, field: '<Base title>', word: 'Teh' },
      { file: 'src/pages/index.astro', line: 5, col: 18, field: '<h1>', word: 'catalouge' },
    ]);
    // cspell's dictionary holds "catalogue" too; the suggestion is the American form.
    expect(problems[1]!.message).toContain('Did you mean "catalog"');
  });
});

describe('the words of a text', () => {
  it('splits on hyphens and slashes, keeps apostrophes inside words, and skips codes and addresses', () => {
    expect(wordsIn('Driver-navigator pairs don’t use K-12 or www.example.org/x and/or e.g. Code.org').map((entry) => entry.word)).toEqual([
      'Driver',
      'navigator',
      'pairs',
      'don’t',
      'use',
      'or',
      'and',
      'or',
    ]);
  });

  it('reads the text nodes and read attributes of a template, not its frontmatter', () => {
    const texts = templateTexts('---\nconst a = 1;\n---\n<!doctype html>\n<img alt="A chart" src="/x.png">\n<p>Hello {name}</p>');
    expect(texts.map((entry) => [entry.field, entry.text.trim()])).toEqual([
      ['<img alt>', 'A chart'],
      ['<p>', 'Hello'],
    ]);
  });
});
