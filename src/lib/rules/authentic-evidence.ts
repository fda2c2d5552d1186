import type { Problem } from '../problems.ts';
import { validCredentials, type Rule } from './rule.ts';

/** Evidence that can only come from teaching real students. */
export const CLASSROOM_EVIDENCE = ['student-work', 'video-of-instruction', 'student-data'] as const;

const rule: Rule = {
  id: 'authentic-evidence',
  description: 'The implement phase asks for authentic classroom evidence and the evaluate phase for a reflection.',
  severity: 'error',
  check(catalog) {
    const problems: Problem[] = [];
    for (const { yaml, credential } of validCredentials(catalog)) {
      credential.requirements.forEach((requirement, r) => {
        const types = requirement.artifacts.map((artifact) => artifact.evidenceType as string);
        if (requirement.phase === 'implement' && !types.some((type) => (CLASSROOM_EVIDENCE as readonly string[]).includes(type))) {
          problems.push(yaml.problemAt(['requirements', r, 'artifacts'], 'Ask for evidence from real students in the implement phase: student work, video of instruction or student data.', { rule: rule.id, hint: `found only ${types.join(', ')}` }));
        }
        if (requirement.phase === 'evaluate' && !types.includes('reflection')) {
          problems.push(yaml.problemAt(['requirements', r, 'artifacts'], 'Ask for a written reflection in the evaluate phase.', { rule: rule.id, hint: 'add an artifact with evidenceType: reflection' }));
        }
      });
    }
    return problems;
  },
};
export default rule;
