/**
 * The catalog-wide record of change: every version of every credential a build shows, newest first,
 * on pages of a fixed size, and the latest of them as an Atom feed, so neither grows with the
 * catalog's history. Dates come from the changelogs, never from the build clock, so two builds of
 * the same commit are identical.
 */
import type { Credential } from '../../../schemas/index.ts';
import { paginate, type ListPage } from './listing.ts';

/** Versions on each page of what changed; the first page is the latest. */
export const CHANGES_PAGE_SIZE = 50;
/** Versions the feed carries: the latest; the pages hold the whole history. */
export const FEED_ENTRIES = 50;

export interface ChangeEntry {
  credential: Credential;
  version: string;
  date: string;
  summary: string;
  approvals: Credential['approvals'];
  /** Anchor of the version's row on the credential page. */
  anchor: string;
}

export const versionAnchor = (version: string) => `version-${version.replace(/\./g, '-')}`;

/** Every version of every credential, newest first (then by code, then newest version first). */
export function changeEntries(credentials: Credential[]): ChangeEntry[] {
  return credentials
    .flatMap((credential) =>
      credential.changelog.map((entry) => ({
        credential,
        version: entry.version,
        date: entry.date,
        summary: entry.summary,
        approvals: credential.approvals.filter((approval) => approval.version === entry.version),
        anchor: versionAnchor(entry.version),
      })),
    )
    .sort(
      (a, b) =>
        b.date.localeCompare(a.date) ||
        a.credential.code.localeCompare(b.credential.code, 'en', { numeric: true }) ||
        b.version.localeCompare(a.version, 'en', { numeric: true }),
    );
}

/** The pages of what changed, newest first: at most CHANGES_PAGE_SIZE versions each. */
export const changePages = (entries: ChangeEntry[]): ListPage<ChangeEntry>[] => paginate(entries, CHANGES_PAGE_SIZE);

/** A page's versions under one heading per date, in the order given; the entries are sorted by date already. */
export function byDate(entries: ChangeEntry[]): Array<{ date: string; entries: ChangeEntry[] }> {
  const groups: Array<{ date: string; entries: ChangeEntry[] }> = [];
  for (const entry of entries) {
    const last = groups.at(-1);
    if (last?.date === entry.date) last.entries.push(entry);
    else groups.push({ date: entry.date, entries: [entry] });
  }
  return groups;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * An Atom 1.0 feed of the latest FEED_ENTRIES of the entries (which come newest first); `home` is
 * the absolute address of the catalog's home page, with its base path (siteRoot()).
 */
export function renderAtomFeed(entries: ChangeEntry[], home: URL, title: string): string {
  const onSite = (path: string) => new URL(path, home).href;
  const feedUrl = onSite('changes.xml');
  const updated = entries[0]?.date ?? '2020-01-01';
  const items = entries.slice(0, FEED_ENTRIES).map((entry) => {
    const url = onSite(`credentials/${entry.credential.id}/#${entry.anchor}`);
    const approved = entry.approvals
      .map((approval) => ` Approved by ${approval.reviewer} (${approval.role}) on ${approval.date}.`)
      .join('');
    return [
      '  <entry>',
      `    <id>${escapeXml(url)}</id>`,
      `    <title>${escapeXml(`${entry.credential.code} ${entry.credential.title}, version ${entry.version}`)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
      `    <updated>${entry.date}T00:00:00Z</updated>`,
      `    <summary>${escapeXml(`${entry.summary}${approved}`)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${escapeXml(feedUrl)}</id>`,
    `  <title>${escapeXml(title)}</title>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feedUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(onSite('changes/'))}"/>`,
    `  <updated>${updated}T00:00:00Z</updated>`,
    '  <author><name>Louisiana Department of Education</name></author>',
    ...items,
    '</feed>',
    '',
  ].join('\n');
}
