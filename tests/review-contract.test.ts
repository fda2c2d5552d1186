/**
 * The review contract is prose and configuration that no other check reads: CODEOWNERS decides who
 * must approve what, the pull-request template is the reviewer's checklist, and CONTRIBUTING.md tells
 * authors how to fix what the checks report. These tests hold all three to the code they describe, so
 * a new rule or a new npm command cannot ship undocumented and content cannot slip out of LDOE review.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

const CONTENT_REVIEWERS = '@ldoe-stem/content-reviewers';
const MAINTAINERS = '@ldoe-stem/maintainers';

/** Every file under a folder of the project, as a project-relative path with forward slashes. */
function filesUnder(folder: string): string[] {
  return (readdirSync(join(root, folder), { recursive: true }) as string[])
    .map((entry) => `${folder}/${entry.split('\\').join('/')}`)
    .filter((path) => statSync(join(root, path)).isFile());
}

interface OwnerLine {
  pattern: string;
  owners: string[];
  matches: RegExp;
}

/**
 * A CODEOWNERS pattern as a regular expression, following GitHub's rules: gitignore syntax without
 * `!`, `[ ]` or `\` escapes; a leading or inner slash anchors the pattern at the root; a trailing
 * slash, or a pattern naming a folder, owns everything inside it; `dir/*` owns only direct children.
 */
function patternToRegExp(pattern: string): RegExp {
  const core = pattern.replace(/^\//, '').replace(/\/$/, '');
  const anchored = pattern.startsWith('/') || core.includes('/');
  let source = '';
  for (let index = 0; index < core.length; index += 1) {
    if (core.startsWith('**/', index)) {
      source += '(?:.*/)?';
      index += 2;
    } else if (core.startsWith('**', index)) {
      source += '.*';
      index += 1;
    } else if (core[index] === '*') source += '[^/]*';
    else if (core[index] === '?') source += '[^/]';
    else source += core[index]!.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  const inside = pattern.endsWith('/') ? '/.+' : /(^|\/)\*$/.test(core) && core !== '*' ? '' : '(?:/.+)?';
  return new RegExp(`^${anchored ? '' : '(?:.*/)?'}${source}${inside}$`);
}

function parseCodeowners(text: string): OwnerLine[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [pattern = '', ...rest] = line.split(/\s+/);
      const comment = rest.findIndex((word) => word.startsWith('#'));
      return { pattern, owners: comment >= 0 ? rest.slice(0, comment) : rest, matches: patternToRegExp(pattern) };
    });
}

/** GitHub's precedence: the last line whose pattern matches decides the owners. */
function ownersOf(lines: OwnerLine[], path: string): string[] | undefined {
  return lines.findLast((line) => line.matches.test(path))?.owners;
}

const codeownersText = read('.github/CODEOWNERS');
const codeowners = parseCodeowners(codeownersText);

/** Paths that exist nowhere yet, standing for what authors and maintainers will add later. */
const FUTURE_CONTENT = [
  'content/credentials/a-new-credential/credential.yaml',
  'content/standards/new-framework.yaml',
  'content/stacks/new-stack.yaml',
  'content/new-list.yaml',
];
const FUTURE_MACHINERY = [
  'schemas/new-content-type.ts',
  'scripts/new-command.ts',
  'src/lib/checks/rules/new-rule.ts',
  'src/pages/new-page.astro',
  'tests/new.test.ts',
  '.github/workflows/new-workflow.yml',
  '.ci/new-step',
];

describe('ownersOf()', () => {
  it('lets the last matching line win, whatever order the lines are in', () => {
    const path = 'content/credentials/x/rubric.yaml';
    expect(ownersOf(parseCodeowners('* @general\n/content/ @specific'), path)).toEqual(['@specific']);
    expect(ownersOf(parseCodeowners('/content/ @specific\n* @general'), path)).toEqual(['@general']);
  });

  it('anchors a pattern with a slash at the root and matches a bare name at any depth', () => {
    const lines = parseCodeowners('/package.json @root-only\nREADME.md @anywhere');
    expect(ownersOf(lines, 'package.json')).toEqual(['@root-only']);
    expect(ownersOf(lines, 'tests/fixtures/package.json')).toBeUndefined();
    expect(ownersOf(lines, 'content/standards/README.md')).toEqual(['@anywhere']);
  });

  it('gives a folder pattern everything inside it, but dir/* only its direct children', () => {
    const lines = parseCodeowners('/content/ @folder\n/docs/* @direct\n/notes/** @deep');
    expect(ownersOf(lines, 'content/credentials/x/one-pager.mdx')).toEqual(['@folder']);
    expect(ownersOf(lines, 'contents.md')).toBeUndefined();
    expect(ownersOf(lines, 'docs/guide.md')).toEqual(['@direct']);
    expect(ownersOf(lines, 'docs/nested/guide.md')).toBeUndefined();
    expect(ownersOf(lines, 'notes/a/b.md')).toEqual(['@deep']);
  });
});

