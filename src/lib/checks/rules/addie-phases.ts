import { ADDIE_PHASES } from '../../../../schemas/index.ts';
import { validCredentials, defineRule, type Finding } from './rule.ts';

const rule = defineRule({
  id: 'addie-phases',
  description: 'Requirements cover the five ADDIE phases once each, in order: analyze, design, develop, implement, evaluate.',
  severity: 'error',
  suites: ['integrity', 'rubrics'],
  check(catalog) {
    const problems: Finding[] = [];
    for (const { yaml, credential } of validCredentials(catalog)) {
      const phases = credential.requirements.map((requirement) => requirement.phase);
      const seen = new Set<string>();
      phases.forEach((phase, index) => {
        if (seen.has(phase))
          problems.push(
            yaml.problemAt(
              ['requirements', index, 'phase'],
              `Merge the second "${phase}" requirement into the first: each phase appears once.`,
              { hint: 'put several artifacts under one phase instead' },
            ),
          );
        seen.add(phase);
      });
      const missing = ADDIE_PHASES.filter((phase) => !seen.has(phase));
      if (missing.length)
        problems.push(
          yaml.problemAt(['requirements'], `Add the missing ADDIE phase${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}.`, {
            hint: 'every credential has one requirement per phase',
          }),
        );
      const unique = phases.filter((phase, index) => phases.indexOf(phase) === index);
      const ordered = [...unique].sort((a, b) => ADDIE_PHASES.indexOf(a) - ADDIE_PHASES.indexOf(b));
      const firstOut = unique.findIndex((phase, index) => phase !== ordered[index]);
      if (firstOut >= 0)
        problems.push(
          yaml.problemAt(
            ['requirements', phases.indexOf(unique[firstOut]!), 'phase'],
            `Move the requirements into ADDIE order: ${ADDIE_PHASES.join(', ')}.`,
            { hint: `found ${unique.join(', ')}` },
          ),
        );
    }
    return problems;
  },
});
export default rule;
