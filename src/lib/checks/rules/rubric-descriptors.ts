import { defineRule, type Finding, validRubrics } from './rule.ts';

/** Descriptor keys in level order, and the level names authors know them by. */
const DESCRIPTORS = [
  ['demonstrated', 'Demonstrated'],
  ['progressing', 'Progressing'],
  ['notMet', 'Not Met'],
] as const;

const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const rule = defineRule({
  id: 'rubric-descriptors',
  description: 'Every criterion has a non-empty, distinct descriptor for each of Demonstrated, Progressing and Not Met.',
  severity: 'error',
  suites: ['rubrics'],
  check(catalog) {
    const problems: Finding[] = [];
    for (const { yaml: rubric, rubric: data } of validRubrics(catalog)) {
      data.criteria.forEach((criterion, c) => {
        const seen = new Map<string, string>();
        for (const [key, level] of DESCRIPTORS) {
          const text = criterion.descriptors[key];
          if (normalise(text) === '') {
            problems.push(
              rubric.problemAt(['criteria', c, 'descriptors', key], `Describe what ${level} evidence looks like for "${criterion.id}".`, {
                hint: `every criterion needs ${DESCRIPTORS.map(([name]) => name).join(', ')}`,
              }),
            );
            continue;
          }
          const twin = seen.get(normalise(text));
          if (twin)
            problems.push(
              rubric.problemAt(
                ['criteria', c, 'descriptors', key],
                `Write a ${level} descriptor that differs from the ${twin} one: assessors could not tell the levels apart.`,
                { hint: 'say what is present and what is missing at this level' },
              ),
            );
          seen.set(normalise(text), level);
        }
      });
    }
    return problems;
  },
});
export default rule;
