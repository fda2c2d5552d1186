import { describe, expect, it } from 'vitest';
import { pilotsFileSchema, programSchema, stackSchema } from '../../schemas/index.ts';
import { validEarning, validPathway, validPilots, validProgram, validStack } from '../factories.ts';
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

describe('programSchema', () => {
  it('accepts the minimal program file', () => {
    expect(programSchema.safeParse(validProgram()).success).toBe(true);
  });

  it('accepts an earning section without the enrollment address and contact LDOE has yet to supply', () => {
    const { enrollmentUrl: _url, contact: _contact, ...earning } = validEarning();
    expect(programSchema.safeParse(validProgram({ earning })).success).toBe(true);
  });

  it('asks for an https enrollment address and a contact teachers can reach', () => {
    expect(failedFields(programSchema, validProgram({ earning: validEarning({ enrollmentUrl: 'http://example.org/' }) }))).toContain(
      'earning.enrollmentUrl',
    );
    expect(failedFields(programSchema, validProgram({ earning: validEarning({ contact: { name: 'STEM team' } }) }))).toContain(
      'earning.contact',
    );
    expect(
      failedFields(programSchema, validProgram({ earning: validEarning({ contact: { name: 'STEM team', email: 'not-an-email' } }) })),
    ).toContain('earning.contact.email');
  });

  it('rejects a lowercase code prefix', () => {
    expect(failedFields(programSchema, validProgram({ pathways: [validPathway({ codePrefix: 'pe' })] }))).toContain(
      'pathways.0.codePrefix',
    );
  });

  it('rejects a pathway id or code prefix used twice, at the repeat', () => {
    const fields = failedFields(programSchema, validProgram({ pathways: [validPathway(), validPathway({ codePrefix: 'STEM' })] }));
    expect(fields).toEqual(expect.arrayContaining(['pathways.1.id', 'pathways.1.codePrefix']));
  });

  it('rejects a pathway level the program does not list', () => {
    expect(failedFields(programSchema, validProgram({ pathways: [validPathway({ levels: [2, 4] })] }))).toContain('pathways.0.levels.1');
  });

  it('asks for a label for every lifecycle status', () => {
    expect(failedFields(programSchema, validProgram({ statuses: [{ status: 'draft', label: 'Draft' }] }))).toContain('statuses');
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
