/**
 * Where each open-format export lives, from the site's address (astro.config.mjs `site` and `base`), and how
 * every export is written to disk. The addresses are the fixed scheme the API, the publish workflow
 * and the credential page link to; the serialization is the same everywhere so that two builds of
 * the same content give the same bytes: no timestamps, keys in the order the builders write them,
 * two-space indent and a final newline.
 */
import { createHash } from 'node:crypto';
import { BASE_PATH, siteRoot } from '../site/site-path.ts';

/**
 * Every absolute address on the site, under its base path (`https://owner.github.io/repo/…` on
 * GitHub Pages): paths have no leading slash, so they resolve below the site root, never beside it.
 */
export const exportUrls = (site: URL | string, base: string = BASE_PATH) => {
  const root = siteRoot(site, base);
  const onSite = (path: string) => new URL(path, root).href;
  return {
    home: onSite(''),
    credentialPage: (id: string) => onSite(`credentials/${id}/`),
    onePagerPage: (id: string) => onSite(`credentials/${id}/one-pager/`),
    rubricPage: (id: string) => onSite(`credentials/${id}/rubric/`),
    achievement: (id: string) => onSite(`credentials/${id}/achievement.json`),
    credentialCtdl: (id: string) => onSite(`credentials/${id}/ctdl.json`),
    stackPage: (id: string) => onSite(`stacks/${id}/`),
    stackAchievement: (id: string) => onSite(`stacks/${id}/achievement.json`),
    organizationCtdl: onSite('organization/ctdl.json'),
    /** Any other page of the site, by its path without the leading slash ("catalog/"). */
    page: (path: string) => onSite(path),
  };
};

export type ExportUrls = ReturnType<typeof exportUrls>;

/** The bytes of an export: 2-space JSON and a final newline. */
export const exportJson = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** The response an export endpoint returns; JSON-LD is JSON, so plain JSON clients read it too. */
export const exportResponse = (value: unknown, contentType = 'application/ld+json') =>
  new Response(exportJson(value), { headers: { 'Content-Type': `${contentType}; charset=utf-8` } });

/**
 * A name-based UUID (RFC 9562 version 5: SHA-1 of the namespace bytes and the name, with the
 * version and variant bits set), so the same name always gives the same UUID on every machine.
 */
export function uuidV5(name: string, namespace: string): string {
  const namespaceBytes = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  if (namespaceBytes.length !== 16) throw new Error(`Namespace "${namespace}" is not a UUID.`);
  const bytes = createHash('sha1').update(namespaceBytes).update(name, 'utf8').digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The catalog's own namespace for CTIDs, chosen once for this project and never to change: a CTID
 * already published to the Credential Registry must keep pointing at the same credential.
 */
export const CATALOG_UUID_NAMESPACE = '6f1c2d8e-4b7a-4c39-9e15-2a8d0b3f7c41';

/** A Credential Transparency Identifier: `ce-` and a UUID derived from the kind and id of the record. */
export const ctidFor = (kind: 'credential' | 'organization', id: string) => `ce-${uuidV5(`${kind}/${id}`, CATALOG_UUID_NAMESPACE)}`;

/** CASE servers whose item URIs (`https://<host>/uri/<uuid>`) name a CFItem. */
const CASE_HOSTS = new Set(['opensalt.net', 'casenetwork.imsglobal.org']);

/** Whether an official URI is a CASE item URI, e.g. `https://opensalt.net/uri/3417c8ef-…`. */
export function isCaseItemUri(uri: string): boolean {
  const match = /^https:\/\/([^/]+)\/uri\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.exec(uri);
  return !!match && CASE_HOSTS.has(match[1]!.toLowerCase());
}
