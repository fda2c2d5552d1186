import { defineRule, type Finding } from './rule.ts';

/**
 * Teachers need a place to enroll and someone to ask. Both are facts only LDOE can supply, so the
 * schema leaves them optional and the earning page says they will be published; this rule keeps the
 * gap visible in the quality report until content/program.yaml has them.
 */
const rule = defineRule({
  id: 'earning-contact',
  description: 'content/program.yaml gives teachers an enrollment address (earning.enrollmentUrl) and a contact (earning.contact).',
  severity: 'warning',
  suites: ['quality'],
  check(catalog) {
    const yaml = catalog.program;
    const earning = yaml?.data?.earning;
    if (!yaml || !earning) return [];
    const problems: Finding[] = [];
    if (!earning.enrollmentUrl)
      problems.push(
        yaml.problemAt(['earning', 'enrollmentUrl'], 'Add the https address where teachers enroll, as LDOE publishes it.', {
          hint: 'until then /earning/ tells teachers that LDOE will publish where to enroll',
        }),
      );
    if (!earning.contact)
      problems.push(
        yaml.problemAt(
          ['earning', 'contact'],
          'Add whom teachers contact with questions: a name and an email or url, as LDOE publishes them.',
          {
            hint: 'until then /earning/ tells teachers that LDOE will publish whom to contact',
          },
        ),
      );
    return problems;
  },
});
export default rule;
