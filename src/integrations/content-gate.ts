/**
 * Refuses to build a site from content that fails any rule `npm run check` runs, however the build
 * is started, so what ships is always what the checks passed. In development it only warns, so
 * authors can fix as they go. The checks and the content collections share one load of the catalog;
 * the end of the build says how many loads there were, so a second one shows at once.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { catalogLoads, sharedCatalog } from '../lib/content/shared-catalog.ts';
import { countBySeverity, formatProblem } from '../lib/problems.ts';
import { runChecks } from '../lib/checks/suites.ts';
import { openCheckCache } from '../lib/content/check-cache.ts';

export default function contentGate(): AstroIntegration {
  return {
    name: 'content-gate',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        const root = fileURLToPath(config.root);
        // The same cache as `npm run check`: content it has checked is not parsed and checked again.
        const cache = openCheckCache(root);
        const { problems } = await runChecks(sharedCatalog(root, { cache }));
        cache.save();
        const { errors } = countBySeverity(problems);
        if (errors === 0) return;
        for (const problem of problems.filter((entry) => entry.severity === 'error')) logger.error(formatProblem(problem));
        const summary = `Content has ${errors} error${errors === 1 ? '' : 's'}; run \`npm run check\` for details.`;
        if (command === 'build') throw new Error(`${summary} The site is not built from invalid content.`);
        logger.warn(`${summary} Invalid entries are left out of the preview.`);
      },
      'astro:build:done': ({ logger }) => {
        const loads = catalogLoads();
        logger.info(`catalog loaded ${loads} time${loads === 1 ? '' : 's'} for this build`);
      },
    },
  };
}
