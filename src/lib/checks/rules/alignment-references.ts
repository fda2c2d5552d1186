import type { StandardsFramework } from '../../../../schemas/index.ts';
import { defineRule, type Finding } from './rule.ts';

interface RegisteredFramework {
  framework: StandardsFramework;
  file: string;
  codes: Set<string>;
}

/**
 * NGSS and the Common Core are fixed, published sets (NGSS and Common Core mathematics are also checked
 * against their CASE packages), so an author never adds a code of theirs: a real one the registry lacks is
 * for a maintainer to add after checking it with the publisher. The registry files cannot say this: every
 * one names a publisher and an official page, and items carry URIs in some frameworks but not in CCSS
 * literacy, so the frameworks are named here. Codes of the other frameworks are listed by hand as
 * content/standards/README.md describes, and an author may add a real one.
 */
const PUBLISHED_FRAMEWORKS = new Set(['ngss', 'ccss-math', 'ccss-literacy']);

/** What to do about a code the cited framework's registry file does not list. */
function unlistedCode({ framework, file }: RegisteredFramework, code: string): { message: string; hint: string } {
  const source = `the published ${framework.shortName} (${framework.url})`;
  if (PUBLISHED_FRAMEWORKS.has(framework.id)) {
    const withUri = framework.items.some((item) => item.uri) ? ' with its official URI' : '';
    return {
      message: `Use a code listed in ${file}: "${code}" is not one.`,
      hint:
        `check "${code}" against ${source} and copy a listed code exactly, capitals and dots included; ` +
        `if the code is real but not listed, ask a maintainer to add it${withUri}`,
    };
  }
  return {
    message: `Add ${code} to ${file} if ${framework.shortName} prints it, or correct the code: the registry does not list it.`,
    hint:
      `codes must match the registry exactly, including capitals and dots; add only a code you find in ${source}, ` +
      'as content/standards/README.md describes',
  };
}

const rule = defineRule({
  id: 'alignment-references',
  description: 'Every alignment cites a framework and code in the standards registry and names a phase, artifact or criterion that exists.',
  severity: 'error',
  suites: ['integrity', 'standards'],
  check(catalog) {
    const registry = new Map<string, RegisteredFramework>();
    for (const yaml of catalog.standards) {
      const framework = yaml.data;
      if (framework) registry.set(framework.id, { framework, file: yaml.file, codes: new Set(framework.items.map((item) => item.code)) });
    }
    const frameworksListing = (code: string) => [...registry].filter(([, registered]) => registered.codes.has(code)).map(([id]) => id);
    const problems: Finding[] = [];
    for (const folder of catalog.credentials) {
      const alignment = folder.alignment;
      if (!alignment?.data) continue;
      const credential = folder.credential?.data;
      const targets = new Set<string>([
        ...(credential?.requirements.flatMap((requirement) => [
          requirement.phase,
          ...requirement.artifacts.map((artifact) => artifact.id),
        ]) ?? []),
        ...(folder.rubric?.data?.criteria.map((criterion) => criterion.id) ?? []),
      ]);
      alignment.data.alignments.forEach((entry, index) => {
        const report = (field: string, message: string, hint: string) =>
          problems.push(alignment.problemAt(['alignments', index, field], message, { hint }));
        const cited = registry.get(entry.framework);
        const listing = frameworksListing(entry.code);
        const setFramework = listing.map((id) => `framework: ${id}`).join(' or ');
        const listedIn = listing.join(' and ');
        if (!cited) {
          const hint = listing.length
            ? `"${entry.code}" is listed in ${listedIn}: write ${setFramework}`
            : `frameworks: ${[...registry.keys()].join(', ')}`;
          report('framework', `Use a framework from content/standards/: "${entry.framework}" is not one.`, hint);
        } else if (!cited.codes.has(entry.code) && listing.length) {
          report(
            'framework',
            `Change the framework to ${listing.join(' or ')}: code "${entry.code}" is in ${listedIn}, not in ${entry.framework}.`,
            `write ${setFramework}; if you meant a standard of ${entry.framework}, pick a code listed in ${cited.file}`,
          );
        } else if (!cited.codes.has(entry.code)) {
          const { message, hint } = unlistedCode(cited, entry.code);
          report('code', message, hint);
        }
        if (credential && !targets.has(entry.addressedBy))
          report(
            'addressedBy',
            `Name a phase, artifact or criterion of this credential: "${entry.addressedBy}" is none of them.`,
            `for example ${[...targets].slice(0, 6).join(', ')}`,
          );
      });
    }
    return problems;
  },
});
export default rule;
