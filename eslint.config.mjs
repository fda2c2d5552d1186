// @ts-check
/**
 * Lint rules for the code (content has its own checks): typescript-eslint's type-aware recommended
 * rules and eslint-plugin-astro's recommended rules. Every exception below says why it exists.
 */
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // Built, generated and installed files; content/ is checked by `npm run check`.
  { ignores: ['dist/', '.astro/', 'node_modules/', 'reports/', 'schemas/json/', 'content/'] },
  ...tseslint.configs.recommendedTypeChecked,
  { languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } } },
  ...astro.configs.recommended,
  {
    rules: {
      // Destructuring a field out of an object is how the code leaves one out of a comparison.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    // The Astro parser gives template expressions no types, so type-aware rules would report every
    // `.map()` in a template as unsafe. The frontmatter is still type-checked by `astro check`.
    files: ['**/*.astro'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Tests edit YAML fixtures as untyped data on purpose (the point is to write what a schema would
    // refuse), so values read from those fixtures are `any`.
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
);
