import { describe, expect, it } from 'vitest';
import { pathwaysFileSchema, pilotsFileSchema, stackSchema } from '../../schemas/index.ts';
import { validPathways, validPilots, validStack } from '../factories.ts';
import { failedFields } from '../helpers.ts';

describe('stackSchema', () => {
  it('accepts a minimal valid stack', () => {
    expect(stackSchema.safeParse(validStack()).success).toBe(true);
  });

  it('rejects a stack of fewer than two credentials', () => {
    expect(failedFields(stackSchema, validStack({ credentials: ['only-one'] }))).toContain('credentials');
  });

  it('rejects a credential listed twice', () => {
    expect(failedFields(stackSchema, validStack({ credentials: ['a', 'a'] }))).toContain('credentials');
  });
});

describe('pathwaysFileSchema', () => {
  it('accepts the minimal pathways file', () => {
    expect(pathwaysFileSchema.safeParse(validPathways()).success).toBe(true);
  });

  it('rejects a lowercase code prefix', () => {
    expect(failedFields(pathwaysFileSchema, [{ ...validPathways()[0], codePrefix: 'pe' }])).toContain('0.codePrefix');
  });
});

describe('pilotsFileSchema', () => {
  it('accepts the minimal pilots file', () => {
    expect(pilotsFileSchema.safeParse(validPilots()).success).toBe(true);
  });

  it('rejects a pilot that ends before it starts', () => {
    expect(failedFields(pilotsFileSchema, [{ ...validPilots()[0], end: '2019-01' }])).toContain('0.end');
  });

  it('rejects more earners than submitters', () => {
    expect(failedFields(pilotsFileSchema, [{ ...validPilots()[0], earnedAtLeastOne: 11 }])).toContain('0.earnedAtLeastOne');
  });
});
