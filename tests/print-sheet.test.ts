import { describe, expect, it } from 'vitest';
import { alignmentSchema, credentialSchema, standardsFrameworkSchema, type Credential } from '../schemas/index.ts';
import { artifactTitles, credentialsBefore, standardsAddressed } from '../src/lib/site/print-sheet.ts';
import { SHEET_SIZES, blocksHeight, sheetBlocks, sheetSize, titleBandHeight, type SheetBlock } from '../src/lib/site/sheet-fit.ts';
import { parseOnePager } from '../src/lib/content/one-pager.ts';
import { validAlignment, validCredential, validFramework, validOnePager } from './factories.ts';

const credential = (overrides: Record<string, unknown> = {}): Credential => credentialSchema.parse(validCredential(overrides));

describe('credentialsBefore()', () => {
  const first = credential({ id: 'first-credential', code: 'STEM-1.1' });
  const second = credential({ id: 'second-credential', code: 'STEM-1.2' });

  it('lists required and recommended credentials in the order the credential names them', () => {
    const later = credential({ prerequisites: ['second-credential'], recommendedBefore: ['first-credential'] });
    expect(credentialsBefore(later, [first, second])).toEqual({ required: [second], recommended: [first] });
  });

  it('names only credentials shown in this build, and nothing when none comes first', () => {
    const later = credential({ recommendedBefore: ['first-credential', 'second-credential'] });
    expect(credentialsBefore(later, [second])).toEqual({ required: [], recommended: [second] });
    expect(credentialsBefore(credential(), [first, second])).toEqual({ required: [], recommended: [] });
  });
});

describe('standardsAddressed()', () => {
  const frameworks = [standardsFrameworkSchema.parse(validFramework())];

  it('names each standard once with its framework short name and registry label', () => {
    const alignment = alignmentSchema.parse(validAlignment());
    expect(standardsAddressed(alignment, frameworks)).toEqual([
      { framework: 'sample-framework', shortName: 'SF', code: 'SF-1', label: 'A short label of our own' },
      { framework: 'sample-educators', shortName: 'sample-educators', code: 'E-1', label: '' },
    ]);
  });

  it('is empty without an alignment file', () => {
    expect(standardsAddressed(undefined, frameworks)).toEqual([]);
  });
});

describe('artifactTitles()', () => {
  it('maps every artifact id of the requirements to its title', () => {
    const subject = credential();
    const titles = artifactTitles(subject);
    for (const artifact of subject.requirements.flatMap((requirement) => requirement.artifacts))
      expect(titles.get(artifact.id)).toBe(artifact.title);
  });
});

describe('sheet fitting', () => {
  const tree = parseOnePager('one-pager.mdx', validOnePager()).onePager!.tree;
  const paragraphs = (count: number, words: number): SheetBlock[] =>
    Array.from({ length: count }, () => ({ kind: 'paragraph' as const, text: 'word '.repeat(words).trim() }));

  it('reads the headings, paragraphs and list items of a one-pager, then the added sections', () => {
    const blocks = sheetBlocks(tree, [{ heading: 'Standards addressed', items: ['SF SF-1: A label'] }]);
    expect(blocks.filter((block) => block.kind === 'heading').map((block) => block.text)).toContain('What this credential certifies');
    expect(blocks.slice(-2)).toEqual([
      { kind: 'heading', text: 'Standards addressed' },
      { kind: 'item', text: 'SF SF-1: A label' },
    ]);
  });

  it('runs taller at a larger size and in a narrower column', () => {
    const blocks = paragraphs(10, 60);
    expect(blocksHeight(blocks, 10, 250)).toBeGreaterThan(blocksHeight(blocks, 9, 250));
    expect(blocksHeight(blocks, 9, 200)).toBeGreaterThan(blocksHeight(blocks, 9, 250));
  });

  it('prints a short sheet at the largest size, a long one smaller, and never below the smallest', () => {
    const band = titleBandHeight('A Short Title', 'STEM-1.1 · Level 1');
    expect(sheetSize(paragraphs(4, 40), band)).toBe(SHEET_SIZES[0]);
    const long = sheetSize(paragraphs(30, 70), band);
    expect(long).toBeLessThan(SHEET_SIZES[0]);
    expect(sheetSize(paragraphs(30, 70), band)).toBeGreaterThanOrEqual(sheetSize(paragraphs(31, 70), band));
    expect(sheetSize(paragraphs(200, 70), band)).toBe(SHEET_SIZES.at(-1));
  });

  it('leaves less room for the columns under a long title', () => {
    const short = titleBandHeight('Short', 'STEM-1.1');
    const long = titleBandHeight('A Very Long Credential Title '.repeat(4), 'STEM-1.1');
    expect(long).toBeGreaterThan(short);
  });
});
