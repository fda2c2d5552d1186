/**
 * The Open Badges 3.0 Achievement builder on factory content: the shape the specification asks
 * for, rubric levels low to high with the Demonstrated level required, CFItem only for CASE URIs,
 * a stack whose criteria name its members, terms the OB context defines, and stable bytes.
 */
import { describe, expect, it } from 'vitest';
import { SCORE_LEVELS } from '../../schemas/index.ts';
import { exportJson, isCaseItemUri } from '../../src/lib/exports/export-urls.ts';
import { achievementSchema } from '../../src/lib/exports/ob3-achievement-schema.ts';
import { expandStrictly } from './json-ld.ts';
import { buildAchievement, buildStackAchievement, OB3_CONTEXT } from '../../src/lib/exports/open-badges.ts';
import { bundle, CASE_URI, catalog, credential, second, SITE, stack } from './fixtures.ts';

describe('buildAchievement()', () => {
  const source = bundle();
  const achievement = buildAchievement(source, catalog());

  it('is an OB 3.0 MicroCredential Achievement with the two contexts in order and an absolute id on the site', () => {
    expect(achievement['@context']).toEqual([...OB3_CONTEXT]);
    expect(achievement['@context'][0]).toBe('https://www.w3.org/ns/credentials/v2');
    expect(achievement.id).toBe(`${SITE}credentials/${source.credential.id}/achievement.json`);
    expect(achievement.type).toEqual(['Achievement']);
    expect(achievement.achievementType).toBe('MicroCredential');
    expect(achievement).toMatchObject({
      name: source.credential.title,
      version: source.credential.version,
      humanCode: source.credential.code,
    });
  });

  it('passes the project schema and expands as JSON-LD with no undefined term', async () => {
    expect(achievementSchema.safeParse(achievement).error?.issues).toBeUndefined();
    await expect(expandStrictly(achievement)).resolves.toHaveLength(1);
  });

  it('writes the criteria from every phase task and artifact and the earn rule, in plain text', () => {
    const narrative = achievement.criteria.narrative;
    for (const requirement of source.credential.requirements) {
      expect(narrative).toContain(requirement.task);
      for (const artifact of requirement.artifacts) expect(narrative).toContain(artifact.title);
    }
    expect(narrative).toContain('Two calibrated assessors');
    expect(narrative).toContain(`every criterion is scored ${SCORE_LEVELS[0]}`);
    expect(narrative).not.toMatch(/<[a-z]|\*\*|^#/m);
  });

  it('names LDOE (the program owner) as creator, a Profile with no invented url', () => {
    expect(achievement.creator).toEqual({ id: `${SITE}organization/ctdl.json`, type: ['Profile'], name: catalog().program.owner });
  });

  it('gives one result per rubric criterion, its levels ordered low to high, requiring the Demonstrated level', () => {
    expect(achievement.resultDescription!.map((result) => result.name)).toEqual(
      source.rubric!.criteria.map((criterion) => criterion.title),
    );
    for (const result of achievement.resultDescription!) {
      expect(result.resultType).toBe('RubricCriterionLevel');
      expect(result.rubricCriterionLevel.map((level) => level.name)).toEqual([...SCORE_LEVELS].reverse());
      const demonstrated = result.rubricCriterionLevel.find((level) => level.name === 'Demonstrated')!;
      expect(result.requiredLevel).toBe(demonstrated.id);
      expect(new Set(result.rubricCriterionLevel.map((level) => level.id)).size).toBe(3);
    }
    const criterion = source.rubric!.criteria[0]!;
    expect(achievement.resultDescription![0]!.rubricCriterionLevel.map((level) => level.description)).toEqual([
      criterion.descriptors.notMet,
      criterion.descriptors.progressing,
      criterion.descriptors.demonstrated,
    ]);
  });

  it('aligns each standard once, marking CFItem only where the official URI is a CASE item', () => {
    const cited = new Set(source.alignment!.alignments.map((entry) => `${entry.framework} ${entry.code}`));
    expect(achievement.alignment!).toHaveLength(cited.size);
    const byCode = new Map(achievement.alignment!.map((entry) => [entry.targetCode, entry]));
    expect(byCode.get('SF-1')).toMatchObject({ targetUrl: CASE_URI, targetType: 'CFItem', targetName: 'SF-1: A short label of our own' });
    expect(byCode.get('SF-2')).not.toHaveProperty('targetType');
    expect(byCode.get('SF-2')!.targetUrl).toBe('https://example.org/standards/SF-2');
    // An item with no URI links to its framework's page, and is no CFItem.
    expect(byCode.get('E-1')).toMatchObject({ targetUrl: catalog().frameworks[1]!.url, targetFramework: 'Sample Educator Standards' });
    expect(byCode.get('E-1')).not.toHaveProperty('targetType');
  });

  it('gives the same bytes when built twice', () => {
    expect(exportJson(buildAchievement(bundle(), catalog()))).toBe(exportJson(achievement));
    expect(exportJson(achievement).endsWith('}\n')).toBe(true);
  });
});

describe('isCaseItemUri()', () => {
  it('accepts CASE item URIs and refuses other addresses', () => {
    expect(isCaseItemUri(CASE_URI)).toBe(true);
    expect(isCaseItemUri('https://casenetwork.imsglobal.org/uri/6b9e7cc4-d7cc-11e8-824f-0242ac160002')).toBe(true);
    expect(isCaseItemUri('https://example.org/uri/3417c8ef-d7cc-11e8-824f-0242ac160002')).toBe(false);
    expect(isCaseItemUri('https://opensalt.net/cftree/doc/123')).toBe(false);
  });
});

describe('buildStackAchievement()', () => {
  const first = credential();
  it('names every member, in order, with the achievement URL of those this build exports', async () => {
    const achievement = buildStackAchievement(stack, [first, second], catalog(['sample-credential']));
    const lines = achievement.criteria.narrative.split('\n');
    expect(lines[1]).toContain(`${first.code} ${first.title}`);
    expect(lines[1]).toContain(`${SITE}credentials/${first.id}/achievement.json`);
    expect(lines[2]).toContain(`${second.code} ${second.title}`);
    expect(lines[2]).not.toContain('achievement.json');
    expect(achievement.id).toBe(`${SITE}stacks/${stack.id}/achievement.json`);
    expect(achievementSchema.safeParse(achievement).error?.issues).toBeUndefined();
    await expect(expandStrictly(achievement)).resolves.toHaveLength(1);
  });
});

describe('the project OB 3.0 schema and JSON-LD expansion', () => {
  const achievement = buildAchievement(bundle(), catalog());
  it('refuses a requiredLevel that names no level of its criterion', () => {
    const broken = structuredClone(achievement);
    broken.resultDescription![0]!.requiredLevel = `${achievement.id}#nowhere`;
    expect(achievementSchema.safeParse(broken).error?.issues.map((issue) => issue.path.join('.'))).toEqual([
      'resultDescription.0.requiredLevel',
    ]);
  });
  it('refuses the contexts out of order and a missing criteria', () => {
    const { criteria: _criteria, ...noCriteria } = achievement;
    expect(achievementSchema.safeParse(noCriteria).success).toBe(false);
    expect(achievementSchema.safeParse({ ...achievement, '@context': [...OB3_CONTEXT].reverse() }).success).toBe(false);
  });
  it('fails JSON-LD expansion on a key the contexts do not define', async () => {
    const broken = structuredClone(achievement) as Record<string, unknown> & typeof achievement;
    (broken.resultDescription![0]!.rubricCriterionLevel[1] as Record<string, unknown>).score = 2;
    await expect(expandStrictly(broken)).rejects.toThrow();
    await expect(expandStrictly({ ...achievement, earnRule: 'x' })).rejects.toThrow();
  });
});
