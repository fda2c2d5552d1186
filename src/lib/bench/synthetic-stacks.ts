/**
 * Stacks for a synthetic catalog: a few micro-endorsements per pathway, each an ordered set of the
 * generated credentials (broad STEM pedagogy first, then the pathway's levels in order), so the
 * stack pages and the "counts toward" lines of credential pages have realistic data.
 */
import type { Program, Stack } from '../../../schemas/index.ts';
import type { Random } from './seeded-random.ts';
import type { GeneratedEntry } from './synthetic-credential.ts';

/** "A few" stacks per pathway, as the real catalog has one per pathway. */
export const STACKS_PER_PATHWAY = 3;

const ORDINALS = ['One', 'Two', 'Three', 'Four', 'Five'];

/** Up to STACKS_PER_PATHWAY stacks for every pathway that has at least two credentials to combine. */
export function syntheticStacks(program: Program, credentials: readonly GeneratedEntry[], random: Random): Stack[] {
  const order = new Map(credentials.map((entry, index) => [entry.id, index]));
  const shared = credentials.filter((entry) => entry.servesAll);
  return program.pathways.flatMap((pathway) => {
    const own = credentials.filter((entry) => entry.pathway === pathway.id);
    const stackCount = Math.min(STACKS_PER_PATHWAY, ORDINALS.length, Math.floor(own.length / 2));
    return Array.from({ length: stackCount }, (_, index): Stack[] => {
      const members = [
        ...random.sample(shared, random.int(1, 3)),
        ...pathway.levels.flatMap((level) =>
          random.sample(
            own.filter((entry) => entry.level === level),
            random.int(1, 3),
          ),
        ),
      ].sort((a, b) => a.level - b.level || order.get(a.id)! - order.get(b.id)!);
      if (members.length < 2) return [];
      const [lowest, highest] = [members[0]!.level, members.at(-1)!.level];
      return [
        {
          id: `${pathway.id}-endorsement-${index + 1}`,
          title: `${pathway.name} Teaching Micro-Endorsement, Track ${ORDINALS[index]}`,
          pathway: pathway.id,
          description: `Shows that a teacher of ${pathway.name} courses has earned ${members.length} credentials that build on each other, from Level ${lowest} to Level ${highest}. Earn them in the order listed.`,
          credentials: members.map((entry) => entry.id),
        },
      ];
    }).flat();
  });
}
