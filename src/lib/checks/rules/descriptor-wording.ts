import { DESCRIPTOR_JUDGMENT_WORDS, judgmentWords } from '../wording/judgment-words.ts';
import { conjunctionOfAbsences, NOT_MET_EXAMPLE, NOT_MET_OPENING } from '../wording/not-met-wording.ts';
import { defineRule, type Finding, validRubrics } from './rule.ts';

const LEVELS = [
  ['demonstrated', 'Demonstrated'],
  ['progressing', 'Progressing'],
  ['notMet', 'Not Met'],
] as const;

const rule = defineRule({
  id: 'descriptor-wording',
  description:
    'Descriptors use words an assessor can judge from the evidence (no "effectively", "appropriate", "most", "some", "little" or "good" unless a number follows), and Not Met opens "Any required element … missing"; a Not Met that joins absences with "and" or "nor" is flagged.',
  severity: 'error',
  suites: ['rubrics'],
  check(catalog) {
    const problems: Finding[] = [];
    for (const { yaml: rubric, rubric: data } of validRubrics(catalog))
      data.criteria.forEach((criterion, c) => {
        for (const [key, level] of LEVELS) {
          const path = ['criteria', c, 'descriptors', key];
          const text = criterion.descriptors[key];
          for (const { word, hint } of judgmentWords(text, DESCRIPTOR_JUDGMENT_WORDS))
            problems.push(
              rubric.problemAt(
                path,
                `Replace "${word}" in the ${level} descriptor of "${criterion.id}": two assessors could judge it differently.`,
                {
                  hint,
                },
              ),
            );
        }
        const notMet = criterion.descriptors.notMet;
        if (!NOT_MET_OPENING.test(notMet))
          problems.push(
            rubric.problemAt(
              ['criteria', c, 'descriptors', 'notMet'],
              `Open the Not Met descriptor of "${criterion.id}" with "Any required element … is missing", so partial work always fits a level.`,
              { hint: `e.g. ${NOT_MET_EXAMPLE}` },
            ),
          );
        const absences = conjunctionOfAbsences(notMet);
        if (absences)
          problems.push(
            rubric.problemAt(
              ['criteria', c, 'descriptors', 'notMet'],
              `Check the Not Met descriptor of "${criterion.id}": it joins absences, so work missing only one of them fits no level.`,
              { severity: 'warning', hint: absences },
            ),
          );
      });
    return problems;
  },
});
export default rule;
