import { validCredentials, defineRule } from './rule.ts';

const rule = defineRule({
  id: 'key-method',
  description: 'The key method is research-backed: it has at least two components and at least two distinct research citations.',
  severity: 'error',
  suites: ['quality'],
  check(catalog) {
    return validCredentials(catalog).flatMap(({ yaml, credential }) => [
      ...(credential.keyMethod.components.length < 2
        ? [
            yaml.problemAt(['keyMethod', 'components'], 'Describe at least two components of the key method.', {
              hint: 'the parts of the method a teacher must show',
            }),
          ]
        : []),
      ...(new Set(credential.research.map((work) => work.title.toLowerCase())).size < 2
        ? [
            yaml.problemAt(['research'], 'Cite at least two different real research works behind the key method.', {
              hint: "authors, year, title and source; the RAND report's reference list is a good start",
            }),
          ]
        : []),
    ]);
  },
});
export default rule;
