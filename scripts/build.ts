/**
 * `npm run build`: the public site (published credentials only). Astro's content gate runs every
 * check first and refuses to build from content with errors.
 * `npm run build -- --drafts` builds the preview that shows every credential, clearly marked.
 */
import { spawnSync } from 'node:child_process';
import { deploymentFrom } from '../src/lib/site/site-path.ts';
import { parseCli, printHelpIfAsked, runCli } from '../src/lib/tooling/cli.ts';

const USAGE = 'npm run build -- [--drafts]';

await runCli(() => {
  const { values } = parseCli(USAGE, { drafts: { type: 'boolean', default: false } });
  printHelpIfAsked(
    values,
    USAGE,
    [
      'Checks the content, then builds the site into dist/ with its search index.',
      '  --drafts   preview build: every credential, unpublished ones marked (same as CATALOG_DRAFTS=1)',
      'SITE_URL (the origin, e.g. https://example.github.io) and SITE_BASE (the path, e.g. /repo/) say where it is served.',
    ].join('\n'),
  );
  // Astro would report a bad address with a stack trace; say what to set in one line instead.
  try {
    deploymentFrom(process.env);
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...(values.drafts ? { CATALOG_DRAFTS: '1' } : {}) };
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { stdio: 'inherit', env });
  if (result.status !== 0) return result.status ?? 1;
  console.log(
    env.CATALOG_DRAFTS === '1'
      ? 'Built the preview: every credential, unpublished ones marked.'
      : 'Built the public catalog: published credentials only.',
  );
  return 0;
});
