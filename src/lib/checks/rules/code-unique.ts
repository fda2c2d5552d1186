import { validCredentials, defineRule, type Finding } from './rule.ts';

const rule = defineRule({
  id: 'code-unique',
  description: 'No two credentials share a code, even across pathways (PE-2.1 and DDEM-2.1 are different codes).',
  severity: 'error',
  suites: ['integrity'],
  check(catalog) {
    const firstByCode = new Map<string, string>();
    const problems: Finding[] = [];
    for (const { yaml, credential } of validCredentials(catalog)) {
      const first = firstByCode.get(credential.code);
      if (first)
        problems.push(
          yaml.problemAt(['code'], `Choose another code: ${credential.code} is already used by ${first}.`, {
            hint: 'codes are PREFIX-LEVEL.NUMBER; take the next free number in the level',
          }),
        );
      else firstByCode.set(credential.code, yaml.file);
    }
    return problems;
  },
});
export default rule;
