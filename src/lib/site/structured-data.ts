/**
 * schema.org JSON-LD for a credential page, so search engines can read it as an
 * `EducationalOccupationalCredential`: what it is, who recognizes it, the standards it requires and
 * the time it takes. The page embeds it as a data block (`<script type="application/ld+json">`).
 */
import type { Program, StandardsFramework } from '../../../schemas/index.ts';
import { findLevel } from '../content/program.ts';
import { alignedStandards } from '../exports/aligned-standards.ts';
import { exportUrls } from '../exports/export-urls.ts';
import { lastUpdated, standardAnchor, type CredentialBundle } from './site-model.ts';

/**
 * The program owner as a schema.org Organization, its name split from the abbreviation in brackets
 * ("Louisiana Department of Education (LDOE)"). No address is given: content/ holds none.
 */
function organization(program: Program) {
  const [, name, abbreviation] = /^(.*?)\s*\(([^)]+)\)$/.exec(program.owner) ?? [];
  return name && abbreviation
    ? { '@type': 'Organization', name, alternateName: abbreviation }
    : { '@type': 'Organization', name: program.owner };
}

/** Hours as an ISO 8601 duration: 10 → `PT10H`, 7.5 → `PT7H30M`. */
export function isoDuration(hours: number): string {
  const minutes = Math.round(hours * 60);
  const whole = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `PT${whole > 0 || rest === 0 ? `${whole}H` : ''}${rest > 0 ? `${rest}M` : ''}`;
}

export function credentialJsonLd(bundle: CredentialBundle, frameworks: StandardsFramework[], program: Program, site: URL) {
  const { credential, alignment } = bundle;
  const urls = exportUrls(site);
  const url = urls.credentialPage(credential.id);
  const level = findLevel(program, credential.level);
  const standards = alignedStandards(alignment, frameworks).flatMap(({ framework, item }) =>
    framework && item
      ? [
          {
            '@type': 'DefinedTerm',
            name: item.label,
            termCode: item.code,
            // The official address where the registry has one, else the standard on this site.
            url: item.uri ?? urls.page(`standards/${framework.id}/#${standardAnchor(item.code)}`),
            inDefinedTermSet: { '@type': 'DefinedTermSet', name: framework.name, url: framework.url },
          },
        ]
      : [],
  );
  const ldoe = organization(program);
  return {
    '@context': 'https://schema.org',
    '@type': 'EducationalOccupationalCredential',
    '@id': url,
    name: credential.title,
    identifier: credential.code,
    description: credential.summary,
    url,
    credentialCategory: 'micro-credential',
    educationalLevel: level ? `Level ${level.level}: ${level.name}` : `Level ${credential.level}`,
    competencyRequired: standards,
    recognizedBy: ldoe,
    provider: ldoe,
    // The most time a teacher should plan for, as the catalog's hour filter counts it.
    timeRequired: isoDuration(credential.estimatedHours.max),
    audience: { '@type': 'EducationalAudience', educationalRole: 'teacher' },
    inLanguage: 'en-US',
    version: credential.version,
    dateModified: lastUpdated(credential),
    ...(credential.keywords.length > 0 ? { keywords: credential.keywords.join(', ') } : {}),
  };
}

/**
 * JSON for a `<script type="application/ld+json">` block that no content can break out of: `<`,
 * `>` and `&` become JSON escapes, so `</script>` or `<!--` in any field stays text. The result is
 * still the same JSON to a parser.
 */
export const jsonLdScriptText = (value: unknown) =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
