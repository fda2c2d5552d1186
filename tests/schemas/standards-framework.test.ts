import { describe, expect, it } from 'vitest';
import { standardsFrameworkSchema } from '../../schemas/index.ts';
import { validFramework } from '../factories.ts';
import { failedFields } from '../helpers.ts';

describe('standardsFrameworkSchema', () => {
  it('accepts a minimal valid framework', () => {
    expect(standardsFrameworkSchema.safeParse(validFramework()).success).toBe(true);
  });

  it('rejects an audience other than students or educators', () => {
    expect(failedFields(standardsFrameworkSchema, validFramework({ audience: 'parents' }))).toContain('audience');
  });

  it('rejects a code listed twice', () => {
    const item = { code: 'SF-1', label: 'A short label of our own' };
    expect(failedFields(standardsFrameworkSchema, validFramework({ items: [item, item] }))).toContain('items.1.code');
  });

  it('rejects a code with spaces and a malformed grade band', () => {
    const fields = failedFields(
      standardsFrameworkSchema,
      validFramework({ items: [{ code: 'SF 1', label: 'A short label of our own', gradeBand: 'high school' }] }),
    );
    expect(fields).toEqual(expect.arrayContaining(['items.0.code', 'items.0.gradeBand']));
  });

  it('accepts an imported item without a label, with the parent code the import records', () => {
    const items = [
      { code: 'SF', gradeBand: '9-12' },
      { code: 'SF-1', gradeBand: '9-12', parent: 'SF' },
    ];
    expect(standardsFrameworkSchema.safeParse(validFramework({ items })).success).toBe(true);
    expect(failedFields(standardsFrameworkSchema, validFramework({ items: [{ code: 'SF-1', parent: 'S F' }] }))).toContain(
      'items.0.parent',
    );
  });

  it('rejects an official address that is not https', () => {
    expect(failedFields(standardsFrameworkSchema, validFramework({ url: 'http://example.org' }))).toContain('url');
  });
});
