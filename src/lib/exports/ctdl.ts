/**
 * CTDL (Credential Transparency Description Language) JSON-LD for the Credential Registry, in the
 * style Credential Engine's ingest examples recommend (credential-registry-ingest-examples): each
 * credential as a `@graph` whose first node is the `ceterms:MicroCredential`, the organization as
 * its own document, language maps (`{"en-US": …}`) rather than a root `@language`, only terms of
 * the CTDL context, and CTIDs derived from our permanent ids so they never change between builds.
 * Every class and property used here was checked against the CTDL schema the publish action reads
 * (https://credreg.net/ctdl/schema/encoding/json): each property lists the class in its domain.
 * Two choices follow from that check:
 * - `ceterms:codedNotation` is not a credential property, so the catalog code is given as a
 *   `ceterms:identifier` (IdentifierValue); codedNotation is used where CTDL has it, on the
 *   standards' CredentialAlignmentObjects.
 * - Stacks are described through `ceterms:isRequiredFor` → ConditionProfile (named, described and
 *   linked to the stack page). `ceterms:isPartOf` would have to point at a CTDL credential record
 *   for the stack, which the catalog does not publish; the publish action fetches such links.
 */
import type { Credential, Stack } from '../../../schemas/index.ts';
import type { CredentialBundle } from '../site/site-model.ts';
import { alignedStandards, standardName } from './aligned-standards.ts';
import { ctidFor, exportUrls } from './export-urls.ts';
import { phaseList, scoringText, type ExportCatalog } from './open-badges.ts';

export const CTDL_CONTEXT = 'https://credreg.net/ctdl/schema/context/json';

/** A CTDL language map; the catalog is written in American English. */
export const en = (text: string) => ({ 'en-US': text });

/** The organization's permanent id in the catalog, from which its CTID is derived. */
export const ORGANIZATION_ID = 'ldoe';

const alignmentObject = (framework: string, frameworkName: string, targetNode: string, targetNodeName: string) => ({
  '@type': 'ceterms:CredentialAlignmentObject',
  'ceterms:framework': framework,
  'ceterms:frameworkName': en(frameworkName),
  'ceterms:targetNode': targetNode,
  'ceterms:targetNodeName': en(targetNodeName),
});

/**
 * The registry's CredentialStatus concept for a lifecycle status: a published credential is being
 * awarded (Active); a retired one no longer is (Deprecated). Draft, in-review and approved
 * credentials appear only in preview builds, which are never published; they read as Active there,
 * since CredentialStatus has no concept for "not yet offered".
 */
export function credentialStatus(status: Credential['status']) {
  const [node, name] = status === 'retired' ? ['credentialStat:Deprecated', 'Deprecated'] : ['credentialStat:Active', 'Active'];
  return alignmentObject('https://credreg.net/ctdl/terms/CredentialStatus', 'Credential Status', node, name);
}

/** Teachers earn these credentials as professional learning: the AudienceLevel concept for professionals. */
const audienceLevel = () =>
  alignmentObject('https://credreg.net/ctdl/terms/AudienceLevel', 'Audience Level', 'audLevel:ProfessionalLevel', 'Professional Level');

/** ISO 8601 hours, e.g. `PT9H` or `PT7.5H`. */
const hours = (value: number) => `PT${value}H`;

function estimatedDuration(credential: Credential) {
  const { min, max } = credential.estimatedHours;
  return {
    '@type': 'ceterms:DurationProfile',
    'ceterms:description': en(
      min === max ? `About ${min} hours of the teacher's own time.` : `${min} to ${max} hours of the teacher's own time.`,
    ),
    ...(min === max
      ? { 'ceterms:exactDuration': hours(min) }
      : { 'ceterms:minimumDuration': hours(min), 'ceterms:maximumDuration': hours(max) }),
  };
}

function requirements(bundle: CredentialBundle, catalog: ExportCatalog) {
  const { credential, rubric, alignment } = bundle;
  const urls = exportUrls(catalog.site);
  const competencies = alignedStandards(alignment, catalog.frameworks).flatMap((standard) =>
    standard.url
      ? [
          {
            '@type': 'ceterms:CredentialAlignmentObject',
            'ceterms:framework': standard.framework?.url ?? standard.url,
            'ceterms:frameworkName': en(standard.framework?.name ?? standard.frameworkId),
            'ceterms:targetNode': standard.url,
            'ceterms:codedNotation': standard.code,
            'ceterms:targetNodeName': en(standardName(standard)),
          },
        ]
      : [],
  );
  const scoring = rubric ? ` ${scoringText(rubric)}` : '';
  return {
    '@type': 'ceterms:ConditionProfile',
    'ceterms:name': en('Portfolio of classroom evidence'),
    'ceterms:description': en(
      `${credential.competency} The teacher submits the artifacts of the ADDIE phases (${phaseList(credential)}) from their own classroom.${scoring}`,
    ),
    'ceterms:subjectWebpage': urls.rubricPage(credential.id),
    ...(competencies.length ? { 'ceterms:targetCompetency': competencies } : {}),
  };
}

