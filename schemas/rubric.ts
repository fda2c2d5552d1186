/**
 * `content/credentials/<id>/rubric.yaml`: the public rubric assessors score a portfolio against.
 */
import { z } from 'astro/zod';
import { ADDIE_PHASES } from './credential.ts';
import { prose, reportRepeats, slug, uniqueList } from './common.ts';

/** The three score levels, highest first, named exactly as Louisiana's assessors use them. */
export const SCORE_LEVELS = ['Demonstrated', 'Progressing', 'Not Met'] as const;

const descriptorsSchema = z.strictObject({
  /** What evidence at the Demonstrated level shows. */
  demonstrated: prose('the Demonstrated descriptor', { min: 20, max: 800 }).describe('Observable evidence that meets the standard.'),
  /** What evidence at the Progressing level shows. */
  progressing: prose('the Progressing descriptor', { min: 20, max: 800 }).describe(
    'Observable evidence that is partly there: what is present and what is missing.',
  ),
  /** What evidence at the Not Met level shows. */
  notMet: prose('the Not Met descriptor', { min: 20, max: 800 }).describe('What missing or off-target evidence looks like.'),
});

const criterionSchema = z.strictObject({
  /** Identifier used by alignments and feedback. */
  id: slug('the criterion id').describe('Short id, unique within the rubric.'),
  /** What the criterion judges, as a short phrase. */
  title: prose('the criterion title', { max: 150 }).describe('What the criterion judges, as a short phrase.'),
  /** The ADDIE phase whose requirement this criterion assesses. */
  phase: z
    .enum(ADDIE_PHASES, { error: `Choose a phase: ${ADDIE_PHASES.join(', ')}.` })
    .describe('ADDIE phase of the requirement this criterion assesses.'),
  /** Ids of the artifacts, from credential.yaml, this criterion scores. */
  artifacts: uniqueList(slug('an artifact id'), 'the artifacts')
    .min(1, { error: 'Name at least one artifact id from credential.yaml that this criterion scores.' })
    .describe('Ids of the artifacts in credential.yaml that this criterion scores.'),
  /** Ids of the key-method components, from credential.yaml, whose evidence this criterion scores. */
  components: uniqueList(slug('a component id'), 'the components')
    .optional()
    .describe('Ids of the key-method components in credential.yaml whose evidence this criterion scores.'),
  /** One distinct descriptor per score level. */
  descriptors: descriptorsSchema.describe('What the evidence shows at each score level.'),
});

export const rubricSchema = z
  .strictObject({
    /** The score levels, in order; always Demonstrated, Progressing, Not Met. */
    levels: z
      .tuple([z.literal(SCORE_LEVELS[0]), z.literal(SCORE_LEVELS[1]), z.literal(SCORE_LEVELS[2])], {
        error: `List the levels exactly as [${SCORE_LEVELS.join(', ')}].`,
      })
      .describe('Score levels, highest first: Demonstrated, Progressing, Not Met.'),
    /** How the credential is earned. */
    earnRule: z
      .literal('every-criterion-demonstrated', {
        error: 'Write earnRule: every-criterion-demonstrated (every criterion must be scored Demonstrated).',
      })
      .describe('Every criterion must be scored Demonstrated to earn the credential.'),
    /** Who scores the portfolio. */
    assessment: z
      .strictObject({
        /** Number of calibrated assessors who score each portfolio. */
        assessors: z
          .literal(2, { error: 'Louisiana portfolios are scored by two calibrated assessors: write assessors: 2.' })
          .describe('Two calibrated assessors score each portfolio.'),
        /** Assessors are calibrated against anchor portfolios before scoring. */
        calibrated: z
          .literal(true, { error: 'Write calibrated: true; only calibrated assessors score portfolios.' })
          .describe('Assessors are calibrated before they score.'),
        /** How often a teacher may revise and resubmit. */
        resubmission: z
          .literal('unlimited', { error: 'Write resubmission: unlimited; teachers may revise and resubmit as often as needed.' })
          .describe('Teachers may revise and resubmit as often as needed.'),
      })
      .describe('Who scores the portfolio and how resubmission works.'),
    /** The criteria, in ADDIE order. */
    criteria: z
      .array(criterionSchema, { error: 'Write the criteria as a list.' })
      .min(1, { error: 'List at least one criterion.' })
      .describe('Rubric criteria, each scoring one or more artifacts.'),
  })
  .superRefine((rubric, ctx) => {
    reportRepeats(
      ctx,
      rubric.criteria.map((criterion, index) => ({ item: criterion, path: ['criteria', index, 'id'] })),
      (criterion) => criterion.id,
      (criterion) => `Give criterion "${criterion.id}" an id no other criterion in this rubric uses.`,
    );
    rubric.criteria.forEach((criterion, index) => {
      const { demonstrated, progressing, notMet } = criterion.descriptors;
      if (new Set([demonstrated, progressing, notMet].map((text) => text.toLowerCase())).size < 3) {
        ctx.addIssue({
          code: 'custom',
          path: ['criteria', index, 'descriptors'],
          message: 'Write a different descriptor for each level; two levels have the same text.',
        });
      }
    });
  });

export type Rubric = z.output<typeof rubricSchema>;
export type Criterion = Rubric['criteria'][number];
