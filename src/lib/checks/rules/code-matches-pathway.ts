import { pathwayGroups } from '../../content/program.ts';
import { validCredentials, defineRule } from './rule.ts';

const rule = defineRule({
  id: 'code-matches-pathway',
  description:
    "A code starts with its pathway's prefix from content/program.yaml (the all-pathways prefix for credentials that serve every pathway).",
  severity: 'error',
  suites: ['integrity'],
  check(catalog) {
    const program = catalog.program?.data;
    if (!program) return [];
    const prefixes = new Map(pathwayGroups(program).map((group) => [group.id, group.codePrefix]));
    return validCredentials(catalog).flatMap(({ yaml, credential }) => {
      const expected = prefixes.get(credential.pathway);
      const actual = credential.code.split('-')[0];
      return expected && actual !== expected
        ? [
            yaml.problemAt(['code'], `Start the code with "${expected}-": this credential's pathway is ${credential.pathway}.`, {
              hint: `for example ${expected}-${credential.code.split('-')[1]}`,
            }),
          ]
        : [];
    });
  },
});
export default rule;
