/**
 * `npm run build`: the public site (published credentials only). Astro's content gate runs every
 * check first and refuses to build from content with errors.
 * `npm run build -- --drafts` builds the preview that shows every credential, clearly marked.
 */
import { spawnSync } from 'node:child_process';
import { parseCli, printHelpIfAsked, runCli } from '../src/lib/tooling/cli.ts';

const USAGE = 'npm run build -- [--drafts]';

await runCli(() => {
  const { values } = parseCli(USAGE, { drafts: { type: 'boolean', default: false } });
  printHelpIfAsked(
    values,
    USAGE,
    'Checks the content, then builds the site into dist/ with its search index.\n  --drafts   preview build: every credential, unpublished ones marked (same as CATALOG_DRAFTS=1)',
  );
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
