/**
 * `npm run build`: check the content, then build the public site (published credentials only).
 * `npm run build -- --drafts` builds the preview that shows every credential, clearly marked.
 */
import { spawnSync } from 'node:child_process';
import { parseCli, printHelpIfAsked, runCli } from '../src/lib/cli.ts';

const USAGE = 'npm run build -- [--drafts]';

await runCli(() => {
  const { values } = parseCli(USAGE, { drafts: { type: 'boolean', default: false } });
  printHelpIfAsked(values, USAGE, 'Checks the content, then builds the site into dist/ with its search index.\n  --drafts   preview build: every credential, unpublished ones marked (same as CATALOG_DRAFTS=1)');
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...(values.drafts ? { CATALOG_DRAFTS: '1' } : {}) };
  for (const command of [['scripts/check.ts', '--quiet'], ['node_modules/astro/bin/astro.mjs', 'build']]) {
    const result = spawnSync(process.execPath, command, { stdio: 'inherit', env });
    if (result.status !== 0) return result.status ?? 1;
  }
  console.log(env.CATALOG_DRAFTS === '1' ? 'Built the preview: every credential, unpublished ones marked.' : 'Built the public catalog: published credentials only.');
  return 0;
});
