import { ONE_PAGER_SECTIONS, SCORING_SECTION } from '../../content/one-pager.ts';
import { defineRule, type Finding } from './rule.ts';

const rule = defineRule({
  id: 'one-pager-sections',
  description: `Every one-pager has the ${ONE_PAGER_SECTIONS.length} standard "## " sections, in order, so teachers find the same things in the same place.`,
  severity: 'error',
  suites: ['integrity'],
  check(catalog) {
    const problems: Finding[] = [];
    for (const folder of catalog.credentials) {
      const onePager = folder.onePager;
      if (!onePager) continue;
      const titles = onePager.sections.map((section) => section.title);
      const report = (line: number, col: number, message: string, hint: string) =>
        problems.push({ file: onePager.file, line, col, field: '', message, hint });
      for (const section of onePager.sections) {
        if (section.title === SCORING_SECTION) {
          report(
            section.line,
            section.col,
            `Remove the section "## ${SCORING_SECTION}": the printed one-pager adds the program's own paragraph on scoring, the same on every credential.`,
            'that paragraph is earning.assessment and earning.resubmission in content/program.yaml; change it there',
          );
          continue;
        }
        if (!(ONE_PAGER_SECTIONS as readonly string[]).includes(section.title)) {
          report(
            section.line,
            section.col,
            `Rename the heading "## ${section.title}" to one of the standard sections, or make it a "###" sub-heading.`,
            `sections: ${ONE_PAGER_SECTIONS.join(' · ')}`,
          );
        }
      }
      const missing = ONE_PAGER_SECTIONS.filter((title) => !titles.includes(title));
      if (missing.length)
        report(
          1,
          1,
          `Add the section${missing.length > 1 ? 's' : ''} ${missing.map((title) => `"## ${title}"`).join(', ')}.`,
          `sections, in order: ${ONE_PAGER_SECTIONS.join(' · ')}`,
        );
      const present = titles.filter((title): title is (typeof ONE_PAGER_SECTIONS)[number] =>
        (ONE_PAGER_SECTIONS as readonly string[]).includes(title),
      );
      const outOfOrder = present.findIndex(
        (title, index) => index > 0 && ONE_PAGER_SECTIONS.indexOf(title) < ONE_PAGER_SECTIONS.indexOf(present[index - 1]!),
      );
      if (outOfOrder > 0) {
        const section = onePager.sections.find((entry) => entry.title === present[outOfOrder])!;
        report(
          section.line,
          section.col,
          `Move "## ${section.title}" so the sections run in the standard order.`,
          `order: ${ONE_PAGER_SECTIONS.join(' · ')}`,
        );
      }
    }
    return problems;
  },
});
export default rule;
