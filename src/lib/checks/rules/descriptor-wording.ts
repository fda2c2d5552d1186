import { conjunctionOfAbsences, DESCRIPTOR_JUDGMENT_WORDS, judgmentWords } from '../wording/judgment-words.ts';
import { defineRule, type Finding } from './rule.ts';

const LEVELS = ['demonstrated', 'progressing', 'notMet'] as const;

const rule = defineRule({
  id: 'descriptor-wording',
  description: `Rubric descriptors use no word two assessors could judge differently (${Object.keys(DESCRIPTOR_JUDGMENT_WORDS).join(', ')}) unless a number follows, and Not Met is never a conjunction of absences.`,
  severity: 'error',
  suites: ['rubrics'],
  check(catalog) {
    const problems: Finding[] = [];
    for (const rubric of catalog.credentials.flatMap((folder) => (folder.rubric?.data ? [folder.rubric] : []))) {
      rubric.data!.criteria.forEach((criterion, c) => {
        for (const level of LEVELS) {
          const path = ['criteria', c, 'descriptors', level];
          const text = criterion.descriptors[level];
          for (const { word, hint } of judgmentWords(text, DESCRIPTOR_JUDGMENT_WORDS))
            problems.push(
              rubric.problemAt(
                path,
                `Replace "${word}" in "${criterion.id}": two assessors could judge it differently from the same evidence.`,
                {
                  hint,
                },
              ),
            );
          const absences = level === 'notMet' ? conjunctionOfAbsences(text) : undefined;
          if (absences)
            problems.push(
              rubric.problemAt(
                path,
                `Rewrite Not Met for "${criterion.id}" without "${absences}": work that lacks only one of these would fit no level.`,
                { severity: 'warning', hint: 'start with "Any required element is missing, or …" so one absence is enough' },
              ),
            );
        }
      });
    }
    return problems;
  },
});
export default rule;
