/**
 * `npm run bench:generate`: a synthetic catalog of any size for benchmarks. The output folder becomes
 * a project root the checker accepts (`npm run check -- --root <out>` finds no error and no warning)
 * whose content/ can also replace the content of a scratch copy of the project: the real program,
 * pilots, word list and standards registry, N credentials varied from the real ones, every one
 * published, and a few stacks per pathway. The same seed always writes the same bytes.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { CORE_SCHEMA, dump } from 'js-yaml';
import { parseDocument } from 'yaml';
import type { Program } from '../../../schemas/index.ts';
import { FORMAT_LINE_WIDTH } from '../authoring/format-yaml.ts';
import { CREDENTIAL_FILES, loadCatalog } from '../content/catalog.ts';
import { pathwayGroups, pathwayName, reflectionEvidence, studentEvidence, type PathwayGroup } from '../content/program.ts';
import { seededRandom } from './seeded-random.ts';
import { syntheticCredential, type CredentialTemplate, type GeneratedEntry, type SyntheticContext } from './synthetic-credential.ts';
import { standardsPool } from './synthetic-standards.ts';
import { syntheticStacks } from './synthetic-stacks.ts';

/** Written into every output folder; its presence is what lets a later run replace the folder's content. */
export const MARKER_FILE = '.synthetic-catalog.json';

/** The placeholders that stand in for what LDOE has not published, so the synthetic catalog has no warning. */
const SYNTHETIC_EARNING = {
  enrollmentUrl: 'https://example.org/synthetic-catalog/enroll',
  contact: { name: 'Synthetic catalog contact, not a real office', url: 'https://example.org/synthetic-catalog/contact' },
};

export interface SyntheticCatalogOptions {
  /** Number of credentials to write, at least 1. */
  count: number;
  /** Seed of the random choices; the same seed writes the same files. */
  seed: number;
  /** Folder that becomes the project root of the synthetic catalog. */
  out: string;
  /** The project whose content/ supplies the templates, the registry and the program. */
  projectRoot: string;
  /** Called after each credential is written. */
  onProgress?: ((written: number) => void) | undefined;
}

export interface GeneratedCredential extends GeneratedEntry {
  code: string;
  /** The real credential it was varied from. */
  template: string;
}

export type SyntheticCatalogResult =
  | {
      ok: true;
      out: string;
      credentials: GeneratedCredential[];
      stacks: string[];
      /** Files written under content/. */
      files: number;
      /** `framework:code` of labeled registry items no generated credential cites (only in very small catalogs). */
      uncitedStandards: string[];
    }
  | { ok: false; message: string; hint: string };

/** True when one path is the other or lies inside it. */
const overlaps = (a: string, b: string) => a === b || a.startsWith(`${b}${sep}`) || b.startsWith(`${a}${sep}`);

/** Why the generator may not write into `out`, or undefined when it may. */
export function outputFolderProblem(out: string, projectRoot: string): { message: string; hint: string } | undefined {
  // Through symbolic links too: a link to the project is the project.
  const real = (path: string) => (existsSync(path) ? realpathSync(path) : resolve(path));
  const target = real(out);
  if (overlaps(join(target, 'content'), real(join(projectRoot, 'content'))))
    return {
      message: `Choose another --out: ${out} would put the synthetic catalog into this project's own content/.`,
      hint: 'write it to a scratch folder, for example /tmp/catalog-1000',
    };
  if (!existsSync(target)) return undefined;
  if (!statSync(target).isDirectory())
    return { message: `Choose a folder for --out: ${out} is a file.`, hint: 'give a new or empty folder' };
  if (readdirSync(target).length && !existsSync(join(target, MARKER_FILE)))
    return {
      message: `Choose a new or empty folder for --out: ${out} holds files this generator did not write, and they are left untouched.`,
      hint: `only a folder with ${MARKER_FILE} from an earlier run is replaced`,
    };
  return undefined;
}

/** The real credentials whose four files all passed their schemas: the templates. */
function loadTemplates(projectRoot: string) {
  const catalog = loadCatalog(projectRoot);
  const templates: CredentialTemplate[] = catalog.credentials.flatMap((folder) => {
    const [credential, rubric, alignment] = [folder.credential?.data, folder.rubric?.data, folder.alignment?.data];
    if (!credential || !rubric || !alignment || !folder.onePager) return [];
    const onePager = readFileSync(join(projectRoot, folder.onePager.file), 'utf8');
    return [{ id: folder.id, credential, rubric, alignment, onePager, onePagerWords: folder.onePager.wordCount }];
  });
  return { catalog, templates };
}

/** Every pathway group with each level it offers, in program order: the slots credentials are spread over. */
function catalogSlots(program: Program): Array<{ group: PathwayGroup; level: number }> {
  return pathwayGroups(program).flatMap((group) => group.levels.map((level) => ({ group, level })));
}

/**
 * The templates of a slot: the real credentials of its pathway and level; where the real catalog has
 * none (Level 2 computer science today), those of its pathway, so pathway pages keep their subject;
 * else those of its level; else all.
 */
