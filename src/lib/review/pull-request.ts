/**
 * A pull request as the review sees it: the content at its base, the change gate's verdict, the files
 * it changes and the credentials those files belong to. Git failures surface as GitError.
 */
import { loadCatalog, type Catalog } from '../content/catalog.ts';
import { gateChanges } from './change-gate.ts';
import type { GateResult } from './credential-diff.ts';
import { changedFiles, checkoutContent, renamedCredentialFolders, resolveCommit } from './git.ts';

export interface PullRequest {
  /** The ref as given, e.g. `origin/main`. */
  baseRef: string;
  commit: string;
  gate: GateResult;
  /** Every changed path, relative to the repository root. */
  files: string[];
  /** Ids of the credential folders the changed files belong to, before or after a rename. */
  credentialIds: Set<string>;
}

const CREDENTIAL_FOLDER = /^content\/credentials\/([^/]+)\//;

/** Compares the working tree at `root` (already loaded as `head`) with the commit `baseRef` names. */
export function comparePullRequest(root: string, baseRef: string, head: Catalog = loadCatalog(root)): PullRequest {
  const commit = resolveCommit(root, baseRef);
  const gate = gateChanges(loadCatalog(checkoutContent(root, commit)), head, { renames: renamedCredentialFolders(root, commit) });
  const files = changedFiles(root, commit);
  const credentialIds = new Set(files.flatMap((file) => file.match(CREDENTIAL_FOLDER)?.[1] ?? []));
  return { baseRef, commit, gate, files, credentialIds };
}

/** `origin/main (1a2b3c4d5e6f)`, how reports name the base. */
export const baseLabel = (pullRequest: Pick<PullRequest, 'baseRef' | 'commit'>) =>
  `${pullRequest.baseRef} (${pullRequest.commit.slice(0, 12)})`;
