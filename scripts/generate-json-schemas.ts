/**
 * `npm run schemas`: regenerate schemas/json/ from the zod schemas. `--check` only reports
 * whether the committed files are current (used by the tests), writing nothing.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseCli, printHelpIfAsked, runCli } from '../src/lib/tooling/cli.ts';
import { JSON_SCHEMA_DIR, renderJsonSchemas } from '../src/lib/authoring/json-schemas.ts';

const USAGE = 'npm run schemas -- [--check]';

await runCli(() => {
  const { values } = parseCli(USAGE, { check: { type: 'boolean', default: false } });
  printHelpIfAsked(
    values,
    USAGE,
    'Writes the editor JSON Schemas in schemas/json/ from the zod schemas in schemas/.\n  --check   exit 1 if a committed file is out of date, writing nothing',
  );
  const stale: string[] = [];
  if (!values.check) mkdirSync(JSON_SCHEMA_DIR, { recursive: true });
  for (const [file, text] of renderJsonSchemas()) {
    const path = join(JSON_SCHEMA_DIR, file);
    const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    if (current === text) continue;
    stale.push(path);
    if (!values.check) writeFileSync(path, text);
  }
  if (values.check) {
    if (stale.length) console.log(`Out of date: ${stale.join(', ')}. Run \`npm run schemas\` and commit the result.`);
    return stale.length ? 1 : 0;
  }
  console.log(stale.length ? `Wrote ${stale.join(', ')}.` : 'JSON Schemas already up to date.');
  return 0;
});
