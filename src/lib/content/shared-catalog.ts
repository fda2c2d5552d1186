/**
 * One load of the catalog per build. Astro runs the config's integrations and the content loaders in
 * separate module graphs of one process, so a module-level cache would load the content once per
 * graph; the cache lives on globalThis instead. It is keyed by the project root and a fingerprint of
 * the content tree (every file's path, size and modification time), so `astro dev` reloads after an
 * edit and a build never reads stale content.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadCatalog, type Catalog } from './catalog.ts';
import type { CheckCache } from './check-cache.ts';

interface SharedCatalogs {
  entries: Map<string, { fingerprint: string; catalog: Catalog }>;
  /** How many times the content was really read, for the build's report line and its test. */
  loads: number;
}

const KEY = Symbol.for('louisiana-stem-microcredentials.shared-catalog');

function shared(): SharedCatalogs {
  const global = globalThis as { [KEY]?: SharedCatalogs };
  global[KEY] ??= { entries: new Map(), loads: 0 };
  return global[KEY];
}

/** Path, size and modification time of every file under content/, in a stable order. */
export function contentFingerprint(root: string): string {
  const dir = join(root, 'content');
  let names: string[];
  try {
    names = (readdirSync(dir, { recursive: true }) as string[]).sort();
  } catch {
    return 'no content folder';
  }
  return names
    .map((name) => {
      const stats = statSync(join(dir, name), { throwIfNoEntry: false });
      return stats?.isFile() ? `${name}:${stats.size}:${stats.mtimeMs}` : '';
    })
    .join('\n');
}

/**
 * The catalog at `root`, loaded once for as long as the content tree stays the same. The first caller
 * may pass the check cache, so a build after `npm run check` does not parse the content again.
 */
export function sharedCatalog(projectRoot: string, { cache: checkCache }: { cache?: CheckCache } = {}): Catalog {
  // Astro names the root as a URL path with a trailing slash, Node as the working directory.
  const root = resolve(projectRoot);
  const cache = shared();
  const fingerprint = contentFingerprint(root);
  const entry = cache.entries.get(root);
  if (entry?.fingerprint === fingerprint) return entry.catalog;
  const catalog = loadCatalog(root, checkCache ? { cache: checkCache } : {});
  cache.loads += 1;
  cache.entries.set(root, { fingerprint, catalog });
  return catalog;
}

/** How many times sharedCatalog() has read the content in this process. */
export const catalogLoads = () => shared().loads;
