/**
 * An in-project check of the CTDL the catalog publishes, so that a missing property fails the tests
 * here rather than the Credential Registry's publish step. Each rule names its source:
 * - [policy] Credential Engine's minimum data policy (https://credreg.net/registry/policy), as
 *   summarized in ../shared/interop/README.md and Credential Engine's ingest examples: a credential
 *   needs a CTID, name, description, subject webpage, an owning or offering organization, its
 *   language and its credential status; an organization needs a CTID, name, description, subject
 *   webpage and its type (agentType) and sector (agentSectorType).
 * - [handbook] Credential Registry Handbook (https://credreg.net/registry/handbook): a CTID is
 *   `ce-` followed by a UUID.
 * - [examples] credential-registry-ingest-examples: a specific credential subtype, never plain
 *   `ceterms:Credential`; language maps rather than plain strings; a subject webpage that is a
 *   real, absolute address.
 * - [action] credential-registry-publish-action: the CTDL context on the document and an `@id` on
 *   every entity of a `@graph`.
 * - [ctdl] the CTDL schema (https://credreg.net/ctdl/schema/encoding/json): what a
 *   CredentialAlignmentObject, DurationProfile and IdentifierValue are for (a target node and its
 *   name; a duration; an identifier value).
 * - [project] the catalog's own rule where no published policy was available to check: every
 *   ConditionProfile says in words what it requires (the ingest example's profiles all do).
 */
import { CTDL_CONTEXT } from './ctdl.ts';

export interface CtdlProblem {
  /** JSON path of the node or property, e.g. `@graph[0].ceterms:requires[0].ceterms:description`. */
  path: string;
  message: string;
}

/** Credential subtypes the publish action accepts ([action] src/credential.ts), less plain Credential. */
const CREDENTIAL_TYPES = new Set(
  [
    'ApprenticeshipCertificate', 'AssociateDegree', 'BachelorDegree', 'Badge', 'Certificate', 'Certification',
    'CertificateOfCompletion', 'Degree', 'DigitalBadge', 'Diploma', 'DoctoralDegree', 'GeneralEducationDevelopment',
    'JourneymanCertificate', 'License', 'MasterCertificate', 'MasterDegree', 'MicroCredential', 'OpenBadge',
    'ProfessionalDoctorate', 'QualityAssuranceCredential', 'ResearchDoctorate', 'SecondarySchoolDiploma',
  ].map((name) => `ceterms:${name}`),
); // prettier-ignore

const ORGANIZATION_TYPES = new Set(['ceterms:CredentialOrganization', 'ceterms:Organization', 'ceterms:QACredentialOrganization']);
const CTID = /^ce-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const DURATION =
  /^P(?=\d|T\d)(\d+(\.\d+)?Y)?(\d+(\.\d+)?M)?(\d+(\.\d+)?W)?(\d+(\.\d+)?D)?(T(?=\d)(\d+(\.\d+)?H)?(\d+(\.\d+)?M)?(\d+(\.\d+)?S)?)?$/;
const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

