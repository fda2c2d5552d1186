import type { Problem } from '../problems.ts';
import { validCredentials, type Rule } from './rule.ts';

const rule: Rule = {
  id: 'code-unique',
  description: 'No two credentials share a code, even across pathways (PE-2.1 and DDEM-2.1 are different codes).',
  severity: 'error',
  check(catalog) {
    const firstByCode = new Map<string, string>();
    const problems: Problem[] = [];
    for (const { yaml, credential } of validCredentials(catalog)) {
      const first = firstByCode.get(credential.code);
      if (first) problems.push(yaml.problemAt(['code'], `Choose another code: ${credential.code} is already used by ${first}.`, { rule: rule.id, hint: 'codes are PREFIX-LEVEL.NUMBER; take the next free number in the level' }));
      else firstByCode.set(credential.code, yaml.file);
    }
    return problems;
  },
};
export default rule;
