import { defineRule, type Finding } from './rule.ts';

/**
 * Labels are ours: authors write them in their own words, so `npm run import:case` brings items in
 * without one. An item nobody cites may stay that way; the moment a credential cites it, its label is
 * what pages, one-pagers and exports show, so it needs one.
 */
const rule = defineRule({
  id: 'standard-label',
  description: 'Every registry item a credential cites has a label in our own words; imported items nobody cites may go without.',
  severity: 'error',
  suites: ['standards'],
  check(catalog) {
    const citedBy = new Map<string, string[]>();
    for (const folder of catalog.credentials)
      for (const entry of folder.alignment?.data?.alignments ?? []) {
        const key = `${entry.framework}:${entry.code}`;
        const credentials = citedBy.get(key) ?? [];
        if (!credentials.includes(folder.id)) credentials.push(folder.id);
        citedBy.set(key, credentials);
      }
    const problems: Finding[] = [];
    for (const yaml of catalog.standards) {
      yaml.data?.items.forEach((item, index) => {
        const credentials = citedBy.get(`${yaml.data!.id}:${item.code}`);
        if (item.label !== undefined || !credentials) return;
        problems.push(
          yaml.problemAt(
            ['items', index, 'code'],
            `Write a label for ${item.code}: ${credentials.join(', ')} ${credentials.length === 1 ? 'cites' : 'cite'} it.`,
            {
              hint: 'a short phrase in your own words, 10 to 160 characters; never the official statement',
            },
          ),
        );
      });
    }
    return problems;
  },
});
export default rule;
