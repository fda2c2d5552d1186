import { studentEvidence } from '../../content/program.ts';
import { defineRule, frameworkAudiences, validCredentials, type Finding } from './rule.ts';

const rule = defineRule({
  id: 'alignment-student-evidence',
  description:
    "A student-facing standard is addressed by an artifact of students' own evidence (student work, student data or video of the class), because only that can show what students did.",
  severity: 'error',
  suites: ['standards'],
  check(catalog) {
    const program = catalog.program?.data;
    if (!program) return [];
    const fromStudents = studentEvidence(program);
    const audienceOf = frameworkAudiences(catalog);
    const problems: Finding[] = [];
    for (const { folder, credential } of validCredentials(catalog)) {
      const alignment = folder.alignment;
      if (!alignment?.data) continue;
      const artifacts = credential.requirements.flatMap((requirement) => requirement.artifacts);
      const studentArtifacts = artifacts.filter((artifact) => fromStudents.has(artifact.evidenceType)).map((artifact) => artifact.id);
      alignment.data.alignments.forEach((entry, index) => {
        if (audienceOf.get(entry.framework) !== 'students') return;
        const artifact = artifacts.find((candidate) => candidate.id === entry.addressedBy);
        if (artifact && fromStudents.has(artifact.evidenceType)) return;
        problems.push(
          alignment.problemAt(
            ['alignments', index, 'addressedBy'],
            `Point ${entry.code} at the artifact where students' work shows it: "${entry.addressedBy}" is ${artifact ? "the teacher's own evidence" : 'not an artifact'}.`,
            {
              hint:
                studentArtifacts.length > 0
                  ? `student evidence here: ${studentArtifacts.join(', ')}`
                  : 'this credential collects no student work, student data or class video; add one, or drop the student standard',
            },
          ),
        );
      });
    }
    return problems;
  },
});
export default rule;
