/**
 * Serves the built site on a free loopback port the way a static host would: gzip for text, and the
 * headers declared in dist/_headers, so browser tests exercise the real Content-Security-Policy header.
 * A site built under a base path is served under it (`/repo/…`, as GitHub Pages does); anything
 * outside it is not found, so a link that forgot the base path fails here as it would there.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, relative } from 'node:path';
import { normalizeBase } from '../site/site-path.ts';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
};

function headersFile(root: string): Record<string, string> {
  const path = join(root, '_headers');
  if (!existsSync(path)) return {};
  return Object.fromEntries(
    readFileSync(path, 'utf8')
      .split('\n')
      .filter((line) => /^\s+\S+:/.test(line))
      .map((line) => {
        const index = line.indexOf(':');
        return [line.slice(0, index).trim(), line.slice(index + 1).trim()];
      }),
  );
}

/** Serves `root` at `base` (default `/`) on 127.0.0.1; `origin` is the server's address, without the base. */
export async function serveStatic(root: string, base = '/'): Promise<{ origin: string; close: () => Promise<void> }> {
  const extraHeaders = headersFile(root);
  const mount = normalizeBase(base);
  const server: Server = createServer((request, response) => {
    // A request that cannot be answered (a malformed address, a file removed mid-run) gets a 500 that
    // says why, instead of an exception that would stop the server and leave the browser waiting.
    try {
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
      const inSite = `${pathname}/`.startsWith(mount);
      let file = normalize(join(root, pathname.slice(mount.length - 1)));
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      const found = inSite && file.startsWith(root) && existsSync(file);
      const target = found ? file : join(root, '404.html');
      const type = TYPES[extname(target)] ?? 'application/octet-stream';
      const body = readFileSync(target);
      const gzip = /gzip/.test(String(request.headers['accept-encoding'])) && /text|javascript|json|svg|xml|wasm/.test(type);
      response.writeHead(found ? 200 : 404, {
        'Content-Type': type,
        ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
        ...extraHeaders,
      });
      response.end(gzip ? gzipSync(body) : body);
    } catch (error) {
      response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(`The test server could not answer ${request.url}: ${(error as Error).message}`);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Every HTML page of a built site as a site path, e.g. `/catalog/`, sorted; none when it is not built. */
export function builtPages(root: string): string[] {
  if (!existsSync(root)) return [];
  return (readdirSync(root, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/${relative(root, join(root, file)).split('\\').join('/')}`.replace(/index\.html$/, ''))
    .sort();
}
