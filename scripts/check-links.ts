/**
 * `npm run check:links -- [--dist dist] [--base /repo/] [--site https://owner.github.io]`: serves a
 * built site under its base path, follows every internal link and #anchor from the home page, and
 * exits 1 if any is broken or a built page is reached by none. The deploy workflow runs it on the
 * public build and on the preview before either goes live.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { plural } from '../src/lib/problems.ts';
import { builtSiteRoot, checkLinks } from '../src/lib/site/link-check.ts';
import { deploymentFrom, siteRoot } from '../src/lib/site/site-path.ts';
import { paint, parseCli, printHelpIfAsked, runCli } from '../src/lib/tooling/cli.ts';

const USAGE = 'npm run check:links -- [--dist <dir>] [--base <path>] [--site <origin>]';

await runCli(async () => {
  const { values } = parseCli(USAGE, { dist: { type: 'string', default: 'dist' }, base: { type: 'string' }, site: { type: 'string' } });
  printHelpIfAsked(
    values,
    USAGE,
    [
      'Checks every internal link and #anchor of a built site, served under its base path, and that every page is linked.',
      '  --dist <dir>     the built site (default dist)',
      '  --base <path>    the base path it was built for (default SITE_BASE, else /)',
      '  --site <origin>  the origin it was built for, whose absolute links are checked locally (default SITE_URL, else http://localhost:4321)',
    ].join('\n'),
  );
  let deployment;
  try {
    deployment = deploymentFrom({ SITE_URL: values.site ?? process.env.SITE_URL, SITE_BASE: values.base ?? process.env.SITE_BASE });
  } catch (error) {
    console.error(`--site/--base: ${(error as Error).message}\n\nusage: ${USAGE}`);
    return 2;
  }
  const dist = resolve(values.dist);
  if (!existsSync(join(dist, 'index.html'))) {
    console.error(`${values.dist} has no built site (no index.html): run \`npm run build\` first, or pass --dist <dir>.`);
    return 2;
  }
  // A build records where it is served; checking it under another address would only report noise.
  const expected = siteRoot(deployment.site, deployment.base).href;
  const recorded = builtSiteRoot(dist);
  if (recorded && recorded !== expected) {
    const { origin, pathname } = new URL(recorded);
    console.error(`${values.dist} was built for ${recorded}, not ${expected}: check it with --site ${origin} --base ${pathname}.`);
    return 2;
  }
  const report = await checkLinks({ dist, ...deployment });
  for (const link of report.broken) console.log(`${paint('red', 'broken')}  ${link}`);
  for (const page of report.unreached) console.log(`${paint('red', 'not linked')}  ${page} (no page links to it)`);
  const where = `${values.dist} under ${deployment.base}`;
  if (report.broken.length === 0 && report.unreached.length === 0) {
    console.log(paint('green', `✔ ${plural(report.checked, 'link')} checked in ${where}: none broken, every page linked.`));
    return 0;
  }
  console.log(
    paint('red', `✖ ${where}: ${plural(report.broken.length, 'broken link')}, ${plural(report.unreached.length, 'page')} not linked.`),
  );
  return 1;
});
