import { describe, expect, it } from 'vitest';
import { editYaml, runRule } from '../helpers.ts';
import { validProjectFiles, writeProject } from '../factories.ts';
import rule from '../../src/lib/checks/rules/hours-from-artifacts.ts';
import { estimateHours, statedWords } from '../../src/lib/content/estimated-hours.ts';
import { loadCatalog } from '../../src/lib/content/catalog.ts';

const CREDENTIAL = 'content/credentials/sample-credential/credential.yaml';
const PROGRAM = 'content/program.yaml';

/** The sample project with an hours rule of one hour per artifact and no writing time. */
const withRule = (files: Record<string, string | Buffer>) =>
  editYaml(files, PROGRAM, (program) => {
    program.hoursRule = { wordsPerHour: 500, tolerance: 0.25 };
    for (const type of program.evidenceTypes) type.hours = 1;
  });

const estimateFor = (min: number, max: number) =>
  runRule(rule, (files) => {
    withRule(files);
    editYaml(files, CREDENTIAL, (data) => {
      data.estimatedHours = { min, max };
    });
  }).filter((problem) => problem.file === CREDENTIAL);

describe('hours-from-artifacts', () => {
  it('reads the largest word count or page count an artifact states', () => {
    expect(statedWords('A reflection of 500 to 800 words.')).toBe(800);
    expect(statedWords('A one-page analysis.')).toBe(500);
    expect(statedWords('Up to ten minutes of video.')).toBe(0);
  });

  it('adds each artifact its evidence type hours plus writing time', () => {
    const files = validProjectFiles();
    withRule(files);
    const catalog = loadCatalog(writeProject(files));
    const credential = catalog.credentials.find((folder) => folder.id === 'sample-credential')!.credential!.data!;
    const artifacts = credential.requirements.flatMap((requirement) => requirement.artifacts);
    const words = artifacts.reduce((sum, artifact) => sum + statedWords(artifact.description), 0);
    expect(estimateHours(credential, catalog.program!.data!)).toMatchObject({
      artifacts: artifacts.length,
      hours: artifacts.length + words / 500,
    });
  });

  it('passes an estimate within the tolerance of the computed hours', () => {
    expect(estimateFor(5, 5)).toEqual([]);
  });

  it.each([
    [2, 3],
    [5, 9],
  ])('warns at estimatedHours when %i to %i hours is out of line with the work', (min, max) => {
    const [problem] = estimateFor(min, max);
    expect(problem).toMatchObject({ rule: 'hours-from-artifacts', severity: 'warning', file: CREDENTIAL, field: 'estimatedHours' });
    expect(problem!.message).toMatch(/come to about 5 hours, so the range should sit within 3 to 7/);
  });

  it('stays silent when the program states no hours rule', () => {
    expect(runRule(rule, (files) => editYaml(files, CREDENTIAL, (data) => (data.estimatedHours = { min: 1, max: 40 })))).toEqual([]);
  });
});
