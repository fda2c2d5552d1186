import { validCredentials, type Rule } from './rule.ts';

const rule: Rule = {
  id: 'key-method',
  description: 'The key method is research-backed: it has at least two components and at least two distinct research citations.',
  severity: 'error',
  check(catalog) {
    return validCredentials(catalog).flatMap(({ yaml, credential }) => [
      ...(credential.keyMethod.components.length < 2
        ? [yaml.problemAt(['keyMethod', 'components'], 'Describe at least two components of the key method.', { rule: rule.id, hint: 'the parts of the method a teacher must show' })]
        : []),
      ...(new Set(credential.research.map((work) => work.title.toLowerCase())).size < 2
        ? [yaml.problemAt(['research'], 'Cite at least two different real research works behind the key method.', { rule: rule.id, hint: 'authors, year, title and source; the RAND report\'s reference list is a good start' })]
        : []),
    ]);
  },
};
export default rule;
