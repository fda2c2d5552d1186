import type { Problem } from '../problems.ts';
import type { Rule } from './rule.ts';

const rule: Rule = {
  id: 'alignment-references',
  description: 'Every alignment cites a framework and code in the standards registry and names a phase, artifact or criterion that exists.',
  severity: 'error',
  check(catalog) {
    const frameworks = new Map(catalog.standards.flatMap((yaml) => (yaml.data ? [[yaml.data.id, new Set(yaml.data.items.map((item) => item.code))] as const] : [])));
    const problems: Problem[] = [];
    for (const folder of catalog.credentials) {
      const alignment = folder.alignment;
      if (!alignment?.data) continue;
      const credential = folder.credential?.data;
      const targets = new Set<string>([
        ...(credential?.requirements.flatMap((requirement) => [requirement.phase, ...requirement.artifacts.map((artifact) => artifact.id)]) ?? []),
        ...(folder.rubric?.data?.criteria.map((criterion) => criterion.id) ?? []),
      ]);
      alignment.data.alignments.forEach((entry, index) => {
        const report = (field: string, message: string, hint: string) => problems.push(alignment.problemAt(['alignments', index, field], message, { rule: rule.id, hint }));
        const codes = frameworks.get(entry.framework);
        if (!codes) report('framework', `Use a framework from content/standards/: "${entry.framework}" is not one.`, `frameworks: ${[...frameworks.keys()].join(', ')}`);
        else if (!codes.has(entry.code)) report('code', `Add ${entry.code} to content/standards/${entry.framework}.yaml or correct the code: the registry does not list it.`, 'codes must match the registry exactly, including capitals and dots');
        if (credential && !targets.has(entry.addressedBy)) report('addressedBy', `Name a phase, artifact or criterion of this credential: "${entry.addressedBy}" is none of them.`, `for example ${[...targets].slice(0, 6).join(', ')}`);
      });
    }
    return problems;
  },
};
export default rule;
