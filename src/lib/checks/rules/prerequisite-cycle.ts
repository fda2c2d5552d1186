import { validCredentials, defineRule, type Finding } from './rule.ts';

const rule = defineRule({
  id: 'prerequisite-cycle',
  description: 'Prerequisites and recommended orderings never loop back on themselves.',
  severity: 'error',
  suites: ['integrity'],
  check(catalog) {
    const entries = validCredentials(catalog);
    const before = new Map(
      entries.map(({ folder, credential }) => [folder.id, [...credential.prerequisites, ...credential.recommendedBefore]]),
    );
    const byId = new Map(entries.map((entry) => [entry.folder.id, entry]));
    const state = new Map<string, 'visiting' | 'done'>();
    const reported = new Set<string>();
    const problems: Finding[] = [];

    const visit = (id: string, trail: string[]) => {
      if (state.get(id) === 'done') return;
      if (state.get(id) === 'visiting') {
        const cycle = [...trail.slice(trail.indexOf(id)), id];
        const key = [...cycle].slice(0, -1).sort().join(' ');
        if (!reported.has(key)) {
          reported.add(key);
          const owner = byId.get(cycle.at(-2)!)!;
          const field = owner.credential.prerequisites.includes(id) ? 'prerequisites' : 'recommendedBefore';
          const index = owner.credential[field].indexOf(id);
          problems.push(
            owner.yaml.problemAt(
              [field, index],
              `Break the loop ${cycle.join(' → ')}: a credential cannot (even indirectly) come before itself.`,
              { hint: 'remove one of these links so the order runs one way' },
            ),
          );
        }
        return;
      }
      state.set(id, 'visiting');
      for (const next of before.get(id) ?? []) if (before.has(next)) visit(next, [...trail, id]);
      state.set(id, 'done');
    };
    for (const id of before.keys()) visit(id, []);
    return problems;
  },
});
export default rule;
