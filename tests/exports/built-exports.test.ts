/**
 * The exports in the built site (`npm test` builds the preview first): every credential page has
 * its achievement.json and ctdl.json and no credential without a page has either; each parses,
 * passes the project's OB 3.0 schema, uses only terms the OB context defines, and passes the CTDL
 * minimum-data checker; every stack has its achievement; the organization owns exactly the
 * credentials with pages. With ../shared present, every achievement also validates against the
 * official OB 3.0 JSON Schema (draft 2019-09).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2019 } from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/checks/check.ts';
import { checkCtdlMinimumData } from '../../src/lib/exports/ctdl-minimum-data.ts';
import { ctidFor } from '../../src/lib/exports/export-urls.ts';
import { achievementSchema } from '../../src/lib/exports/ob3-achievement-schema.ts';
import { expandStrictly } from './json-ld.ts';
import { projectRoot } from '../helpers.ts';

const dist = join(projectRoot, 'dist');
const { catalog } = checkContent(projectRoot);
const credentialIds = catalog.credentials.map((folder) => folder.id);
const stackIds = catalog.stacks.flatMap((file) => (file.data ? [file.data.id] : []));
const read = (...path: string[]) => JSON.parse(readFileSync(join(dist, ...path), 'utf8')) as Record<string, any>;
const built = existsSync(join(dist, 'index.html'));
/** Credentials that have a page in this build: the build mode decides, so read it from dist. */
const withPage = built ? credentialIds.filter((id) => existsSync(join(dist, 'credentials', id, 'index.html'))) : [];

const sharedDir = process.env.SHARED_DIR ?? join(projectRoot, '..', 'shared');
const officialSchemaFile = join(sharedDir, 'interop', 'ob3-achievementcredential.schema.json');

describe('built exports', () => {
  it('exist (run `npm run build -- --drafts` or `npm test` first)', () => {
    expect(built).toBe(true);
  });

  it('are there for exactly the credentials that have a page', () => {
    for (const id of credentialIds) {
      const page = withPage.includes(id);
      expect(existsSync(join(dist, 'credentials', id, 'achievement.json')), `${id}/achievement.json`).toBe(page);
      expect(existsSync(join(dist, 'credentials', id, 'ctdl.json')), `${id}/ctdl.json`).toBe(page);
    }
  });

  describe.each(withPage.map((id) => [id]))('/credentials/%s/', (id) => {
    it('achievement.json passes the project OB 3.0 schema and expands as JSON-LD with no undefined term', async () => {
      const achievement = read('credentials', id, 'achievement.json');
      expect(achievementSchema.safeParse(achievement).error?.issues).toBeUndefined();
      await expect(expandStrictly(achievement)).resolves.toHaveLength(1);
      expect(achievement.id).toMatch(new RegExp(`/credentials/${id}/achievement\\.json$`));
    });

    it('ctdl.json passes the minimum-data checker with the CTID derived from the id', () => {
      const ctdl = read('credentials', id, 'ctdl.json');
      expect(checkCtdlMinimumData(ctdl)).toEqual([]);
      expect(ctdl['@graph'][0]['ceterms:ctid']).toBe(ctidFor('credential', id));
    });

    it('is written as 2-space JSON with a final newline', () => {
      for (const file of ['achievement.json', 'ctdl.json']) {
        const text = readFileSync(join(dist, 'credentials', id, file), 'utf8');
        expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
      }
    });
  });

  it.each(stackIds.map((id) => [id]))(
    '/stacks/%s/achievement.json passes the project schema, expands and names every member',
    async (id) => {
      const achievement = read('stacks', id, 'achievement.json');
      expect(achievementSchema.safeParse(achievement).error?.issues).toBeUndefined();
      await expect(expandStrictly(achievement)).resolves.toHaveLength(1);
      const stack = catalog.stacks.find((file) => file.data?.id === id)!.data!;
      for (const member of stack.credentials) {
        const credential = catalog.credentials.find((folder) => folder.id === member)?.credential?.data;
        expect(achievement.criteria.narrative).toContain(`${credential!.code} ${credential!.title}`);
        if (withPage.includes(member)) expect(achievement.criteria.narrative).toContain(`/credentials/${member}/achievement.json`);
      }
    },
  );

  it('/organization/ctdl.json passes the minimum-data checker and owns the credentials with pages', () => {
    const organization = read('organization', 'ctdl.json');
    expect(checkCtdlMinimumData(organization)).toEqual([]);
    const owned = (organization['ceterms:owns'] ?? []) as string[];
    expect(owned.map((url) => url.replace(/^.*\/credentials\/([^/]+)\/ctdl\.json$/, '$1')).sort()).toEqual([...withPage].sort());
  });
});

describe.skipIf(!existsSync(officialSchemaFile))(
  `built achievements against the official OB 3.0 JSON Schema${existsSync(officialSchemaFile) ? '' : ` (skipped: no ${officialSchemaFile})`}`,
  () => {
    const files = () => [
      ...withPage.map((id) => join('credentials', id, 'achievement.json')),
      ...stackIds.map((id) => join('stacks', id, 'achievement.json')),
    ];
    const validator = () => {
      const schema = JSON.parse(readFileSync(officialSchemaFile, 'utf8')) as { $id: string };
      const ajv = new Ajv2019({ strict: false, allErrors: true });
      addFormats.default(ajv);
      ajv.addSchema(schema);
      return ajv.getSchema(`${schema.$id}#/$defs/Achievement`)!;
    };

    it('validates every built achievement.json (credentials and stacks)', () => {
      const validate = validator();
      expect(files().length).toBe(withPage.length + stackIds.length);
      for (const file of files()) {
        const valid = validate(read(file));
        expect(validate.errors ?? [], file).toEqual([]);
        expect(valid, file).toBe(true);
      }
    });

    it('rejects an achievement without its criteria, so the check has teeth', () => {
      const validate = validator();
      const { criteria: _criteria, ...broken } = read(files()[0]!);
      expect(validate(broken)).toBe(false);
    });
  },
);
