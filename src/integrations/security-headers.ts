/** Writes `_headers` (the Content-Security-Policy and friends) into the built site. */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { HEADERS_FILE } from '../lib/site/security.ts';

export default function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir }) => writeFileSync(new URL('_headers', dir), HEADERS_FILE),
    },
  };
}
