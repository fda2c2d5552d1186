/** Every content schema, for scripts, tests and the Astro content config alike. */
export * from './common.ts';
export * from './credential.ts';
export * from './rubric.ts';
export * from './alignment.ts';
export * from './standards-framework.ts';
export * from './pathway.ts';
export * from './program.ts';
export * from './stack.ts';
export * from './pilot.ts';
