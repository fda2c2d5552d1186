import { credentialIds, defineRule, type Finding } from './rule.ts';

const rule = defineRule({
  id: 'stack-references',
  description: 'Every stack names an existing pathway and existing credentials.',
  severity: 'error',
  suites: ['integrity'],
  check(catalog) {
    const credentials = credentialIds(catalog);
    const program = catalog.program?.data;
    const pathways = new Set((program?.pathways ?? []).map((pathway) => pathway.id));
    const problems: Finding[] = [];
    for (const yaml of catalog.stacks) {
      if (!yaml.data) continue;
      if (program && !pathways.has(yaml.data.pathway))
        problems.push(
          yaml.problemAt(['pathway'], `Use a pathway from content/program.yaml: "${yaml.data.pathway}" is not one.`, {
            hint: `pathways: ${[...pathways].join(', ')}`,
          }),
        );
      yaml.data.credentials.forEach((id, index) => {
        if (!credentials.has(id))
          problems.push(
            yaml.problemAt(['credentials', index], `Remove "${id}" or create it: no credential has that id.`, {
              hint: 'use folder names from content/credentials/',
            }),
          );
      });
    }
    return problems;
  },
});
export default rule;
