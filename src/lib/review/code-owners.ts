/**
 * Who must approve a pull request, read from .github/CODEOWNERS the way GitHub reads it: each line is
 * a gitignore-style pattern followed by owners, and for every file the last matching line wins.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ignore from 'ignore';

export const CODEOWNERS_FILE = '.github/CODEOWNERS';

interface OwnerRule {
  owners: string[];
  matches: (path: string) => boolean;
}

export interface CodeOwners {
  /** The owners of a repository path (forward slashes, no leading slash); empty when no line matches. */
  ownersOf(path: string): string[];
}

/** Parses CODEOWNERS text; comments, blank lines and a pattern without owners are skipped. */
export function parseCodeOwners(text: string): CodeOwners {
  const rules: OwnerRule[] = [];
  for (const line of text.split('\n')) {
    const [pattern, ...owners] = line.replace(/#.*$/, '').trim().split(/\s+/);
    if (!pattern) continue;
    // gitignore semantics match CODEOWNERS for the patterns GitHub documents (anchors, `*`, `**`, folders).
    const matcher = ignore().add(pattern);
    rules.push({ owners, matches: (path) => matcher.ignores(path) });
  }
  return {
    ownersOf(path) {
      for (let index = rules.length - 1; index >= 0; index -= 1) if (rules[index]!.matches(path)) return rules[index]!.owners;
      return [];
    },
  };
}

/** The repository's CODEOWNERS, or none (everyone may approve) when the file is absent. */
export function readCodeOwners(root: string): CodeOwners {
  const file = join(root, CODEOWNERS_FILE);
  return parseCodeOwners(existsSync(file) ? readFileSync(file, 'utf8') : '');
}

/** Changed files grouped by the owners who must approve them, in first-seen order. */
export function approversOf(codeOwners: CodeOwners, files: readonly string[]): Array<{ owners: string[]; files: string[] }> {
  const groups = new Map<string, { owners: string[]; files: string[] }>();
  for (const file of files) {
    const owners = codeOwners.ownersOf(file);
    const key = owners.join(' ');
    const group = groups.get(key) ?? { owners, files: [] };
    group.files.push(file);
    groups.set(key, group);
  }
  return [...groups.values()];
}
