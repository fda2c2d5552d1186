import { validCredentials, defineRule, type Finding } from './rule.ts';

/** Teachers work with different tools; each artifact accepts at least this many formats. */
export const MIN_FORMATS = 2;

const rule = defineRule({
  id: 'evidence-formats',
  description: `Every artifact accepts at least ${MIN_FORMATS} evidence formats, so teachers can submit with the tools they have.`,
  severity: 'error',
  suites: ['quality'],
  check(catalog) {
    const problems: Finding[] = [];
    for (const { yaml, credential } of validCredentials(catalog)) {
      credential.requirements.forEach((requirement, r) =>
        requirement.artifacts.forEach((artifact, a) => {
          if (artifact.formats.length < MIN_FORMATS) {
            problems.push(
              yaml.problemAt(
                ['requirements', r, 'artifacts', a, 'formats'],
                `Accept at least ${MIN_FORMATS} formats for "${artifact.id}".`,
                { hint: 'for example [document, slides] or [video, web-link]' },
              ),
            );
          }
        }),
      );
    }
    return problems;
  },
});
export default rule;
