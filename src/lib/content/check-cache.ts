/**
 * A content-hash cache for the checker, so a second `npm run check` over a large catalog does not parse
 * every file and re-read every sentence again. Each entry is keyed by what its result depends on (a
 * file's path and the hash of its bytes, plus whatever else the caller names, such as the word list);
 * the whole cache is keyed by the checker's own code and the versions of the parsers it uses, so a
 * change to a rule or a schema starts from empty. Entries a run no longer asks for are dropped when it saves.
 *
 * Only `npm run check` keeps the cache on disk (in `.cache/check/`, never in git); every other loader,
 * tests included, gets a cache that computes everything, so it can never hide a change.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { writeAtomically } from '../tooling/write-atomically.ts';

export interface CheckCache {
  /** Whether results persist between runs; a rule may skip loading a dictionary when every answer is cached. */
  readonly persistent: boolean;
  /** Whether `key` in `bucket` already has a result. */
  has(bucket: string, key: string): boolean;
  /** The stored result for `key` in `bucket`, or `compute()`'s, stored. Results must be plain JSON. */
  memo<T>(bucket: string, key: string, compute: () => T): T;
  /** Writes the entries this run used; a no-op for a cache that does not persist. */
  save(): void;
}

/** The cache that remembers nothing: every call computes. */
export const NO_CACHE: CheckCache = { persistent: false, has: () => false, memo: (_bucket, _key, compute) => compute(), save: () => {} };

/** Hex SHA-1 of a text: cheap enough for every content file, and collisions are not a concern here. */
export const contentHash = (text: string) => createHash('sha1').update(text).digest('hex');

/** The folder the checker keeps its cache in, relative to the project root. */
export const CACHE_DIR = '.cache/check';

/** The packages whose output the cache stores: a new version of any of them must not reuse old results. */
const PARSERS = ['js-yaml', 'yaml', 'remark-parse', 'remark-mdx', 'cspell-lib', '@cspell/dict-en_us', 'pos', 'zod'];

const CODE_FOLDERS = ['src/lib', 'schemas'];

/** The checker's own version: its code (the TypeScript it runs) and its parsers' versions. */
function checkerVersion(codeRoot: string): string {
  const hash = createHash('sha1');
  for (const folder of CODE_FOLDERS) {
    const dir = join(codeRoot, folder);
    if (!existsSync(dir)) continue;
    for (const name of (readdirSync(dir, { recursive: true }) as string[]).filter((entry) => entry.endsWith('.ts')).sort())
      hash.update(name).update(readFileSync(join(dir, name)));
  }
  for (const name of PARSERS) {
    const manifest = join(codeRoot, 'node_modules', name, 'package.json');
    hash.update(`${name}@${existsSync(manifest) ? (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version : 'none'}`);
  }
  return hash.digest('hex');
}

interface CacheFile {
  version: string;
  buckets: Record<string, Record<string, unknown>>;
}

/** Where the checker's own code and node_modules are: this file is src/lib/content/check-cache.ts. */
const CODE_ROOT = join(import.meta.dirname, '..', '..', '..');

/**
 * The on-disk cache of the project at `root` (another folder than the checker's own with --root). A
 * cache file that cannot be read, or was written by other code, is ignored and replaced.
 */
export function openCheckCache(root: string, codeRoot: string = CODE_ROOT): CheckCache {
  const path = join(root, CACHE_DIR, 'cache.json');
  const version = checkerVersion(codeRoot);
  let stored: CacheFile['buckets'] = {};
  try {
    const file = JSON.parse(readFileSync(path, 'utf8')) as CacheFile;
    if (file.version === version) stored = file.buckets;
  } catch {
    // No cache yet, or a damaged one: start empty.
  }
  const used: CacheFile['buckets'] = {};
  let changed = false;
  return {
    persistent: true,
    has: (bucket, key) => Object.hasOwn(used[bucket] ?? {}, key) || Object.hasOwn(stored[bucket] ?? {}, key),
    memo<T>(bucket: string, key: string, compute: () => T): T {
      const into = (used[bucket] ??= {});
      if (Object.hasOwn(into, key)) return into[key] as T;
      const from = stored[bucket];
      if (from && Object.hasOwn(from, key)) return (into[key] = from[key]) as T;
      changed = true;
      return (into[key] = compute());
    },
    save() {
      // A bucket this run used keeps only what it asked for (other keys are files that changed or went
      // away); a bucket it never touched (a rule of another suite) is kept as it was.
      const buckets = { ...stored, ...used };
      const dropped = Object.keys(used).some((bucket) => Object.keys(stored[bucket] ?? {}).some((key) => !Object.hasOwn(used[bucket]!, key)));
      if (!changed && !dropped) return;
      mkdirSync(dirname(path), { recursive: true });
      writeAtomically(path, JSON.stringify({ version, buckets } satisfies CacheFile));
    },
  };
}
