import { describe, expect, it } from 'vitest';
import { alignmentSchema } from '../../schemas/index.ts';
import { validAlignment } from '../factories.ts';
import { failedFields } from '../helpers.ts';

describe('alignmentSchema', () => {
  it('accepts a minimal valid alignment file', () => {
    expect(alignmentSchema.safeParse(validAlignment()).success).toBe(true);
  });

  it('rejects an empty list of alignments', () => {
    expect(failedFields(alignmentSchema, { alignments: [] })).toContain('alignments');
  });

  it.each(['framework', 'code', 'addressedBy', 'rationale'])('rejects an alignment when %s is missing', (field) => {
    const file = validAlignment();
    delete (file.alignments as Array<Record<string, unknown>>)[0]![field];
    expect(failedFields(alignmentSchema, file)).toContain(`alignments.0.${field}`);
  });

  it('rejects the same standard aligned twice to the same evidence', () => {
    const file = validAlignment();
    const alignments = file.alignments as Array<Record<string, unknown>>;
    alignments.push({ ...alignments[0] });
    expect(failedFields(alignmentSchema, file)).toEqual([`alignments.${alignments.length - 1}.code`]);
  });
});
