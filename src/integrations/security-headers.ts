/** Writes `_headers` (the Content-Security-Policy and friends) into the built site, for its base path. */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { headersFile } from '../lib/site/security.ts';
import { normalizeBase } from '../lib/site/site-path.ts';

export default function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normalizeBase(config.base);
      },
      'astro:build:done': ({ dir }) => writeFileSync(new URL('_headers', dir), headersFile(base)),
    },
  };
}
