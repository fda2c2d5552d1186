import type { Problem } from '../problems.ts';
import { validCredentials, type Rule } from './rule.ts';

/** Teachers work with different tools; each artifact accepts at least this many formats. */
export const MIN_FORMATS = 2;

const rule: Rule = {
  id: 'evidence-formats',
  description: `Every artifact accepts at least ${MIN_FORMATS} evidence formats, so teachers can submit with the tools they have.`,
  severity: 'error',
  check(catalog) {
    const problems: Problem[] = [];
    for (const { yaml, credential } of validCredentials(catalog)) {
      credential.requirements.forEach((requirement, r) =>
        requirement.artifacts.forEach((artifact, a) => {
          if (artifact.formats.length < MIN_FORMATS) {
            problems.push(yaml.problemAt(['requirements', r, 'artifacts', a, 'formats'], `Accept at least ${MIN_FORMATS} formats for "${artifact.id}".`, { rule: rule.id, hint: 'for example [document, slides] or [video, web-link]' }));
          }
        }),
      );
    }
    return problems;
  },
};
export default rule;
