import { validCredentials, defineRule } from './rule.ts';

const rule = defineRule({
  id: 'changelog-current',
  description: 'The changelog has an entry for the current version, so teachers can read what it is.',
  severity: 'error',
  suites: ['integrity'],
  check(catalog) {
    return validCredentials(catalog).flatMap(({ yaml, credential }) =>
      credential.changelog.some((entry) => entry.version === credential.version)
        ? []
        : [
            yaml.problemAt(['changelog'], `Add a changelog entry for version ${credential.version}, the current version.`, {
              hint: `version: ${credential.version}, date (YYYY-MM-DD) and a summary in plain words; or set version to the newest entry's`,
            }),
          ],
    );
  },
});
export default rule;
