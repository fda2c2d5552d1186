import { defineRule, type Finding } from './rule.ts';

const rule = defineRule({
  id: 'registry-items',
  description:
    'Registry items are well formed: a real label, a grade band exactly when the standards describe students, unique official addresses.',
  severity: 'error',
  suites: ['standards'],
  check(catalog) {
    const problems: Finding[] = [];
    for (const yaml of catalog.standards) {
      const framework = yaml.data;
      if (!framework) continue;
      const uris = new Map<string, string>();
      framework.items.forEach((item, index) => {
        const report = (field: string, message: string, hint: string) =>
          problems.push(yaml.problemAt(['items', index, field], message, { hint }));
        const code = item.code.toLowerCase();
        if (item.label.toLowerCase() === code || item.label.toLowerCase().startsWith(`${code} `))
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
