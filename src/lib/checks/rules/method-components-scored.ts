import { assessedCredentials, defineRule, type Finding } from './rule.ts';

const rule = defineRule({
  id: 'method-components-scored',
  description:
    'Every key-method component is scored by at least one rubric criterion (listed under its components:), and so asked for by the artifacts that criterion scores; criteria name only components the method has.',
  severity: 'error',
  suites: ['rubrics'],
  check(catalog) {
    const problems: Finding[] = [];
    for (const { yaml, credential, rubricYaml, rubric } of assessedCredentials(catalog)) {
      const componentIds = credential.keyMethod.components.map((component) => component.id);
      rubric.criteria.forEach((criterion, c) =>
        (criterion.components ?? []).forEach((componentId, k) => {
          if (!componentIds.includes(componentId))
            problems.push(
              rubricYaml.problemAt(
                ['criteria', c, 'components', k],
                `Use a component id from keyMethod.components in credential.yaml: "${componentId}" is not one.`,
                { hint: `components: ${componentIds.join(', ')}` },
              ),
            );
        }),
      );
      credential.keyMethod.components.forEach((component, k) => {
        const scoredBy = rubric.criteria.filter((criterion) => criterion.components?.includes(component.id));
        if (scoredBy.length === 0)
          problems.push(
            yaml.problemAt(
              ['keyMethod', 'components', k, 'id'],
              `Score the component "${component.id}": no rubric criterion lists it under components:, so no artifact has to show it.`,
              {
                hint: `add ${component.id} to the components: of the criterion in rubric.yaml that scores it, and make its artifacts ask for it`,
              },
            ),
          );
      });
    }
    return problems;
  },
});
export default rule;
