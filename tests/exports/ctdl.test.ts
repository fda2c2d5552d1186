/**
 * The CTDL builders and the minimum-data checker on factory content: deterministic CTIDs, language
 * maps, status from the lifecycle, hours as durations, standards as target competencies, stacks as
 * conditions, and a checker that fails when any property the minimum data needs is removed.
 */
import { describe, expect, it } from 'vitest';
import { buildCredentialCtdl, buildOrganizationCtdl, credentialStatus, CTDL_CONTEXT } from '../../src/lib/exports/ctdl.ts';
import { checkCtdlMinimumData } from '../../src/lib/exports/ctdl-minimum-data.ts';
import { ctidFor, exportJson, uuidV5 } from '../../src/lib/exports/export-urls.ts';
import { bundle, CASE_URI, catalog, credential, SITE, stack } from './fixtures.ts';

const CTID = /^ce-[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const ctdl = (overrides: Record<string, unknown> = {}) => buildCredentialCtdl(bundle(overrides), [stack], catalog());
const node = (document: ReturnType<typeof ctdl>) => document['@graph'][0]!;

describe('CTIDs', () => {
  it('computes RFC 9562 version-5 UUIDs (the RFC example: DNS namespace, "www.example.com")', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });
  it('derives the same CTID from the same id every time, and different ones for different ids and kinds', () => {
    expect(ctidFor('credential', 'sample-credential')).toMatch(CTID);
    expect(ctidFor('credential', 'sample-credential')).toBe(ctidFor('credential', 'sample-credential'));
    expect(ctidFor('credential', 'second-credential')).not.toBe(ctidFor('credential', 'sample-credential'));
    expect(ctidFor('organization', 'sample-credential')).not.toBe(ctidFor('credential', 'sample-credential'));
    expect(node(ctdl())['ceterms:ctid']).toBe(ctidFor('credential', 'sample-credential'));
  });
});

describe('buildCredentialCtdl()', () => {
  const document = ctdl();
  const micro = node(document);

  it('is a @graph in the CTDL context whose first node is the ceterms:MicroCredential', () => {
    expect(document['@context']).toBe(CTDL_CONTEXT);
    expect(micro['@type']).toBe('ceterms:MicroCredential');
    expect(micro['@id']).toBe(`${SITE}credentials/sample-credential/ctdl.json`);
  });

  it('writes every text as an en-US language map, never a root @language', () => {
    expect(document).not.toHaveProperty('@language');
    expect(micro['ceterms:name']).toEqual({ 'en-US': bundle().credential.title });
    expect(Object.keys(micro['ceterms:description'])).toEqual(['en-US']);
    expect(micro['ceterms:requires'][0]!['ceterms:description']).toHaveProperty('en-US');
  });

  it('links the credential page, the organization as owner and offerer, the language and the code', () => {
    expect(micro['ceterms:subjectWebpage']).toBe(`${SITE}credentials/sample-credential/`);
    expect(micro['ceterms:ownedBy']).toEqual([`${SITE}organization/ctdl.json`]);
    expect(micro['ceterms:offeredBy']).toEqual([`${SITE}organization/ctdl.json`]);
    expect(micro['ceterms:inLanguage']).toEqual(['en-US']);
    expect(micro['ceterms:identifier'][0]!['ceterms:identifierValueCode']).toBe(bundle().credential.code);
    expect(micro['ceterms:versionIdentifier'][0]!['ceterms:identifierValueCode']).toBe(bundle().credential.version);
  });

  it('states the hours as a duration range, or an exact duration when min equals max', () => {
    expect(micro['ceterms:estimatedDuration'][0]).toMatchObject({ 'ceterms:minimumDuration': 'PT5H', 'ceterms:maximumDuration': 'PT10H' });
    const exact = node(ctdl({ estimatedHours: { min: 7.5, max: 7.5 } }))['ceterms:estimatedDuration'][0]!;
    expect(exact).toMatchObject({ 'ceterms:exactDuration': 'PT7.5H' });
    expect(exact).not.toHaveProperty('ceterms:minimumDuration');
  });

  it('requires the aligned standards as target competencies, each once, with official URI and code', () => {
    const targets = micro['ceterms:requires'][0]!['ceterms:targetCompetency']!;
    expect(targets.map((target) => target['ceterms:codedNotation'])).toEqual(['SF-1', 'E-1', 'SF-2']);
    expect(targets[0]).toMatchObject({
      'ceterms:targetNode': CASE_URI,
      'ceterms:targetNodeName': { 'en-US': 'SF-1: A short label of our own' },
    });
  });

  it('maps the lifecycle status onto the CredentialStatus vocabulary', () => {
    expect(credentialStatus('published')['ceterms:targetNode']).toBe('credentialStat:Active');
    expect(credentialStatus('retired')['ceterms:targetNode']).toBe('credentialStat:Deprecated');
    expect(node(ctdl({ status: 'retired', replacedBy: 'second-credential' }))['ceterms:credentialStatusType']['ceterms:targetNode']).toBe(
      'credentialStat:Deprecated',
    );
    for (const status of ['draft', 'in-review', 'approved'] as const)
      expect(credentialStatus(status)['ceterms:targetNode']).toBe('credentialStat:Active');
  });

  it('describes each stack the credential belongs to as a condition it is required for, linking the stack page', () => {
    expect(micro['ceterms:isRequiredFor']).toEqual([
      expect.objectContaining({ 'ceterms:name': { 'en-US': stack.title }, 'ceterms:subjectWebpage': `${SITE}stacks/${stack.id}/` }),
    ]);
    expect(node(buildCredentialCtdl(bundle({ id: 'lone-credential' }), [stack], catalog()))).not.toHaveProperty('ceterms:isRequiredFor');
  });

  it('passes the minimum-data checker and gives the same bytes when built twice', () => {
    expect(checkCtdlMinimumData(document)).toEqual([]);
    expect(exportJson(ctdl())).toBe(exportJson(document));
  });
});

