/**
 * Refuses to build a site from content that fails any rule `npm run check` runs, however the build
 * is started, so what ships is always what the checks passed. In development it only warns, so
 * authors can fix as they go.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { loadCatalog } from '../lib/catalog.ts';
import { countBySeverity, formatProblem } from '../lib/problems.ts';
import { runChecks } from '../lib/suites.ts';

export default function contentGate(): AstroIntegration {
  return {
    name: 'content-gate',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        const { problems } = runChecks(loadCatalog(fileURLToPath(config.root)));
        const { errors } = countBySeverity(problems);
        if (errors === 0) return;
        for (const problem of problems.filter((entry) => entry.severity === 'error')) logger.error(formatProblem(problem));
        const summary = `Content has ${errors} error${errors === 1 ? '' : 's'}; run \`npm run check\` for details.`;
        if (command === 'build') throw new Error(`${summary} The site is not built from invalid content.`);
        logger.warn(`${summary} Invalid entries are left out of the preview.`);
      },
    },
  };
}
