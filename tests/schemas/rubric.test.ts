import { describe, expect, it } from 'vitest';
import { rubricSchema } from '../../schemas/index.ts';
import { validRubric } from '../factories.ts';
import { failedFields } from '../helpers.ts';

type Criteria = Array<Record<string, unknown> & { descriptors: Record<string, string> }>;

describe('rubricSchema', () => {
  it('accepts a minimal valid rubric', () => {
    expect(rubricSchema.safeParse(validRubric()).success).toBe(true);
  });

  it('rejects levels in another order or with other names', () => {
    expect(failedFields(rubricSchema, validRubric({ levels: ['Not Met', 'Progressing', 'Demonstrated'] }))).toContain('levels.0');
    expect(failedFields(rubricSchema, validRubric({ levels: ['Demonstrated', 'Developing', 'Not Met'] }))).toContain('levels.1');
  });

  it('rejects any earn rule other than every criterion demonstrated', () => {
    expect(failedFields(rubricSchema, validRubric({ earnRule: 'majority' }))).toContain('earnRule');
  });

  it('rejects an assessor count other than two', () => {
    expect(
      failedFields(rubricSchema, validRubric({ assessment: { assessors: 1, calibrated: true, resubmission: 'unlimited' } })),
    ).toContain('assessment.assessors');
  });

  it('rejects a criterion with a missing descriptor', () => {
    const rubric = validRubric();
    delete (rubric.criteria as Criteria)[0]!.descriptors.notMet;
    expect(failedFields(rubricSchema, rubric)).toContain('criteria.0.descriptors.notMet');
  });

  it('rejects a criterion whose descriptors repeat the same text', () => {
    const rubric = validRubric();
    const descriptors = (rubric.criteria as Criteria)[0]!.descriptors;
    descriptors.progressing = descriptors.demonstrated!;
    expect(failedFields(rubricSchema, rubric)).toContain('criteria.0.descriptors');
  });

  it('rejects two criteria with the same id', () => {
    const rubric = validRubric();
    const criteria = rubric.criteria as Criteria;
    criteria[1]!.id = criteria[0]!.id;
    expect(failedFields(rubricSchema, rubric)).toContain('criteria.1.id');
  });

  it('rejects a criterion that scores no artifact', () => {
    const rubric = validRubric();
    (rubric.criteria as Criteria)[0]!.artifacts = [];
    expect(failedFields(rubricSchema, rubric)).toContain('criteria.0.artifacts');
  });
});
