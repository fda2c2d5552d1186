import { validCredentials, defineRule } from './rule.ts';

const rule = defineRule({
  id: 'free-resources',
  description: 'Each credential points teachers to at least one free resource.',
  severity: 'warning',
  suites: ['quality'],
  check(catalog) {
    return validCredentials(catalog).flatMap(({ yaml, credential }) =>
      credential.resources.length === 0
        ? [
            yaml.problemAt(['resources'], 'Name at least one free resource that helps with this credential.', {
              hint: 'only resources you are certain exist, with their official https address',
            }),
          ]
        : [],
    );
  },
});
export default rule;