function templatesFor(templates: readonly CredentialTemplate[], group: PathwayGroup, level: number) {
  const candidates = [
    (template: CredentialTemplate) => template.credential.pathway === group.id && template.credential.level === level,
    (template: CredentialTemplate) => template.credential.pathway === group.id,
    (template: CredentialTemplate) => template.credential.level === level,
  ].map((fits) => templates.filter(fits));
  return candidates.find((list) => list.length) ?? [...templates];
}

const yamlFile = (header: string, data: unknown) =>
  `# ${header}\n${dump(data, { schema: CORE_SCHEMA, lineWidth: FORMAT_LINE_WIDTH, noRefs: true })}`;

/** The real program.yaml, with placeholders for the enrollment address and contact LDOE has yet to publish. */
function programText(source: string): string {
  const document = parseDocument(source);
  for (const [key, value] of Object.entries(SYNTHETIC_EARNING))
    if (!document.hasIn(['earning', key])) document.setIn(['earning', key], document.createNode(value));
  return document.toString({ lineWidth: FORMAT_LINE_WIDTH });
}

/** Copies what the checker and the site read besides credentials and stacks: program, pilots, word list, registry, field guides. */
function copyProjectContent(from: string, to: string): void {
  for (const name of readdirSync(from)) {
    const source = join(from, name);
    if (name === 'program.yaml') writeFileSync(join(to, name), programText(readFileSync(source, 'utf8')));
    else if (name === 'credentials' || name === 'stacks') {
      mkdirSync(join(to, name), { recursive: true });
      if (existsSync(join(source, 'README.md'))) cpSync(join(source, 'README.md'), join(to, name, 'README.md'));
    } else cpSync(source, join(to, name), { recursive: true });
  }
}

/** Writes a synthetic catalog of `count` credentials into `out` (see the module comment). */
export function generateSyntheticCatalog(options: SyntheticCatalogOptions): SyntheticCatalogResult {
  const { count, seed, projectRoot } = options;
  const out = resolve(options.out);
  const refused = outputFolderProblem(out, projectRoot);
  if (refused) return { ok: false, ...refused };
  const { catalog, templates } = loadTemplates(projectRoot);
  const program = catalog.program?.data;
  if (!program || !templates.length)
    return {
      ok: false,
      message: `Fix the project's own content first: ${relative(process.cwd(), join(projectRoot, 'content')) || 'content'} has no valid program or credential to start from.`,
      hint: 'run npm run check',
    };

  const random = seededRandom(seed);
  const frameworks = catalog.standards.flatMap((yaml) => (yaml.data ? [yaml.data] : []));
  const context: SyntheticContext = {
    program,
    seed,
    random,
    pool: standardsPool(frameworks),
    rules: {
      fromStudents: studentEvidence(program),
      reflections: reflectionEvidence(program),
      audienceOf: new Map(frameworks.map((framework) => [framework.id, framework.audience])),
    },
  };

  // The marker goes first, so a run that is interrupted leaves a folder the next run may replace.
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, MARKER_FILE), `${JSON.stringify({ generator: 'npm run bench:generate', count, seed }, null, 2)}\n`);
  rmSync(join(out, 'content'), { recursive: true, force: true });
  const content = join(out, 'content');
  mkdirSync(content, { recursive: true });
  copyProjectContent(join(projectRoot, 'content'), content);

  const slots = catalogSlots(program).map((slot) => ({
    ...slot,
    templates: random.shuffle(templatesFor(templates, slot.group, slot.level)),
    used: 0,
  }));
  const credentials: GeneratedCredential[] = [];
  for (let index = 0; index < count; index += 1) {
    const slot = slots[index % slots.length]!;
    slot.used += 1;
    const template = slot.templates[(slot.used - 1) % slot.templates.length]!;
    const code = `${slot.group.codePrefix}-${slot.level}.${slot.used}`;
    const made = syntheticCredential(template, { ...slot, code, number: index + 1, earlier: credentials }, context);
    const { credential } = made;
    const dir = join(content, 'credentials', made.id);
    const about = `${credential.code} ${credential.title} (synthetic).`;
    mkdirSync(dir);
    writeFileSync(join(dir, CREDENTIAL_FILES.credential), yamlFile(`Credential ${about}`, credential));
    writeFileSync(join(dir, CREDENTIAL_FILES.rubric), yamlFile(`Rubric for ${about}`, made.rubric));
    writeFileSync(join(dir, CREDENTIAL_FILES.alignment), yamlFile(`Standards addressed by ${about}`, made.alignment));
    writeFileSync(join(dir, CREDENTIAL_FILES.onePager), made.onePager);
    credentials.push({
      id: made.id,
      code,
      pathway: slot.group.id,
      level: slot.level,
      servesAll: slot.group.servesAll,
      template: template.id,
    });
    options.onProgress?.(index + 1);
  }

  const stacks = syntheticStacks(program, credentials, random);
  for (const stack of stacks) {
    const header = `Micro-endorsement for ${pathwayName(program, stack.pathway)} teachers (synthetic, by npm run bench:generate).`;
    writeFileSync(join(content, 'stacks', `${stack.id}.yaml`), yamlFile(header, stack));
  }
  const files = readdirSync(content, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length;
  return { ok: true, out, credentials, stacks: stacks.map((stack) => stack.id), files, uncitedStandards: [...context.pool.uncited].sort() };
}
