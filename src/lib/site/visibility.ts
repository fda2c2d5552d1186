/**
 * Which credentials a build shows. The public catalog shows what LDOE has published; retired
 * credentials keep their page (marked, with the replacement) so old links never break. A preview
 * build, for authors and reviewers, shows every credential and marks each unpublished one.
 */
import type { Credential } from '../../../schemas/index.ts';

export type BuildMode = 'public' | 'preview';

/** `CATALOG_DRAFTS=1` (set by `npm run build -- --drafts`) turns a build into a preview. */
export const buildModeFrom = (env: Record<string, string | undefined>): BuildMode => (env.CATALOG_DRAFTS === '1' ? 'preview' : 'public');

/** Whether the credential gets a page at all. */
export function hasPage(credential: Credential, mode: BuildMode): boolean {
  return mode === 'preview' || credential.status === 'published' || credential.status === 'retired';
}

/** Whether it is listed in the catalog, search, maps, pathways, stacks and standards pages. */
export function isListed(credential: Credential, mode: BuildMode): boolean {
  return mode === 'preview' ? credential.status !== 'retired' : credential.status === 'published';
}

/** The banner a credential page carries, if any. */
export function statusNotice(credential: Credential, mode: BuildMode): string | undefined {
  if (credential.status === 'retired') return 'This credential is retired: it can no longer be earned.';
  if (mode === 'preview' && credential.status !== 'published') {
    const state = { draft: 'a draft', 'in-review': 'in review', approved: 'approved but not yet published' }[credential.status];
    return `Preview: this credential is ${state}. LDOE has not published this version, and it may change.`;
  }
  return undefined;
}
