import { studentEvidence } from '../../content/program.ts';
import { validCredentials, defineRule } from './rule.ts';

const rule = defineRule({
  id: 'privacy-note',
  description: "A credential that asks for student work, student data or classroom video says how students' privacy is protected.",
  severity: 'error',
  suites: ['quality'],
  check(catalog) {
    const program = catalog.program?.data;
    if (!program) return [];
    const fromStudents = studentEvidence(program);
    return validCredentials(catalog).flatMap(({ yaml, credential }) => {
      const asks = credential.requirements.some((requirement) =>
        requirement.artifacts.some((artifact) => fromStudents.has(artifact.evidenceType)),
      );
      return asks && !credential.privacy
        ? [
            yaml.problemAt([], 'Add a privacy note: this credential asks for student work, data or video.', {
              hint: 'privacy: how to handle consent, names and faces',
            }),
          ]
        : [];
    });
  },
});
export default rule;
