import { describe, expect, it } from 'vitest';
import { credentialSchema } from '../schemas/index.ts';
import {
  byDate,
  changeEntries,
  changePages,
  CHANGES_PAGE_SIZE,
  FEED_ENTRIES,
  renderAtomFeed,
  type ChangeEntry,
} from '../src/lib/site/changelog-feed.ts';
import { validCredential } from './factories.ts';

const credential = (overrides: Record<string, unknown>) => credentialSchema.parse(validCredential(overrides));

/** A history of `size` versions, newest first, one a day back from 2026-12-31, as changeEntries() orders them. */
function history(size: number): ChangeEntry[] {
  const base = credential({});
  return Array.from({ length: size }, (_, index) => {
    const date = new Date(Date.UTC(2026, 11, 31 - index)).toISOString().slice(0, 10);
    return {
      credential: { ...base, id: `c-${index}`, code: `STEM-1.${index + 1}` },
      version: '1.0.0',
      date,
      summary: `Version ${index}.`,
      approvals: [],
      anchor: 'version-1-0-0',
    };
  });
}

describe('changeEntries()', () => {
  it('lists every version newest first, with the approvals of that version', () => {
    const approval = { reviewer: 'A Reviewer', role: 'LDOE reviewer', date: '2026-03-02', reference: 'Pull request 7', version: '1.1.0' };
    const entries = changeEntries([
      credential({
        id: 'one',
        version: '1.1.0',
        approvals: [approval],
        changelog: [
          { version: '1.0.0', date: '2026-01-15', summary: 'First.' },
          { version: '1.1.0', date: '2026-03-01', summary: 'Aligned to a new standard.' },
        ],
      }),
      credential({ id: 'two', code: 'STEM-1.8', changelog: [{ version: '1.0.0', date: '2026-02-01', summary: 'First.' }] }),
    ]);
    expect(entries.map((entry) => [entry.credential.id, entry.version, entry.approvals.length])).toEqual([
      ['one', '1.1.0', 1],
      ['two', '1.0.0', 0],
      ['one', '1.0.0', 0],
    ]);
    expect(entries[0]!.anchor).toBe('version-1-1-0');
  });
});

describe('renderAtomFeed()', () => {
  it('writes a valid Atom document with escaped text and dates from the changelog only', () => {
    const feed = renderAtomFeed(
      changeEntries([credential({ title: 'Robots & <Rockets>' })]),
      new URL('https://catalog.example/'),
      'Changes',
    );
    expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(feed).toContain('<updated>2026-01-15T00:00:00Z</updated>');
    expect(feed).toContain('Robots &amp; &lt;Rockets&gt;');
    expect(feed).toContain(
      '<link rel="alternate" type="text/html" href="https://catalog.example/credentials/sample-credential/#version-1-0-0"/>',
    );
    expect(feed).not.toContain('<Rockets>');
  });
});

describe('changePages()', () => {
  it.each([0, 1, CHANGES_PAGE_SIZE, CHANGES_PAGE_SIZE + 1, 5000])(
    'puts at most CHANGES_PAGE_SIZE versions on a page, the latest first, and each of %i versions on exactly one page',
    (size) => {
      const entries = history(size);
      const pages = changePages(entries);
      expect(pages.every((page) => page.items.length <= CHANGES_PAGE_SIZE)).toBe(true);
      expect(pages.flatMap((page) => page.items)).toEqual(entries);
      expect(pages[0]!.number).toBe(1);
    },
  );
});

describe('byDate()', () => {
  it("puts a page's versions under one heading per date, in the page's order", () => {
    const [a, b, c] = history(3);
    const groups = byDate([a!, { ...b!, date: a!.date }, c!]);
    expect(groups.map((group) => [group.date, group.entries.length])).toEqual([
      [a!.date, 2],
      [c!.date, 1],
    ]);
  });
});

describe('the feed', () => {
  it.each([1, FEED_ENTRIES, 3000])('carries the latest FEED_ENTRIES versions of a history of %i, newest first', (size) => {
    const entries = history(size);
    const feed = renderAtomFeed(entries, new URL('https://catalog.example/repo/'), 'Changes');
    expect(feed.match(/<entry>/g)).toHaveLength(Math.min(size, FEED_ENTRIES));
    expect(feed).toContain(`<updated>${entries[0]!.date}T00:00:00Z</updated>`);
    expect(feed).toContain('https://catalog.example/repo/changes/');
    if (size > FEED_ENTRIES) expect(feed).not.toContain(entries[FEED_ENTRIES]!.summary);
  });
});
