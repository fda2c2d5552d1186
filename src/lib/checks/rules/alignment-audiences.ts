import { defineRule, frameworkAudiences, type Finding } from './rule.ts';

const rule = defineRule({
  id: 'alignment-audiences',
  description: 'Every credential aligns to at least one student-facing and one educator-facing standard.',
  severity: 'error',
  suites: ['standards'],
  check(catalog) {
    const audienceOf = frameworkAudiences(catalog);
    const problems: Finding[] = [];
    for (const folder of catalog.credentials) {
      const alignment = folder.alignment;
      if (!alignment?.data) continue;
      const audiences = new Set(alignment.data.alignments.map((entry) => audienceOf.get(entry.framework)));
      for (const [audience, examples] of [
        ['students', 'NGSS, Common Core, CSTA or ISTE for Students'],
        ['educators', 'ISTE for Educators'],
      ] as const) {
        if (!audiences.has(audience))
          problems.push(
            alignment.problemAt(
              ['alignments'],
              `Align the credential to at least one ${audience === 'students' ? 'student-facing' : 'educator-facing'} standard.`,
              { hint: `for example ${examples}` },
            ),
          );
      }
    }
    return problems;
  },
});
export default rule;
