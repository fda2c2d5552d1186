import { pathwayGroups } from '../../content/program.ts';
import { validCredentials, defineRule, type Finding } from './rule.ts';

/**
 * The terms of content/program.yaml are the only ones credentials may use. The schemas check only
 * shape, so that adding a pathway, a level or an evidence type is a content change; this rule checks
 * membership, with the valid choices in every hint.
 */
const rule = defineRule({
  id: 'program-terms',
  description:
    'Every pathway, level, evidence type and format a credential names is one content/program.yaml lists, and the level is one its pathway offers.',
  severity: 'error',
  suites: ['integrity'],
  check(catalog) {
    const program = catalog.program?.data;
    if (!program) return [];
    const groups = pathwayGroups(program);
    const pathways = program.pathways.map((pathway) => pathway.id);
    const levels = program.levels.map((level) => level.level);
    const evidenceTypes = program.evidenceTypes.map((type) => type.id);
    const formats = program.formats.map((format) => format.id);
    const problems: Finding[] = [];
    for (const { yaml, credential } of validCredentials(catalog)) {
      const report = (path: Array<string | number>, message: string, hint: string) =>
        problems.push(yaml.problemAt(path, message, { hint }));
      const home = groups.find((group) => group.id === credential.pathway);
      if (!home) {
        report(
          ['pathway'],
          `Choose a pathway from content/program.yaml: "${credential.pathway}" is not one.`,
          `pathways: ${groups.map((group) => group.id).join(', ')}`,
        );
      }
      if (!levels.includes(credential.level)) {
        report(['level'], `Choose a level from content/program.yaml: ${credential.level} is not one.`, `levels: ${levels.join(', ')}`);
      } else if (home && !home.levels.includes(credential.level)) {
        const offering = groups.filter((group) => group.levels.includes(credential.level)).map((group) => group.id);
        report(
          ['level'],
          `Choose level ${home.levels.join(' or ')} for pathway ${home.id}, or another pathway for a Level ${credential.level} credential.`,
          `level ${credential.level} belongs to ${offering.join(', ') || 'no pathway'}`,
        );
      }
      credential.alsoServes.forEach((id, index) => {
        if (!pathways.includes(id))
          report(['alsoServes', index], `Remove "${id}": content/program.yaml has no such pathway.`, `pathways: ${pathways.join(', ')}`);
      });
      credential.requirements.forEach((requirement, r) =>
        requirement.artifacts.forEach((artifact, a) => {
          const at = ['requirements', r, 'artifacts', a];
          if (!evidenceTypes.includes(artifact.evidenceType))
            report(
              [...at, 'evidenceType'],
              `Choose an evidence type from content/program.yaml: "${artifact.evidenceType}" is not one.`,
              `evidence types: ${evidenceTypes.join(', ')}`,
            );
          artifact.formats.forEach((format, f) => {
            if (!formats.includes(format))
              report(
                [...at, 'formats', f],
                `Choose formats from content/program.yaml: "${format}" is not one.`,
                `formats: ${formats.join(', ')}`,
              );
          });
        }),
      );
    }
    return problems;
  },
});
export default rule;
