import { validCredentials, defineRule } from './rule.ts';

const rule = defineRule({
  id: 'approval-record',
  description: 'An approved or published credential has an approval record for its current version.',
  severity: 'error',
  suites: ['integrity', 'quality'],
  check(catalog) {
    return validCredentials(catalog).flatMap(({ yaml, credential }) =>
      (credential.status === 'approved' || credential.status === 'published') &&
      !credential.approvals.some((approval) => approval.version === credential.version)
        ? [
            yaml.problemAt(['status'], `Record the approval of version ${credential.version} before marking it ${credential.status}.`, {
              hint: 'add to approvals: reviewer, role, date, reference (pull request) and version',
            }),
          ]
        : [],
    );
  },
});
export default rule;