describe('buildOrganizationCtdl()', () => {
  const organization = buildOrganizationCtdl([credential(), credential({ id: 'second-credential', code: 'STEM-1.8' })], catalog());
  it('is a CredentialOrganization with a stable CTID, the program owner as name, and the credentials it owns', () => {
    expect(organization['@type']).toBe('ceterms:CredentialOrganization');
    expect(organization['@id']).toBe(`${SITE}organization/ctdl.json`);
    expect(organization['ceterms:ctid']).toMatch(CTID);
    expect(organization['ceterms:ctid']).toBe(buildOrganizationCtdl([], catalog())['ceterms:ctid']);
    expect(organization['ceterms:name']).toEqual({ 'en-US': catalog().program.owner });
    expect(organization['ceterms:subjectWebpage']).toBe(SITE);
    expect(organization['ceterms:owns']).toEqual([
      `${SITE}credentials/sample-credential/ctdl.json`,
      `${SITE}credentials/second-credential/ctdl.json`,
    ]);
    expect(checkCtdlMinimumData(organization)).toEqual([]);
  });
  it('lists no owns or offers when the build shows no credential', () => {
    const empty = buildOrganizationCtdl([], catalog([]));
    expect(empty).not.toHaveProperty('ceterms:owns');
    expect(checkCtdlMinimumData(empty)).toEqual([]);
  });
});

describe('checkCtdlMinimumData()', () => {
  const without = (path: string[]) => {
    const document = structuredClone(ctdl()) as unknown as Record<string, unknown>;
    let target = document;
    for (const key of path.slice(0, -1)) target = target[key] as Record<string, unknown>;
    delete target[path.at(-1)!];
    return checkCtdlMinimumData(document).map((problem) => problem.path);
  };

  it.each([
    ['ceterms:ctid'],
    ['ceterms:name'],
    ['ceterms:description'],
    ['ceterms:subjectWebpage'],
    ['ceterms:inLanguage'],
    ['ceterms:credentialStatusType'],
    ['@id'],
  ])('fails a credential without %s, naming its path', (property) => {
    expect(without(['@graph', '0', property])).toEqual([`@graph[0].${property}`]);
  });

  it('fails a credential with neither ownedBy nor offeredBy, but not one with either', () => {
    expect(without(['@graph', '0', 'ceterms:ownedBy'])).toEqual([]);
    const document = structuredClone(ctdl()) as never as { '@graph': Record<string, unknown>[] };
    delete document['@graph'][0]!['ceterms:ownedBy'];
    delete document['@graph'][0]!['ceterms:offeredBy'];
    expect(checkCtdlMinimumData(document).map((problem) => problem.path)).toEqual(['@graph[0].ceterms:ownedBy']);
  });

  it('fails nested profiles and alignment objects that lose what they need', () => {
    expect(without(['@graph', '0', 'ceterms:requires', '0', 'ceterms:description'])).toEqual([
      '@graph[0].ceterms:requires[0].ceterms:description',
    ]);
    expect(without(['@graph', '0', 'ceterms:requires', '0', 'ceterms:targetCompetency', '1', 'ceterms:targetNodeName'])).toEqual([
      '@graph[0].ceterms:requires[0].ceterms:targetCompetency[1].ceterms:targetNodeName',
    ]);
    expect(without(['@graph', '0', 'ceterms:estimatedDuration', '0', 'ceterms:maximumDuration'])).toEqual([
      '@graph[0].ceterms:estimatedDuration[0].ceterms:exactDuration',
    ]);
  });

  it('fails plain strings where a language map belongs, a malformed CTID, the wrong context and plain ceterms:Credential', () => {
    const document = structuredClone(ctdl()) as never as { '@context': string; '@graph': Record<string, unknown>[] };
    document['@context'] = 'https://schema.org/';
    document['@graph'][0]!['ceterms:name'] = 'Sample Credential';
    document['@graph'][0]!['ceterms:ctid'] = 'ce-not-a-uuid';
    document['@graph'][0]!['@type'] = 'ceterms:Credential';
    expect(checkCtdlMinimumData(document).map((problem) => problem.path)).toEqual([
      '@context',
      '@graph[0].@type',
      '@graph[0].ceterms:ctid',
      '@graph[0].ceterms:name',
    ]);
  });

  it.each(['ceterms:agentType', 'ceterms:agentSectorType', 'ceterms:subjectWebpage', 'ceterms:ctid'])(
    'fails an organization without %s',
    (property) => {
      const organization = buildOrganizationCtdl([], catalog()) as Record<string, unknown>;
      delete organization[property];
      expect(checkCtdlMinimumData(organization).map((problem) => problem.path)).toEqual([property]);
    },
  );
});
