import { SCORE_LEVELS } from '../../../schemas/index.ts';
import type { Problem } from '../problems.ts';
import { parsedRubrics, type Rule } from './rule.ts';

const rule: Rule = {
  id: 'rubric-levels',
  description: 'A rubric declares the three score levels in order, named exactly Demonstrated, Progressing, Not Met.',
  severity: 'error',
  check(catalog) {
    const problems: Problem[] = [];
    for (const rubric of parsedRubrics(catalog)) {
      const levels = (rubric.raw as { levels?: unknown }).levels;
      const ok = Array.isArray(levels) && levels.length === SCORE_LEVELS.length && levels.every((level, index) => level === SCORE_LEVELS[index]);
      if (!ok) {
        problems.push(rubric.problemAt(['levels'], `Declare the levels exactly as [${SCORE_LEVELS.join(', ')}], in that order.`, { rule: rule.id, hint: Array.isArray(levels) ? `found [${levels.join(', ')}]` : 'the levels field is missing' }));
      }
    }
    return problems;
  },
};
export default rule;
