import { estimateHours } from '../../content/estimated-hours.ts';
import { defineRule, validCredentials, type Finding } from './rule.ts';

const rule = defineRule({
  id: 'hours-from-artifacts',
  description:
    "Estimated hours sit within the program's tolerance of the hours computed from the artifacts (hoursRule in content/program.yaml): a warning, because the per-artifact figures are averages.",
  severity: 'warning',
  suites: ['quality'],
  check(catalog) {
    const program = catalog.program?.data;
    if (!program) return [];
    const problems: Finding[] = [];
    for (const { yaml, credential } of validCredentials(catalog)) {
      const estimate = estimateHours(credential, program);
      if (!estimate) continue;
      const { min, max } = credential.estimatedHours;
      if (min >= estimate.allowed.min && max <= estimate.allowed.max) continue;
      problems.push(
        yaml.problemAt(
          ['estimatedHours'],
          `Make the estimate of ${min} to ${max} hours fit the work: the ${estimate.artifacts} artifacts asked for come to about ${estimate.hours} hours, so the range should sit within ${estimate.allowed.min} to ${estimate.allowed.max}.`,
          {
            hint: 'change the hours, or ask for less (or more) work; content/credentials/README.md "How hours are estimated" shows the sum',
          },
        ),
      );
    }
    return problems;
  },
});
export default rule;
