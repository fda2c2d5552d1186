/**
 * The project's own schema for the Open Badges 3.0 shapes the catalog emits, written from the
 * specification (https://www.imsglobal.org/spec/ob/v3p0/, sections on Achievement, Alignment,
 * Criteria, Profile, ResultDescription and RubricCriterionLevel; required properties and value
 * vocabularies as the specification's data model states them). It is stricter than the official
 * JSON Schema where the catalog needs it to be: the two contexts in order, absolute https/http
 * identifiers, and a `requiredLevel` that names one of the criterion's own levels. Objects stay open
 * to further properties, as the specification allows.
 */
import { z } from 'astro/zod';

/** An absolute URI, as the specification's `URI` and `URL` types require. */
const uri = z.string().refine((value) => URL.canParse(value), { error: 'Write an absolute URI.' });

/** `type` is an unordered set that must contain the class name. */
const typeSet = (name: string) =>
  z
    .array(z.string())
    .min(1)
    .refine((types) => types.includes(name), { error: `type must include "${name}".` });

/** An extensible vocabulary: one of the listed terms, or a custom term starting with `ext:`. */
const extensible = (terms: readonly string[]) =>
  z.union([z.enum(terms as [string, ...string[]]), z.string().regex(/^ext:[A-Za-z0-9.\-_]+$/)]);

/** AchievementType terms from the specification's vocabulary. */
export const ACHIEVEMENT_TYPES = [
  'Achievement', 'ApprenticeshipCertificate', 'Assessment', 'Assignment', 'AssociateDegree', 'Award', 'Badge', 'BachelorDegree',
  'Certificate', 'CertificateOfCompletion', 'Certification', 'CommunityService', 'Competency', 'Course', 'CoCurricular', 'Degree',
  'Diploma', 'DoctoralDegree', 'Fieldwork', 'GeneralEducationDevelopment', 'JourneymanCertificate', 'LearningProgram', 'License',
  'Membership', 'ProfessionalDoctorate', 'QualityAssuranceCredential', 'MasterCertificate', 'MasterDegree', 'MicroCredential',
  'ResearchDoctorate', 'SecondarySchoolDiploma',
] as const; // prettier-ignore

/** AlignmentTargetType terms from the specification's vocabulary. */
export const ALIGNMENT_TARGET_TYPES = [
  'ceasn:Competency',
  'ceterms:Credential',
  'CFItem',
  'CFRubric',
  'CFRubricCriterion',
  'CFRubricCriterionLevel',
  'CTDL',
] as const;

/** ResultType terms from the specification's vocabulary. */
export const RESULT_TYPES = [
  'GradePointAverage', 'LetterGrade', 'Percent', 'PerformanceLevel', 'PredictedScore', 'RawScore', 'Result', 'RubricCriterion',
  'RubricCriterionLevel', 'RubricScore', 'ScaledScore', 'Status',
] as const; // prettier-ignore

export const profileSchema = z.looseObject({ id: uri, type: typeSet('Profile'), name: z.string().min(1).optional(), url: uri.optional() });

export const alignmentSchema = z.looseObject({
  type: typeSet('Alignment'),
  targetName: z.string().min(1),
  targetUrl: uri,
  targetCode: z.string().optional(),
  targetDescription: z.string().optional(),
  targetFramework: z.string().optional(),
  targetType: extensible(ALIGNMENT_TARGET_TYPES).optional(),
});

export const criteriaSchema = z
  .looseObject({ id: uri.optional(), narrative: z.string().min(1).optional() })
  .refine((criteria) => criteria.id || criteria.narrative, { error: 'Criteria need an id or a narrative.' });

export const rubricCriterionLevelSchema = z.looseObject({
  id: uri,
  type: typeSet('RubricCriterionLevel'),
  name: z.string().min(1),
  description: z.string().optional(),
  level: z.string().optional(),
  points: z.string().optional(),
});

export const resultDescriptionSchema = z
  .looseObject({
    id: uri,
    type: typeSet('ResultDescription'),
    name: z.string().min(1),
    resultType: extensible(RESULT_TYPES),
    requiredLevel: uri.optional(),
    rubricCriterionLevel: z.array(rubricCriterionLevelSchema).optional(),
  })
  .refine((result) => !result.requiredLevel || (result.rubricCriterionLevel ?? []).some((level) => level.id === result.requiredLevel), {
    error: 'requiredLevel must be the id of one of this result’s rubricCriterionLevel entries.',
    path: ['requiredLevel'],
  });

export const achievementSchema = z.looseObject({
  '@context': z
    .array(z.union([z.string(), z.record(z.string(), z.unknown())]))
    .refine((context) => context[0] === 'https://www.w3.org/ns/credentials/v2', {
      error: 'The first context must be https://www.w3.org/ns/credentials/v2.',
    })
    .refine(
      (context) =>
        typeof context[1] === 'string' && /^https:\/\/purl\.imsglobal\.org\/spec\/ob\/v3p0\/context(-3\.\d\.\d)*\.json$/.test(context[1]),
      {
        error: 'The second context must be the Open Badges 3.0 context.',
      },
    ),
  id: uri,
  type: typeSet('Achievement'),
  achievementType: extensible(ACHIEVEMENT_TYPES).optional(),
  name: z.string().min(1),
  description: z.string().min(1),
  criteria: criteriaSchema,
  creator: profileSchema.optional(),
  version: z.string().optional(),
  humanCode: z.string().optional(),
  fieldOfStudy: z.string().optional(),
  inLanguage: z
    .string()
    .regex(/^[a-z]{2,4}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$/)
    .optional(),
  tag: z.array(z.string()).optional(),
  alignment: z.array(alignmentSchema).optional(),
  resultDescription: z.array(resultDescriptionSchema).optional(),
  image: z.looseObject({ id: uri, type: z.literal('Image'), caption: z.string().optional() }).optional(),
});
