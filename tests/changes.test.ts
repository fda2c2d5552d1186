import { describe, expect, it } from 'vitest';
import { credentialSchema } from '../schemas/index.ts';
import { changeEntries, renderAtomFeed } from '../src/lib/site/changelog-feed.ts';
import { validCredential } from './factories.ts';

const credential = (overrides: Record<string, unknown>) => credentialSchema.parse(validCredential(overrides));

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
