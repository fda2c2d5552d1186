import { validCredentials, type Rule } from './rule.ts';

/** Level 1 credentials serve every pathway and carry this prefix. */
export const ALL_PATHWAYS_PREFIX = 'STEM';

const rule: Rule = {
  id: 'code-matches-pathway',
  description: 'A code starts with its pathway\'s prefix from content/pathways.yaml (STEM for credentials that serve all pathways).',
  severity: 'error',
  check(catalog) {
    const prefixes = new Map((catalog.pathways?.data ?? []).map((pathway) => [pathway.id, pathway.codePrefix]));
    return validCredentials(catalog).flatMap(({ yaml, credential }) => {
      const expected = credential.pathway === 'all' ? ALL_PATHWAYS_PREFIX : prefixes.get(credential.pathway);
      const actual = credential.code.split('-')[0];
      return expected && actual !== expected
        ? [yaml.problemAt(['code'], `Start the code with "${expected}-": this credential's pathway is ${credential.pathway}.`, { rule: rule.id, hint: `for example ${expected}-${credential.code.split('-')[1]}` })]
        : [];
    });
  },
};
export default rule;
