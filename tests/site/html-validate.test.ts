/** Every built page is valid HTML by html-validate's recommended rules. */
import { HtmlValidate } from 'html-validate';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST } from './site-fixture.ts';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro's compressed output leaves no trailing whitespace to judge and self-closes void elements its own way.
    'void-style': 'off',
    // Astro writes boolean attributes as `hidden` and `open` without values, which is valid HTML.
    'attribute-boolean-style': 'off',
    // Titles of long credential names legitimately exceed the default 70-character advice.
    'long-title': 'off',
  },
});

describe('html-validate', () => {
  it.each(builtPages())('%s has no errors', async (path) => {
    const file = join(DIST, path, path.endsWith('/') ? 'index.html' : '');
    const report = await validator.validateFile(file);
    const errors = report.results.flatMap((result) =>
      result.messages
        .filter((message) => message.severity === 2)
        .map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.message}`),
    );
    expect(errors).toEqual([]);
  });
});
