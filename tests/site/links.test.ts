/** Every internal link and #anchor in the built site resolves, checked by linkinator. */
import { createServer } from 'node:net';
import { LinkChecker, LinkState } from 'linkinator';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST } from './site-fixture.ts';

/** Absolute links to the site itself (canonical, Open Graph) use the build's site address. */
const SITE_URL = process.env.SITE_URL ?? 'http://localhost:4321';

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

describe('links', () => {
  it('has no broken internal link or anchor', async () => {
    const checker = new LinkChecker();
    const port = await freePort();
    const result = await checker.check({
      path: DIST,
      port,
      // Check absolute self-links against the local copy of the site they point to.
      urlRewriteExpressions: [
        { pattern: new RegExp(`^${SITE_URL.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`), replacement: `http://localhost:${port}` },
      ],
      recurse: true,
      checkFragments: true,
      // Official standards and resource sites are outside this build and the test network; only our own pages are checked.
      linksToSkip: ['^https?://(?!localhost|127\\.0\\.0\\.1)'],
    });
    const broken = result.links
      .filter((link) => link.state === LinkState.BROKEN)
      .map((link) => `${link.url} (from ${link.parent}, ${link.status})`);
    expect(broken).toEqual([]);
    // The crawl must have reached every page the build wrote (the 404 page is linked from nowhere).
    const reached = new Set(
      result.links.filter((link) => link.state === LinkState.OK && URL.canParse(link.url)).map((link) => new URL(link.url).pathname),
    );
    expect(builtPages().filter((path) => !reached.has(path) && path !== '/404.html')).toEqual([]);
  });
});
