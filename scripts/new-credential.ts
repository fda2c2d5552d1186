/**
 * `npm run new`: create a draft credential folder with its four files, each field explained by a
 * comment. With options it runs straight through; with none, in a terminal, it asks for them.
 */
import { resolve } from 'node:path';
import { parseCli, printHelpIfAsked, runCli } from '../src/lib/tooling/cli.ts';
import {
  createFromArguments,
  createInteractively,
  localDate,
  NEW_CREDENTIAL_HELP,
  NEW_CREDENTIAL_USAGE,
} from '../src/lib/authoring/new-credential.ts';

await runCli(async () => {
  const { values } = parseCli(NEW_CREDENTIAL_USAGE, {
    pathway: { type: 'string' },
    level: { type: 'string' },
    title: { type: 'string' },
    id: { type: 'string' },
    root: { type: 'string', default: '.' },
  });
  printHelpIfAsked(values, NEW_CREDENTIAL_USAGE, NEW_CREDENTIAL_HELP);
  const root = resolve(values.root);
  const today = localDate(new Date());
  const { pathway, level, title, id } = values;
  if (pathway === undefined && level === undefined && title === undefined && id === undefined) {
    if (process.stdin.isTTY) return createInteractively(root, today, { input: process.stdin, output: process.stdout });
    console.error(
      `Give the pathway, level and title as options, or run this in a terminal to be asked for them.\n\nusage: ${NEW_CREDENTIAL_USAGE}`,
    );
    return 2;
  }
  return createFromArguments(root, { pathway, level, title, id }, today, { out: console.log, err: console.error });
});