type Node = Record<string, unknown>;
const isNode = (value: unknown): value is Node => !!value && typeof value === 'object' && !Array.isArray(value);
const list = (value: unknown): unknown[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const isUrl = (value: unknown) => typeof value === 'string' && /^https?:\/\//.test(value) && URL.canParse(value);
const isLanguageMap = (value: unknown) =>
  isNode(value) &&
  Object.keys(value).length > 0 &&
  Object.entries(value).every(
    ([tag, text]) =>
      LANGUAGE_TAG.test(tag) &&
      (typeof text === 'string'
        ? text.trim() !== ''
        : Array.isArray(text) && text.length > 0 && text.every((t) => typeof t === 'string' && t.trim())),
  );

/** Checks one entity and the profiles nested in it. */
function checkNode(node: Node, path: string, problems: CtdlProblem[]): void {
  const at = (property: string) => `${path ? `${path}.` : ''}${property}`;
  const fail = (property: string, message: string) => problems.push({ path: at(property), message });
  const need = (property: string, ok: (value: unknown) => boolean, what: string) => {
    if (node[property] === undefined) fail(property, `Missing ${property}: ${what}.`);
    else if (!ok(node[property])) fail(property, `${property} must be ${what}.`);
  };
  const type = node['@type'];
  const languageMap = 'a language map such as {"en-US": "…"} [examples]';

  const credential = type === 'ceterms:Credential' || (typeof type === 'string' && CREDENTIAL_TYPES.has(type));
  const organization = typeof type === 'string' && ORGANIZATION_TYPES.has(type);
  if (type === 'ceterms:Credential')
    fail('@type', 'Use a specific credential subtype such as ceterms:MicroCredential, not ceterms:Credential [examples].');
  if (credential || organization) {
    need('@id', isUrl, 'the absolute URL the record is published at [action]');
    need('ceterms:ctid', (value) => typeof value === 'string' && CTID.test(value), '"ce-" followed by a lowercase UUID [handbook]');
    need('ceterms:name', isLanguageMap, languageMap);
    need('ceterms:description', isLanguageMap, languageMap);
    need('ceterms:subjectWebpage', isUrl, 'the absolute address of a real web page about it [policy] [examples]');
  }
  if (credential) {
    const owners = [...list(node['ceterms:ownedBy']), ...list(node['ceterms:offeredBy'])];
    if (owners.length === 0)
      fail('ceterms:ownedBy', 'Missing ceterms:ownedBy and ceterms:offeredBy: name the organization that owns or offers it [policy].');
    else if (!owners.every(isUrl)) fail('ceterms:ownedBy', 'ceterms:ownedBy and ceterms:offeredBy must be organization URLs [examples].');
    need(
      'ceterms:inLanguage',
      (value) => Array.isArray(value) && value.length > 0 && value.every((tag) => typeof tag === 'string' && LANGUAGE_TAG.test(tag)),
      'a list of language codes such as ["en-US"] [policy]',
    );
    need(
      'ceterms:credentialStatusType',
      (value) =>
        isNode(value) &&
        value['ceterms:framework'] === 'https://credreg.net/ctdl/terms/CredentialStatus' &&
        typeof value['ceterms:targetNode'] === 'string' &&
        /^credentialStat:[A-Za-z]+$/.test(value['ceterms:targetNode']),
      'a CredentialAlignmentObject from https://credreg.net/ctdl/terms/CredentialStatus, e.g. credentialStat:Active [policy]',
    );
  }
  if (organization) {
    need(
      'ceterms:agentType',
      (value) => Array.isArray(value) && value.length > 0,
      'a list of OrganizationType alignments, e.g. orgType:Government [policy]',
    );
    need(
      'ceterms:agentSectorType',
      (value) => Array.isArray(value) && value.length > 0,
      'a list of AgentSector alignments, e.g. agentSector:Public [policy]',
    );
  }
  if (type === 'ceterms:ConditionProfile')
    need('ceterms:description', isLanguageMap, `${languageMap} saying what the condition requires [project]`);
  if (type === 'ceterms:CredentialAlignmentObject') {
    need('ceterms:targetNode', (value) => typeof value === 'string' && value.length > 0, 'the URI or concept of the target [ctdl]');
    need('ceterms:targetNodeName', isLanguageMap, languageMap);
  }
  if (type === 'ceterms:DurationProfile') {
    const exact = node['ceterms:exactDuration'];
    const range = [node['ceterms:minimumDuration'], node['ceterms:maximumDuration']];
    if (exact === undefined && range.some((value) => value === undefined))
      fail('ceterms:exactDuration', 'Give ceterms:exactDuration, or both ceterms:minimumDuration and ceterms:maximumDuration [ctdl].');
    for (const property of ['ceterms:exactDuration', 'ceterms:minimumDuration', 'ceterms:maximumDuration'])
      if (node[property] !== undefined && !(typeof node[property] === 'string' && DURATION.test(node[property])))
        fail(property, `${property} must be an ISO 8601 duration such as "PT10H" [ctdl].`);
  }
  if (type === 'ceterms:IdentifierValue')
    need('ceterms:identifierValueCode', (value) => typeof value === 'string' && value.trim() !== '', 'the identifier itself [ctdl]');

  for (const [property, value] of Object.entries(node)) {
    if (property.startsWith('@')) continue;
    list(value).forEach((item, index) => {
      if (isNode(item) && typeof item['@type'] === 'string')
        checkNode(item, Array.isArray(value) ? `${at(property)}[${index}]` : at(property), problems);
    });
  }
}

/** Every minimum-data problem in a CTDL document: a single entity or a `@graph` of entities. */
export function checkCtdlMinimumData(document: unknown): CtdlProblem[] {
  const problems: CtdlProblem[] = [];
  if (!isNode(document)) return [{ path: '', message: 'A CTDL document is a JSON object.' }];
  if (document['@context'] !== CTDL_CONTEXT)
    problems.push({ path: '@context', message: `Use the CTDL context "${CTDL_CONTEXT}" [action].` });
  const graph = document['@graph'];
  if (graph === undefined) checkNode(document, '', problems);
  else if (!Array.isArray(graph) || graph.length === 0)
    problems.push({ path: '@graph', message: 'A @graph lists at least one entity [action].' });
  else
    graph.forEach((node, index) => {
      if (!isNode(node)) problems.push({ path: `@graph[${index}]`, message: 'Each @graph entry is an entity object [action].' });
      else checkNode(node, `@graph[${index}]`, problems);
    });
  return problems;
}