describe('.github/CODEOWNERS', () => {
  it('uses only syntax GitHub honors and only the two review teams', () => {
    expect(codeowners.length).toBeGreaterThan(0);
    for (const line of codeowners) {
      expect(line.pattern, 'GitHub ignores "!", "[ ]" and "\\" in CODEOWNERS').not.toMatch(/[![\]\\]/);
      expect(line.owners.length, `${line.pattern} has no owner`).toBeGreaterThan(0);
      for (const owner of line.owners) expect([CONTENT_REVIEWERS, MAINTAINERS], `${line.pattern} names ${owner}`).toContain(owner);
    }
  });

  it('gives every content file, present and future, to the LDOE content reviewers alone', () => {
    const paths = [...filesUnder('content'), ...FUTURE_CONTENT];
    expect(paths.length).toBeGreaterThan(FUTURE_CONTENT.length);
    const wrong = paths.filter((path) => JSON.stringify(ownersOf(codeowners, path)) !== JSON.stringify([CONTENT_REVIEWERS]));
    expect(wrong, 'content paths not owned by the content reviewers alone').toEqual([]);
  });

  it('gives the schemas, scripts, site, tests, CI, package files and CODEOWNERS itself to the maintainers alone', () => {
    const folders = ['schemas', 'scripts', 'src', 'tests', '.github/workflows', '.ci'];
    const paths = [...folders.flatMap(filesUnder), ...FUTURE_MACHINERY, 'package.json', 'package-lock.json', '.github/CODEOWNERS'];
    const wrong = paths.filter((path) => JSON.stringify(ownersOf(codeowners, path)) !== JSON.stringify([MAINTAINERS]));
    expect(wrong, 'machinery paths not owned by the maintainers alone').toEqual([]);
  });

  it("tells whoever edits it that the handles are the organization's teams and that code-owner review must be required", () => {
    const header = codeownersText
      .split('\n')
      .filter((line) => line.startsWith('#'))
      .map((line) => line.replace(/^#\s*/, ''))
      .join(' ');
    expect(header).toMatch(/review contract/i);
    expect(header).toMatch(/teams of the GitHub organization/i);
    expect(header).toMatch(/Require review from Code Owners/);
    expect(header).toMatch(/last matching line wins/i);
  });
});

describe('.github/pull_request_template.md', () => {
  const template = read('.github/pull_request_template.md');
  const checklist = template.split('\n').filter((line) => line.startsWith('- [ ] '));

  it('asks the author what changed and why', () => {
    expect(template).toMatch(/^## What changed$/m);
    expect(template).toMatch(/^## Why$/m);
  });

  it.each([
    ['content accuracy against the one-pager', [/accura/i, /one-pager/i]],
    ['every artifact assessed', [/every artifact/i, /assessed/i]],
    ['observable descriptors', [/descriptor/i, /observable/i]],
    ['standards real and relevant', [/standard/i, /\breal\b/i, /relevant/i]],
    ['codes linked to official sources', [/code/i, /official source/i]],
    ['student privacy', [/privacy/i, /consent/i]],
    ['version bump by the rules', [/version bump/i, /major/i, /minor/i, /patch/i]],
    ['changelog entry', [/changelog/i]],
    ['a published credential staying published', [/stays `published`/i]],
    [
      'the approval record of the new version, past records untouched',
      [/approval record/i, /new version/i, /no past record was edited or removed/i],
    ],
    ['all checks green', [/all checks are green/i]],
    ['the review summary read', [/review summary/i, /before-and-after/i, /who must approve/i]],
  ] as const)('has a reviewer checklist item for %s', (_topic, patterns) => {
    expect(checklist.filter((item) => patterns.every((pattern) => pattern.test(item)))).toHaveLength(1);
  });
});

describe('CONTRIBUTING.md', () => {
  const guide = read('CONTRIBUTING.md');
  const REFERENCE_HEADING = '## Every check and how to fix it';
  const reference = guide.slice(guide.indexOf(REFERENCE_HEADING));

  /** Heading lines, skipping fenced code blocks, where a `#` line is a comment and not a heading. */
  function headings(text: string): string[] {
    let inCode = false;
    return text.split('\n').filter((line) => {
      if (line.startsWith('```')) inCode = !inCode;
      return !inCode && /^#{1,6} /.test(line);
    });
  }

  /** The text of one `#### \`id\`` entry of the reference, up to the next heading outside a code block. */
  function entryFor(id: string): string | undefined {
    const lines = reference.split('\n');
    const start = lines.indexOf(`#### \`${id}\``);
    if (start < 0) return undefined;
    let inCode = false;
    const body: string[] = [];
    for (const line of lines.slice(start + 1)) {
      if (line.startsWith('```')) inCode = !inCode;
      if (!inCode && /^#{1,4} /.test(line)) break;
      body.push(line);
    }
    return body.join('\n');
  }

  /** Each file that defines a rule (`const rule = defineRule({`), with the id and severity it declares. */
  const rules = readdirSync(join(root, 'src/lib/checks/rules'))
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .map((name) => ({ name, source: read(`src/lib/checks/rules/${name}`) }))
    .filter(({ source }) => /= defineRule\(\{/.test(source))
    .map(({ name, source }) => ({
      file: name,
      id: /^\s*id: '([^']+)'/m.exec(source)?.[1],
      severity: /^\s*severity: '(error|warning)'/m.exec(source)?.[1],
    }));

  /** Problem kinds reported outside the rules (`rule: 'yaml'` and the like), read from the source. */
  const sourceKinds = filesUnder('src/lib')
    .filter((path) => path.endsWith('.ts') && !path.endsWith('.test.ts') && !path.startsWith('src/lib/checks/rules/'))
    .flatMap((path) => [...read(path).matchAll(/\brule: '([a-z][a-z0-9-]*)'/g)].map((match) => match[1]!));
  // The gate names its rules in problemAt options and in at(); both spell them as 'change-…' literals.
  const CHANGE_REVIEW_RULES = [
    ...new Set([...read('src/lib/review/change-gate.ts').matchAll(/'(change-[a-z-]+)'/g)].map((match) => match[1]!)),
  ];

  it('has the reference section', () => {
    expect(guide).toContain(`\n${REFERENCE_HEADING}\n`);
  });

  it('documents every rule in src/lib/checks/rules/ with its severity, a typical message and a fix', () => {
    expect(rules.length, 'rules read from src/lib/checks/rules/*.ts').toBeGreaterThanOrEqual(20);
    expect(
      rules.filter((rule) => !rule.id || !rule.severity).map((rule) => rule.file),
      'rules whose id or severity is not a plain string literal',
    ).toEqual([]);
    const undocumented = rules.filter(({ id = '', severity }) => {
      const entry = entryFor(id);
      return (
        !entry ||
        !entry.includes(severity === 'error' ? '**Error**' : '**Warning**') ||
        !/\*\*Typical messages?:\*\*/.test(entry) ||
        !entry.includes('**How to fix:**')
      );
    });
    expect(
      undocumented.map(({ file, id, severity }) => `${id} (${severity}, ${file})`),
      'add a "#### `id`" entry with severity, typical message and fix',
    ).toEqual([]);
  });

  it('documents the problem kinds reported outside the rules and every change-review rule', () => {
    expect(sourceKinds, 'problem kinds read from src/lib/*.ts').toEqual(expect.arrayContaining(['file', 'yaml', 'schema', 'mdx']));
    const kinds = [...new Set([...sourceKinds, ...CHANGE_REVIEW_RULES])];
    const undocumented = kinds.filter((id) => {
      const entry = entryFor(id);
      return !entry || !/\*\*Typical messages?:\*\*/.test(entry) || !entry.includes('**How to fix:**');
    });
    expect(undocumented).toEqual([]);
  });

  it('names only npm scripts that exist in package.json', () => {
    const scripts = Object.keys((JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts);
    const mentioned = new Set(
      [...guide.matchAll(/\bnpm run ([a-z][\w:-]*)/g), ...guide.matchAll(/\bnpm (start|test)\b/g)].map((match) => match[1]!),
    );
    expect(mentioned.size).toBeGreaterThan(5);
    expect(
      [...mentioned].filter((script) => !scripts.includes(script)),
      'npm scripts the guide names but package.json lacks',
    ).toEqual([]);
  });

  it('links the field guide beside each content folder, and every local link resolves', () => {
    const fieldGuides = filesUnder('content').filter((path) => path.endsWith('/README.md'));
    expect(fieldGuides.length).toBeGreaterThanOrEqual(4);
    for (const readme of fieldGuides) expect(guide, readme).toContain(`](${readme})`);
    const localTargets = [...guide.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)]
      .map((match) => match[1]!)
      .filter((target) => !/^[a-z]+:/.test(target));
    const broken = localTargets.filter((target) => {
      try {
        statSync(join(root, target));
        return false;
      } catch {
        return true;
      }
    });
    expect(broken).toEqual([]);
  });

  it('links only to headings that exist in the guide', () => {
    const slug = (heading: string) =>
      heading
        .toLowerCase()
        .replace(/[`*]/g, '')
        .replace(/[^\w\s-]/g, '')
        .trim()
        .replace(/\s/g, '-');
    const anchors = new Set(headings(guide).map((line) => slug(line.replace(/^#+ /, ''))));
    const broken = [...guide.matchAll(/\]\(#([^)]+)\)/g)].map((match) => match[1]!).filter((anchor) => !anchors.has(anchor));
    expect(broken).toEqual([]);
  });
});
