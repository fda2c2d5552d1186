import { credentialIds, validCredentials, defineRule, type Finding } from './rule.ts';

const rule = defineRule({
  id: 'credential-references',
  description: 'Every pilot, prerequisite, recommended credential and replacement a credential names exists.',
  severity: 'error',
  suites: ['integrity'],
  check(catalog) {
    const credentials = credentialIds(catalog);
    const pilots = new Set((catalog.pilots?.data ?? []).map((pilot) => pilot.id));
    const problems: Finding[] = [];
    for (const { yaml, credential, folder } of validCredentials(catalog)) {
      const missing = (path: Array<string | number>, message: string, hint: string) =>
        problems.push(yaml.problemAt(path, message, { hint }));
      for (const field of ['prerequisites', 'recommendedBefore'] as const) {
        credential[field].forEach((id, index) => {
          if (id === folder.id)
            missing([field, index], `Remove "${id}": a credential cannot come before itself.`, 'list other credentials only');
          else if (!credentials.has(id))
            missing(
              [field, index],
              `Remove "${id}" or create it: no credential has that id.`,
              'use a folder name from content/credentials/',
            );
        });
      }
      if (credential.replacedBy && !credentials.has(credential.replacedBy)) {
        missing(
          ['replacedBy'],
          `Point replacedBy at an existing credential: "${credential.replacedBy}" does not exist.`,
          'use a folder name from content/credentials/',
        );
      }
      if (credential.history.pilot && !pilots.has(credential.history.pilot)) {
        missing(
          ['history', 'pilot'],
          `Use a pilot id from content/pilots.yaml: "${credential.history.pilot}" is not one.`,
          `pilots: ${[...pilots].join(', ') || 'none defined'}`,
        );
      }
    }
    return problems;
  },
});
export default rule;
