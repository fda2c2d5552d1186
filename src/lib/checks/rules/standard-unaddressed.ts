import { defineRule, type Finding } from './rule.ts';

const rule = defineRule({
  id: 'standard-unaddressed',
  description:
    'Lists labeled registry standards that no credential addresses, so reviewers can prune or plan coverage; unlabeled imported items are not listed.',
  severity: 'warning',
  suites: ['standards'],
  check(catalog) {
    const addressed = new Set(
      catalog.credentials.flatMap((folder) =>
        (folder.alignment?.data?.alignments ?? []).map((entry) => `${entry.framework}:${entry.code}`),
      ),
    );
    const problems: Finding[] = [];
    for (const yaml of catalog.standards) {
      yaml.data?.items.forEach((item, index) => {
        // An item without a label came in with `npm run import:case` and was never chosen by an author.
        if (item.label !== undefined && !addressed.has(`${yaml.data!.id}:${item.code}`)) {
          problems.push(
            yaml.problemAt(['items', index, 'code'], `No credential addresses ${item.code} yet.`, {
              hint: 'align a credential to it, or remove it if it will not be used',
            }),
          );
        }
      });
    }
    return problems;
  },
});
export default rule;
