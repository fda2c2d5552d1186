import { pathwayGroups } from '../program.ts';
import { validCredentials, type Rule } from './rule.ts';

const rule: Rule = {
  id: 'code-matches-pathway',
  description: 'A code starts with its pathway\'s prefix from content/program.yaml (the all-pathways prefix for credentials that serve every pathway).',
  severity: 'error',
  check(catalog) {
    const program = catalog.program?.data;
    if (!program) return [];
    const prefixes = new Map(pathwayGroups(program).map((group) => [group.id, group.codePrefix]));
    return validCredentials(catalog).flatMap(({ yaml, credential }) => {
      const expected = prefixes.get(credential.pathway);
      const actual = credential.code.split('-')[0];
      return expected && actual !== expected
        ? [yaml.problemAt(['code'], `Start the code with "${expected}-": this credential's pathway is ${credential.pathway}.`, { rule: rule.id, hint: `for example ${expected}-${credential.code.split('-')[1]}` })]
        : [];
    });
  },
};
export default rule;
