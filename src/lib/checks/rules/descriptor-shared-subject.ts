import { judgedNouns } from '../wording/judged-nouns.ts';
import { notMetRemainder } from '../wording/not-met-wording.ts';
import { filesKey } from '../../content/catalog.ts';
import { defineRule, type Finding, validRubrics } from './rule.ts';

const rule = defineRule({
  id: 'descriptor-shared-subject',
  description:
    "A criterion's Progressing and Not Met descriptors name at least one of the things its Demonstrated descriptor judges, so the three levels judge the same evidence (a noun check, so it warns).",
  severity: 'warning',
  suites: ['rubrics'],
  check(catalog) {
    // Tagging every descriptor of a large catalog takes seconds, and each rubric's result depends on that file alone.
    return validRubrics(catalog).flatMap(({ yaml: rubric, rubric: data }) =>
      catalog.cache.memo('descriptor-shared-subject', filesKey(catalog, rubric.file), () => {
        const problems: Finding[] = [];
        data.criteria.forEach((criterion, c) => {
          const demonstrated = judgedNouns(criterion.descriptors.demonstrated);
          const lower = [
            ['progressing', 'Progressing', criterion.descriptors.progressing],
            ['notMet', 'Not Met', notMetRemainder(criterion.descriptors.notMet)],
          ] as const;
          for (const [key, level, text] of lower) {
            if (text === '') continue;
            const nouns = judgedNouns(text);
            if ([...nouns.keys()].some((noun) => demonstrated.has(noun))) continue;
            problems.push(
              rubric.problemAt(
                ['criteria', c, 'descriptors', key],
                `Make the ${level} descriptor of "${criterion.id}" judge what Demonstrated judges: it names none of ${[...demonstrated.values()].map((noun) => `"${noun}"`).join(', ')}.`,
                {
                  hint: 'the three levels describe the same evidence, e.g. "The plan …", "The plan …, but …", "Any required element is missing, or the plan …"',
                },
              ),
            );
          }
        });
        return problems;
      }),
    );
  },
});
export default rule;
