import { defineRule, type Finding } from './rule.ts';

const rule = defineRule({
  id: 'registry-items',
  description:
    'Registry items are well formed: a real label, a grade band exactly when the standards describe students, unique official addresses, a parent the framework lists.',
  severity: 'error',
  suites: ['standards'],
  check(catalog) {
    const problems: Finding[] = [];
    for (const yaml of catalog.standards) {
      const framework = yaml.data;
      if (!framework) continue;
      const uris = new Map<string, string>();
      const codes = new Set(framework.items.map((item) => item.code));
      framework.items.forEach((item, index) => {
        const report = (field: string, message: string, hint: string) =>
          problems.push(yaml.problemAt(['items', index, field], message, { hint }));
        const code = item.code.toLowerCase();
        const label = item.label?.toLowerCase();
        if (label !== undefined && (label === code || label.startsWith(`${code} `)))
          report(
            'label',
            `Write a label for ${item.code} that says what the standard is about, not its code.`,
            'a short phrase in your own words',
          );
        if (framework.audience === 'students' && !item.gradeBand)
          report('gradeBand', `Add the grade band of ${item.code}, e.g. "9-12".`, 'student standards belong to grades');
        if (framework.audience === 'educators' && item.gradeBand)
          report(
            'gradeBand',
            `Remove the grade band from ${item.code}: educator standards are not grade-specific.`,
            'grade bands describe student standards',
          );
        if (item.parent !== undefined && !codes.has(item.parent))
          report(
            'parent',
            `List ${item.parent}, the parent of ${item.code}, in this framework, or remove the parent.`,
            'npm run import:case brings in the items above the ones you import',
          );
        if (item.uri) {
          const first = uris.get(item.uri);
          if (first)
            report(
              'uri',
              `Give ${item.code} its own official address: ${first} already uses ${item.uri}.`,
              'each standard has its own URI',
            );
          else uris.set(item.uri, item.code);
        }
      });
    }
    return problems;
  },
});
export default rule;
