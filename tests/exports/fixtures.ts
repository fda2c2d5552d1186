/**
 * Validated factory content for the export builders: one credential with a rubric and alignments to
 * a CASE-backed framework and a framework with no item URIs, a second credential, and a stack.
 */
import {
  alignmentSchema,
  credentialSchema,
  programSchema,
  rubricSchema,
  stackSchema,
  standardsFrameworkSchema,
  type Credential,
} from '../../schemas/index.ts';
import type { ExportCatalog } from '../../src/lib/exports/open-badges.ts';
import type { CredentialBundle } from '../../src/lib/site/site-model.ts';
import { validAlignment, validCredential, validFramework, validProgram, validRubric, validStack } from '../factories.ts';

export const SITE = 'https://catalog.example.org/';
export const CASE_URI = 'https://opensalt.net/uri/3417c8ef-d7cc-11e8-824f-0242ac160002';

export const program = programSchema.parse(validProgram());
export const frameworks = [
  standardsFrameworkSchema.parse(
    validFramework({
      items: [
        { code: 'SF-1', label: 'A short label of our own', gradeBand: '9-12', uri: CASE_URI },
        { code: 'SF-2', label: 'An item on a page that is not CASE', gradeBand: '9-12', uri: 'https://example.org/standards/SF-2' },
      ],
    }),
  ),
  standardsFrameworkSchema.parse(
    validFramework({
      id: 'sample-educators',
      name: 'Sample Educator Standards',
      audience: 'educators',
      items: [{ code: 'E-1', label: 'An educator standard label' }],
    }),
  ),
];

export const credential = (overrides: Record<string, unknown> = {}): Credential => credentialSchema.parse(validCredential(overrides));

export function bundle(overrides: Record<string, unknown> = {}): CredentialBundle {
  const alignments = validAlignment().alignments as object[];
  return {
    credential: credential(overrides),
    rubric: rubricSchema.parse(validRubric()),
    alignment: alignmentSchema.parse({
      alignments: [
        ...alignments,
        { framework: 'sample-framework', code: 'SF-2', addressedBy: 'reflection', rationale: 'The reflection weighs this item too.' },
      ],
    }),
  };
}

export const second = credential({ id: 'second-credential', code: 'STEM-1.8', title: 'Second Credential' });
export const stack = stackSchema.parse(validStack());

export const catalog = (exported: string[] = ['sample-credential', 'second-credential']): ExportCatalog => ({
  site: SITE,
  program,
  frameworks,
  exported: new Set(exported),
});