function stackConditions(credential: Credential, stacks: Stack[], catalog: ExportCatalog) {
  const urls = exportUrls(catalog.site);
  return stacks
    .filter((stack) => stack.credentials.includes(credential.id))
    .map((stack) => ({
      '@type': 'ceterms:ConditionProfile',
      'ceterms:name': en(stack.title),
      'ceterms:description': en(
        `This credential is one of the ${stack.credentials.length} credentials a teacher earns for the ${stack.title}. ${stack.description}`,
      ),
      'ceterms:subjectWebpage': urls.stackPage(stack.id),
    }));
}

/** The `@graph` document for one credential, published at /credentials/<id>/ctdl.json. */
export function buildCredentialCtdl(bundle: CredentialBundle, stacks: Stack[], catalog: ExportCatalog) {
  const { credential } = bundle;
  const urls = exportUrls(catalog.site);
  const id = urls.credentialCtdl(credential.id);
  const partOf = stackConditions(credential, stacks, catalog);
  const keywords = [...new Set([...credential.keywords, credential.keyMethod.name])];
  return {
    '@context': CTDL_CONTEXT,
    '@id': id,
    '@graph': [
      {
        '@context': CTDL_CONTEXT,
        '@id': id,
        '@type': 'ceterms:MicroCredential',
        'ceterms:ctid': ctidFor('credential', credential.id),
        'ceterms:name': en(credential.title),
        'ceterms:description': en(`${credential.summary} ${credential.competency}`),
        'ceterms:subjectWebpage': urls.credentialPage(credential.id),
        'ceterms:ownedBy': [urls.organizationCtdl],
        'ceterms:offeredBy': [urls.organizationCtdl],
        'ceterms:inLanguage': ['en-US'],
        'ceterms:credentialStatusType': credentialStatus(credential.status),
        'ceterms:audienceLevelType': [audienceLevel()],
        'ceterms:estimatedDuration': [estimatedDuration(credential)],
        'ceterms:requires': [requirements(bundle, catalog)],
        'ceterms:identifier': [
          {
            '@type': 'ceterms:IdentifierValue',
            'ceterms:identifierTypeName': en('Catalog code'),
            'ceterms:identifierValueCode': credential.code,
          },
        ],
        'ceterms:versionIdentifier': [
          {
            '@type': 'ceterms:IdentifierValue',
            'ceterms:identifierTypeName': en('Version'),
            'ceterms:identifierValueCode': credential.version,
          },
        ],
        'ceterms:keyword': { 'en-US': keywords },
        ...(partOf.length ? { 'ceterms:isRequiredFor': partOf } : {}),
      },
    ],
  };
}

/**
 * LDOE as a `ceterms:CredentialOrganization`, published at /organization/ctdl.json. Neither
 * content/program.yaml nor the shared domain facts give LDOE's own web address, so its subject
 * webpage is the catalog's home page until one is added there.
 */
export function buildOrganizationCtdl(owned: Credential[], catalog: ExportCatalog) {
  const urls = exportUrls(catalog.site);
  return {
    '@context': CTDL_CONTEXT,
    '@id': urls.organizationCtdl,
    '@type': 'ceterms:CredentialOrganization',
    'ceterms:ctid': ctidFor('organization', ORGANIZATION_ID),
    'ceterms:name': en(catalog.program.owner),
    'ceterms:description': en(
      `The ${catalog.program.owner} owns and offers the ${catalog.program.name}. Each credential certifies one teaching skill, shown with evidence from the teacher's own classroom.`,
    ),
    'ceterms:subjectWebpage': urls.home,
    'ceterms:agentType': [
      alignmentObject('https://credreg.net/ctdl/terms/OrganizationType', 'Organization Type', 'orgType:Government', 'Government Agency'),
    ],
    'ceterms:agentSectorType': [
      alignmentObject('https://credreg.net/ctdl/terms/AgentSector', 'Agent Sector', 'agentSector:Public', 'Public'),
    ],
    ...(owned.length ? { 'ceterms:owns': owned.map((credential) => urls.credentialCtdl(credential.id)) } : {}),
    ...(owned.length ? { 'ceterms:offers': owned.map((credential) => urls.credentialCtdl(credential.id)) } : {}),
  };
}
