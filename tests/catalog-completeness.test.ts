/**
 * Issue-level promises about the Louisiana catalog: all 18 credentials exist and match the program's
 * published facts, and every one is complete enough for a teacher to know what to submit, how it is
 * judged and how long it takes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../src/lib/check.ts';

const root = join(import.meta.dirname, '..');
const { catalog } = checkContent(root);
const bundles = catalog.credentials.flatMap((folder) =>
  folder.credential?.data && folder.rubric?.data && folder.alignment?.data && folder.onePager
    ? [{ id: folder.id, credential: folder.credential.data, rubric: folder.rubric.data, alignment: folder.alignment.data, onePager: folder.onePager }]
    : [],
);
const audienceOf = new Map(catalog.standards.flatMap((yaml) => (yaml.data ? [[yaml.data.id, yaml.data.audience] as const] : [])));

/** The longest one-pager that still prints on one Letter page beside the header and rubric summary. */
const ONE_PAGE_WORD_LIMIT = 500;

describe('the Louisiana catalog', () => {
  it('holds all 18 credentials, each complete', () => {
    expect(bundles).toHaveLength(18);
  });

  const factsPath = join(root, '..', 'shared', 'domain', 'louisiana-credentials.yaml');
  // The program's facts file lives beside the project in this workspace only.
  describe.skipIf(!existsSync(factsPath))('against the published facts', () => {
    const facts = parse(readFileSync(factsPath, 'utf8')) as {
      credentials: Array<{ number: string; level: number; pathway: string; title: string; proposed_title: string; pilot: number }>;
    };
    const prefix: Record<string, string> = { all: 'STEM', 'pre-engineering': 'PE', ddem: 'DDEM', 'computer-science': 'CS' };

    it.each(facts.credentials.map((fact) => [`${prefix[fact.pathway]}-${fact.number}`, fact] as const))('%s matches title, level, pathway, proposed title and pilot', (code, fact) => {
      const match = bundles.find((bundle) => bundle.credential.code === code);
      expect(match, `no credential has code ${code}`).toBeDefined();
      expect(match!.credential).toMatchObject({ title: fact.title, level: fact.level, pathway: fact.pathway, history: expect.objectContaining({ proposedTitle: fact.proposed_title, pilot: `pilot-${fact.pilot}` }) });
    });
  });

  describe.each(bundles.map((bundle) => [bundle.id, bundle] as const))('%s', (_id, { credential, rubric, alignment, onePager }) => {
    const artifacts = credential.requirements.flatMap((requirement) => requirement.artifacts.map((artifact) => ({ ...artifact, phase: requirement.phase })));

    it('accepts at least two evidence formats for every artifact', () => {
      expect(artifacts.filter((artifact) => artifact.formats.length < 2).map((artifact) => artifact.id)).toEqual([]);
    });

    it('implements with real students and evaluates with a reflection', () => {
      expect(artifacts.some((artifact) => artifact.phase === 'implement' && ['student-work', 'video-of-instruction'].includes(artifact.evidenceType))).toBe(true);
      expect(artifacts.some((artifact) => artifact.phase === 'evaluate' && artifact.evidenceType === 'reflection')).toBe(true);
    });

    it('scores every artifact with at least one rubric criterion', () => {
      const scored = new Set(rubric.criteria.flatMap((criterion) => criterion.artifacts));
      expect(artifacts.filter((artifact) => !scored.has(artifact.id)).map((artifact) => artifact.id)).toEqual([]);
    });

    it('aligns to at least one student-facing and one educator-facing standard', () => {
      const audiences = new Set(alignment.alignments.map((entry) => audienceOf.get(entry.framework)));
      expect([...audiences].sort()).toEqual(['educators', 'students']);
    });

    it('cites at least two research works and asks for privacy care when it requests student work or video', () => {
      expect(credential.research.length).toBeGreaterThanOrEqual(2);
      if (artifacts.some((artifact) => ['student-work', 'video-of-instruction', 'student-data'].includes(artifact.evidenceType))) expect(credential.privacy).toBeTruthy();
    });

    it(`keeps the one-pager within ${ONE_PAGE_WORD_LIMIT} words so it prints on one page`, () => {
      expect(onePager.wordCount).toBeLessThanOrEqual(ONE_PAGE_WORD_LIMIT);
    });
  });
});
