/**
 * The lifecycle of a credential, modelled on the pull request: the one table of status moves the
 * change gate enforces and CONTRIBUTING.md shows. A status moves one step per pull request, so every
 * step has its own review; a published credential is never taken off the site by a merge, only
 * retired, and retirement is final so that an old link keeps one meaning.
 */
import type { Credential } from '../../../schemas/index.ts';

export type Status = Credential['status'];

/** `(new)` is the status of a credential that does not exist yet at the base of the pull request. */
export const NEW_CREDENTIAL = '(new)';

export const STATUS_TRANSITIONS: Readonly<Record<Status | typeof NEW_CREDENTIAL, readonly Status[]>> = {
  [NEW_CREDENTIAL]: ['draft', 'in-review'],
  draft: ['in-review'],
  'in-review': ['draft', 'approved'],
  // An approved credential that changes may go back to review instead of being approved again.
  approved: ['published', 'in-review', 'retired'],
  published: ['retired'],
  retired: [],
};

/** Statuses whose content LDOE has approved: a change to such a credential needs a new approval. */
export const APPROVED_STATUSES: ReadonlySet<Status> = new Set(['approved', 'published']);

/** Whether the status may move from `from` to `to` in one pull request (staying put always may). */
export const canMove = (from: Status | typeof NEW_CREDENTIAL, to: Status) => from === to || STATUS_TRANSITIONS[from].includes(to);
