import { assessedCredentials, defineRule, type Finding } from './rule.ts';

const rule = defineRule({
  id: 'rubric-coverage',
  description: 'Every requirement and every artifact of a credential is assessed by at least one rubric criterion.',
  severity: 'error',
  suites: ['rubrics'],
  check(catalog) {
    const problems: Finding[] = [];
    for (const { yaml, credential, rubric } of assessedCredentials(catalog)) {
      const scoredArtifacts = new Set(rubric.criteria.flatMap((criterion) => criterion.artifacts));
      const scoredPhases = new Set(rubric.criteria.map((criterion) => criterion.phase));
      credential.requirements.forEach((requirement, r) => {
        if (!scoredPhases.has(requirement.phase)) {
          problems.push(
            yaml.problemAt(
              ['requirements', r, 'phase'],
              `Add a rubric criterion for the ${requirement.phase} requirement: nothing assesses it.`,
              { hint: `add a criterion with phase: ${requirement.phase} to rubric.yaml` },
            ),
          );
        }
        requirement.artifacts.forEach((artifact, a) => {
          if (!scoredArtifacts.has(artifact.id)) {
            problems.push(
              yaml.problemAt(
                ['requirements', r, 'artifacts', a, 'id'],
                `Assess the artifact "${artifact.id}" with a rubric criterion: teachers would submit it but nobody scores it.`,
                { hint: `list "${artifact.id}" under a criterion's artifacts in rubric.yaml, or remove the artifact` },
              ),
            );
          }
        });
      });
    }
    return problems;
  },
});
export default rule;
