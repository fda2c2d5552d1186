import { CHECK_JUDGMENT_WORDS, judgmentWords } from '../wording/judgment-words.ts';
import { defineRule, validCredentials, type Finding } from './rule.ts';

const rule = defineRule({
  id: 'completion-checks-tickable',
  description:
    'Every completion check is a fact a teacher can tick yes or no: no verdicts such as "enough", "good" or "most" unless a number follows.',
  severity: 'error',
  suites: ['quality'],
  check(catalog) {
    const problems: Finding[] = [];
    for (const { yaml, credential } of validCredentials(catalog))
      credential.requirements.forEach((requirement, r) =>
        requirement.artifacts.forEach((artifact, a) =>
          artifact.completionChecks.forEach((check, k) => {
            for (const { word, hint } of judgmentWords(check, CHECK_JUDGMENT_WORDS))
              problems.push(
                yaml.problemAt(
                  ['requirements', r, 'artifacts', a, 'completionChecks', k],
                  `Rewrite the check "${check}" without "${word}" so a teacher can tick it yes or no.`,
                  { hint },
                ),
              );
          }),
        ),
      );
    return problems;
  },
});
export default rule;
