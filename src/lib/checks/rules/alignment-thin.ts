import { defineRule, type Finding } from './rule.ts';

/** Fewer alignments than this gives a reviewer little to judge the credential's standards fit by. */
export const MIN_ALIGNMENTS = 3;

const rule = defineRule({
  id: 'alignment-thin',
  description: `Flags credentials with fewer than ${MIN_ALIGNMENTS} alignments or whose alignments all rest on a single piece of evidence.`,
  severity: 'warning',
  suites: ['standards'],
  check(catalog) {
    const problems: Finding[] = [];
    for (const folder of catalog.credentials) {
      const alignment = folder.alignment;
      if (!alignment?.data) continue;
      const entries = alignment.data.alignments;
      if (entries.length < MIN_ALIGNMENTS) {
        problems.push(
          alignment.problemAt(
            ['alignments'],
            `Consider more alignments: only ${entries.length} standard${entries.length === 1 ? '' : 's'} listed.`,
            { hint: `aim for at least ${MIN_ALIGNMENTS}, each met by specific evidence` },
          ),
        );
      } else if (new Set(entries.map((entry) => entry.addressedBy)).size === 1) {
        problems.push(
          alignment.problemAt(
            ['alignments'],
            `Spread the alignments across the evidence: all of them are met by "${entries[0]!.addressedBy}".`,
            { hint: 'name the phase, artifact or criterion that really meets each standard' },
          ),
        );
      }
    }
    return problems;
  },
});
export default rule;
