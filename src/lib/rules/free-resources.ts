import { validCredentials, type Rule } from './rule.ts';

const rule: Rule = {
  id: 'free-resources',
  description: 'Each credential points teachers to at least one free resource.',
  severity: 'warning',
  check(catalog) {
    return validCredentials(catalog).flatMap(({ yaml, credential }) =>
      credential.resources.length === 0
        ? [yaml.problemAt(['resources'], 'Name at least one free resource that helps with this credential.', { rule: rule.id, severity: rule.severity, hint: 'only resources you are certain exist, with their official https address' })]
        : [],
    );
  },
};
export default rule;
