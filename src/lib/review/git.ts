/**
 * The little git the change gate needs: resolve a ref, extract that ref's content/ folder, list the
 * files a pull request changes and the credential folders git sees as renamed. Failures become messages, never exceptions.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export class GitError extends Error {}

function git(root: string, args: string[], input?: Buffer) {
  const result = spawnSync('git', args, { cwd: root, input, maxBuffer: 256 * 1024 * 1024 });
  if (result.error) throw new GitError(`git could not run: ${result.error.message}`);
  return result;
}

/** The commit a ref names, or a GitError that says what to pass instead. */
export function resolveCommit(root: string, ref: string): string {
  if (git(root, ['rev-parse', '--is-inside-work-tree']).status !== 0)
    throw new GitError(`${root} is not a git checkout, so there is no base to compare with.`);
  const result = git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  if (result.status !== 0)
    throw new GitError(`"${ref}" is not a commit, branch or tag in this repository (try origin/main after \`git fetch\`).`);
  return result.stdout.toString().trim();
}

/** A temporary project folder holding the content/ folder as it was at `commit`. */
export function checkoutContent(root: string, commit: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'mc-base-'));
  const listed = git(root, ['ls-tree', '--name-only', commit, 'content']);
  if (listed.stdout.toString().trim() === '') return folder;
  const archive = git(root, ['archive', '--format=tar', commit, 'content']);
  if (archive.status !== 0)
    throw new GitError(`git could not read content/ at ${commit.slice(0, 12)}: ${archive.stderr.toString().trim()}`);
  const extract = spawnSync('tar', ['-x', '-C', folder], { input: archive.stdout });
  if (extract.status !== 0) throw new GitError(`could not unpack content/ at ${commit.slice(0, 12)}: ${extract.stderr.toString().trim()}`);
  return folder;
}

/** Credential folders git reports as renamed between `commit` and the working tree: old id → new id. */
export function renamedCredentialFolders(root: string, commit: string): Map<string, string> {
  const result = git(root, ['diff', '--name-status', '-M', commit, '--', 'content/credentials']);
  const renames = new Map<string, string>();
  for (const line of result.stdout.toString().split('\n')) {
    const [status, from, to] = line.split('\t');
    const folder = (path: string | undefined) => path?.match(/^content\/credentials\/([^/]+)\//)?.[1];
    if (status?.startsWith('R') && folder(from) && folder(to) && folder(from) !== folder(to)) renames.set(folder(from)!, folder(to)!);
  }
  return renames;
}

/**
 * Every file that differs between `commit` and the working tree, committed or not, plus new files git
 * does not ignore: what a reviewer of the pull request sees. Renames count as a deletion and an addition,
 * so both paths are listed.
 */
export function changedFiles(root: string, commit: string): string[] {
  const lines = (args: string[]) =>
    git(root, ['-c', 'core.quotePath=false', ...args])
      .stdout.toString()
      .split('\n')
      .filter(Boolean);
  const changed = lines(['diff', '--name-only', '--no-renames', commit]);
  const untracked = lines(['ls-files', '--others', '--exclude-standard']);
  return [...new Set([...changed, ...untracked])].sort();
}
