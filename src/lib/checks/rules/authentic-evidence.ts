import { reflectionEvidence, studentEvidence } from '../../content/program.ts';
import { validCredentials, defineRule, type Finding } from './rule.ts';

/** Which evidence comes from real students, and which is a reflection, is marked in content/program.yaml. */
const rule = defineRule({
  id: 'authentic-evidence',
  description: 'The implement phase asks for authentic classroom evidence and the evaluate phase for a reflection.',
  severity: 'error',
  suites: ['rubrics'],
  check(catalog) {
    const program = catalog.program?.data;
    if (!program) return [];
    const fromStudents = studentEvidence(program);
    const reflections = reflectionEvidence(program);
    const labels = (ids: Set<string>) => program.evidenceTypes.filter((type) => ids.has(type.id)).map((type) => type.label.toLowerCase());
    const problems: Finding[] = [];
    for (const { yaml, credential } of validCredentials(catalog)) {
      credential.requirements.forEach((requirement, r) => {
        const types = requirement.artifacts.map((artifact) => artifact.evidenceType);
        if (requirement.phase === 'implement' && !types.some((type) => fromStudents.has(type))) {
          problems.push(
            yaml.problemAt(
              ['requirements', r, 'artifacts'],
              `Ask for evidence from real students in the implement phase: ${labels(fromStudents)
                .join(', ')
                .replace(/, ([^,]*)$/, ' or $1')}.`,
              { hint: `found only ${types.join(', ')}` },
            ),
          );
        }
        if (requirement.phase === 'evaluate' && !types.some((type) => reflections.has(type))) {
          problems.push(
            yaml.problemAt(['requirements', r, 'artifacts'], 'Ask for a written reflection in the evaluate phase.', {
              hint: `add an artifact with evidenceType: ${[...reflections].join(' or ')}`,
            }),
          );
        }
      });
    }
    return problems;
  },
});
export default rule;
