import { defineRule, type Finding } from './rule.ts';

const rule = defineRule({
  id: 'rubric-references',
  description: 'Every rubric criterion scores artifacts that exist in its credential, within the phase it names.',
  severity: 'error',
  suites: ['integrity', 'rubrics'],
  check(catalog) {
    const problems: Finding[] = [];
    for (const folder of catalog.credentials) {
      const credential = folder.credential?.data;
      const rubric = folder.rubric;
      if (!credential || !rubric?.data) continue;
      const phaseOf = new Map(
        credential.requirements.flatMap((requirement) =>
          requirement.artifacts.map((artifact) => [artifact.id, requirement.phase] as const),
        ),
      );
      rubric.data.criteria.forEach((criterion, c) =>
        criterion.artifacts.forEach((artifactId, a) => {
          const phase = phaseOf.get(artifactId);
          if (!phase) {
            problems.push(
              rubric.problemAt(['criteria', c, 'artifacts', a], `Use an artifact id from credential.yaml: "${artifactId}" is not one.`, {
                hint: `artifacts: ${[...phaseOf.keys()].join(', ')}`,
              }),
            );
          } else if (phase !== criterion.phase) {
            problems.push(
              rubric.problemAt(['criteria', c, 'phase'], `Set phase to "${phase}": artifact "${artifactId}" belongs to that phase.`, {
                hint: 'a criterion scores the artifacts of one phase',
              }),
            );
          }
        }),
      );
    }
    return problems;
  },
});
export default rule;
