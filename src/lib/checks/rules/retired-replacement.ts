import { validCredentials, defineRule } from './rule.ts';

const rule = defineRule({
  id: 'retired-replacement',
  description: 'A retired credential names the credential that replaces it.',
  severity: 'error',
  suites: ['quality'],
  check(catalog) {
    return validCredentials(catalog).flatMap(({ yaml, credential }) =>
      credential.status === 'retired' && !credential.replacedBy
        ? [
            yaml.problemAt(['status'], 'Name the replacement of this retired credential in replacedBy.', {
              hint: 'teachers who follow an old link need to know where to go',
            }),
          ]
        : [],
    );
  },
});
export default rule;
