import type { Problem } from '../problems.ts';
import type { Rule } from './rule.ts';

const rule: Rule = {
  id: 'standard-unaddressed',
  description: 'Lists registry standards that no credential addresses, so reviewers can prune or plan coverage.',
  severity: 'warning',
  check(catalog) {
    const addressed = new Set(catalog.credentials.flatMap((folder) => (folder.alignment?.data?.alignments ?? []).map((entry) => `${entry.framework}:${entry.code}`)));
    const problems: Problem[] = [];
    for (const yaml of catalog.standards) {
      yaml.data?.items.forEach((item, index) => {
        if (!addressed.has(`${yaml.data!.id}:${item.code}`)) {
          problems.push(yaml.problemAt(['items', index, 'code'], `No credential addresses ${item.code} yet.`, { rule: rule.id, severity: rule.severity, hint: 'align a credential to it, or remove it if it will not be used' }));
        }
      });
    }
    return problems;
  },
};
export default rule;
