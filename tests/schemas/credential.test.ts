import { describe, expect, it } from 'vitest';
import { credentialSchema } from '../../schemas/index.ts';
import { validCredential } from '../factories.ts';
import { failedFields } from '../helpers.ts';

describe('credentialSchema', () => {
  it('accepts a minimal valid credential and fills list defaults', () => {
    const parsed = credentialSchema.parse(validCredential());
    expect(parsed.prerequisites).toEqual([]);
    expect(parsed.approvals).toEqual([]);
    expect(parsed.keywords).toEqual([]);
  });

  it('accepts short lowercase keywords and refuses capitals, sentences and repeats', () => {
    expect(credentialSchema.safeParse(validCredential({ keywords: ['gantt chart', '3d printing'] })).success).toBe(true);
    expect(failedFields(credentialSchema, validCredential({ keywords: ['Gantt'] }))).toContain('keywords.0');
    expect(
      failedFields(credentialSchema, validCredential({ keywords: ['a keyword that runs on far too long to be a search term'] })),
    ).toContain('keywords.0');
    expect(failedFields(credentialSchema, validCredential({ keywords: ['budget', 'budget'] }))).toContain('keywords');
  });

  it.each([
    'id',
    'code',
    'title',
    'level',
    'pathway',
    'audience',
    'estimatedHours',
    'summary',
    'competency',
    'keyMethod',
    'status',
    'version',
    'history',
    'changelog',
    'supports',
    'research',
    'requirements',
  ])('rejects a credential when %s is missing', (field) => {
    const credential = validCredential();
    delete credential[field];
    expect(failedFields(credentialSchema, credential)).toContain(field);
  });

  it('rejects unknown keys so typos cannot pass silently', () => {
    expect(failedFields(credentialSchema, validCredential({ titel: 'x' }))).toEqual(['']);
  });

  it.each([
    ['code', 'PE2.1'],
    ['code', 'PE-10.1'],
    ['id', 'Has Spaces'],
    ['level', 10],
    ['status', 'live'],
    ['version', 'v1.0'],
    ['pathway', 'Robotics'],
  ])('rejects %s = %j', (field, value) => {
    expect(failedFields(credentialSchema, validCredential({ [field]: value }))).toContain(field);
  });

  it('rejects a level that does not match the code', () => {
    expect(failedFields(credentialSchema, validCredential({ code: 'PE-2.1', level: 3 }))).toContain('level');
  });

  it('rejects an hour range whose minimum exceeds its maximum', () => {
    expect(failedFields(credentialSchema, validCredential({ estimatedHours: { min: 12, max: 8 } }))).toContain('estimatedHours.max');
  });

  it('rejects an artifact with no accepted format', () => {
    const credential = validCredential();
    (credential.requirements as Array<{ artifacts: Array<{ formats: string[] }> }>)[0]!.artifacts[0]!.formats = [];
    expect(failedFields(credentialSchema, credential)).toContain('requirements.0.artifacts.0.formats');
  });

  it('rejects two artifacts with the same id', () => {
    const credential = validCredential();
    const requirements = credential.requirements as Array<{ artifacts: Array<{ id: string }> }>;
    requirements[1]!.artifacts[0]!.id = requirements[0]!.artifacts[0]!.id;
    expect(failedFields(credentialSchema, credential)).toContain('requirements.1.artifacts.0.id');
  });

  it('rejects a date that is not a calendar date', () => {
    expect(
      failedFields(credentialSchema, validCredential({ changelog: [{ version: '1.0.0', date: '2026-02-30', summary: 'x' }] })),
    ).toContain('changelog.0.date');
  });

  it('rejects resource links that are not https', () => {
    const resources = [{ title: 'A', publisher: 'B', url: 'javascript:alert(1)', description: 'C' }];
    expect(failedFields(credentialSchema, validCredential({ resources }))).toContain('resources.0.url');
  });
});
