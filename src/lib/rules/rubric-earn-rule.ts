import type { Problem } from '../problems.ts';
import { parsedRubrics, type Rule } from './rule.ts';

const rule: Rule = {
  id: 'rubric-earn-rule',
  description: 'A rubric declares how the credential is earned: every criterion scored Demonstrated, by two calibrated assessors.',
  severity: 'error',
  check(catalog) {
    const problems: Problem[] = [];
    for (const rubric of parsedRubrics(catalog)) {
      const raw = rubric.raw as { earnRule?: unknown; assessment?: { assessors?: unknown; calibrated?: unknown } };
      if (raw.earnRule !== 'every-criterion-demonstrated') {
        problems.push(rubric.problemAt(['earnRule'], 'Declare the earn rule: earnRule: every-criterion-demonstrated.', { rule: rule.id, hint: 'a teacher earns the credential only when every criterion is Demonstrated' }));
      }
      if (raw.assessment?.assessors !== 2 || raw.assessment?.calibrated !== true) {
        problems.push(rubric.problemAt(['assessment'], 'Declare the assessor model: assessors: 2 and calibrated: true.', { rule: rule.id, hint: 'two calibrated assessors score every portfolio' }));
      }
    }
    return problems;
  },
};
export default rule;
