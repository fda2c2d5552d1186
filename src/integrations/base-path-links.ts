/**
 * Adds basePathLinks() to the Markdown processor, for `.md` and `.mdx` alike, once the base path is
 * known. Sätteri keeps its plugin lists on `processor.options` for integrations to extend, so this
 * needs no processor of its own.
 */
import type { AstroIntegration } from 'astro';
import { basePathLinks } from '../lib/site/base-path-links.ts';
import { normalizeBase } from '../lib/site/site-path.ts';

export default function basePathLinksIntegration(): AstroIntegration {
  return {
    name: 'base-path-links',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const { processor } = config.markdown;
        if (processor.name !== 'satteri')
          throw new Error(
            `base-path-links extends the Sätteri Markdown processor, not "${processor.name}": add basePathLinks() to that processor instead.`,
          );
        const options = processor.options as { mdastPlugins: unknown[] };
        options.mdastPlugins.push(basePathLinks(normalizeBase(config.base)));
      },
    },
  };
}
