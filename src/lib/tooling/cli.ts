/**
 * What every command-line script shares: argument parsing that rejects unknown flags with a usage
 * line, and a top-level guard so an unexpected failure prints one sentence, never a stack trace.
 */
import { parseArgs, styleText, type ParseArgsConfig } from 'node:util';

export function parseCli<T extends NonNullable<ParseArgsConfig['options']>>(usage: string, options: T, allowPositionals = false) {
  try {
    return parseArgs({ options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals, strict: true });
  } catch (error) {
    console.error(`${(error as Error).message}\n\nusage: ${usage}`);
    process.exit(2);
  }
}

export function printHelpIfAsked(values: { help?: boolean }, usage: string, details: string): void {
  if (!values.help) return;
  console.log(`usage: ${usage}\n\n${details}`);
  process.exit(0);
}

export async function runCli(main: () => Promise<number> | number): Promise<void> {
  try {
    process.exitCode = await main();
  } catch (error) {
    console.error(styleText('red', `internal error: ${(error as Error).message ?? String(error)}`, { stream: process.stderr }));
    console.error('This is a bug in the checker, not in your content. Please open an issue with the command you ran.');
    process.exitCode = 3;
  }
}

export const paint = (format: Parameters<typeof styleText>[0], text: string) => styleText(format, text, { stream: process.stdout });

/** `--base <git-ref> [--root <dir>] [--reports <dir>]`, the options of the commands that review a pull request. */
export const PULL_REQUEST_OPTIONS = {
  base: { type: 'string' },
  root: { type: 'string', default: '.' },
  reports: { type: 'string', default: 'reports' },
} as const;
