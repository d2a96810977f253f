// A reader of W3C Web Annotation for the tests: JSON schemas of the model's
// MUST assertions (written from the W3C Web Annotation Data Model, §3–4, the
// assertions the W3C test suite checks), validated with ajv, and a JSON-LD
// processor (jsonld, safe mode) that must expand the export without
// dropping or rejecting anything. The anno.jsonld context is given offline:
// the terms the export uses, as the W3C vocabulary defines them.
import { Ajv } from 'ajv';
import jsonld from 'jsonld';

export const ANNO = 'http://www.w3.org/ns/anno.jsonld';

/** An absolute IRI with at most one fragment. */
function isIri(s: string): boolean {
  if (/\s/.test(s) || (s.match(/#/g) ?? []).length > 1) return false;
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:/.test(s)) return false;
  return URL.canParse(s);
}

const MOTIVATIONS = ['assessing', 'bookmarking', 'classifying', 'commenting', 'describing', 'editing', 'highlighting', 'identifying', 'linking', 'moderating', 'questioning', 'replying', 'tagging'];

const oneOrMore = (schema: object) => ({ anyOf: [schema, { type: 'array', minItems: 1, items: schema }] });
const hasType = (t: string) => ({ anyOf: [{ const: t }, { type: 'array', contains: { const: t } }] });
const context = { anyOf: [{ const: ANNO }, { type: 'array', contains: { const: ANNO } }] };
const nonNegative = { type: 'integer', minimum: 0 };

const textQuoteSelector = { type: 'object', required: ['type', 'exact'], properties: { type: { const: 'TextQuoteSelector' }, exact: { type: 'string' }, prefix: { type: 'string' }, suffix: { type: 'string' } } };
const textPositionSelector = { type: 'object', required: ['type', 'start', 'end'], properties: { type: { const: 'TextPositionSelector' }, start: nonNegative, end: nonNegative } };
const specificResource = {
  type: 'object',
  required: ['source'],
  properties: { id: { type: 'string', format: 'iri' }, source: { type: 'string', format: 'iri' }, selector: oneOrMore({ anyOf: [textQuoteSelector, textPositionSelector] }) },
};
const textualBody = {
  type: 'object',
  required: ['type', 'value'],
  properties: { id: { type: 'string', format: 'iri' }, type: hasType('TextualBody'), value: { type: 'string' }, purpose: oneOrMore({ enum: MOTIVATIONS }) },
};

/** One annotation; `inPage`: its @context is the collection's. */
export const annotationSchema = (inPage: boolean) => ({
  type: 'object',
  required: [...(inPage ? [] : ['@context']), 'id', 'type', 'target'],
  properties: {
    '@context': context,
    id: { type: 'string', format: 'iri' },
    type: hasType('Annotation'),
    motivation: oneOrMore({ enum: MOTIVATIONS }),
    body: oneOrMore({ anyOf: [textualBody, { type: 'string', format: 'iri' }] }),
    target: oneOrMore({ anyOf: [specificResource, { type: 'string', format: 'iri' }] }),
  },
});

const pageSchema = {
  type: 'object',
  required: ['id', 'type', 'items'],
  properties: { id: { type: 'string', format: 'iri' }, type: hasType('AnnotationPage'), partOf: { anyOf: [{ type: 'string', format: 'iri' }, { type: 'object', required: ['id'] }] }, startIndex: nonNegative, items: { type: 'array', items: annotationSchema(true) } },
};

export const collectionSchema = {
  type: 'object',
  required: ['@context', 'id', 'type'],
  properties: {
    '@context': context,
    id: { type: 'string', format: 'iri' },
    type: hasType('AnnotationCollection'),
    total: nonNegative,
    first: { anyOf: [{ type: 'string', format: 'iri' }, pageSchema] },
    last: { anyOf: [{ type: 'string', format: 'iri' }, pageSchema] },
  },
};

const ajv = new Ajv({ allErrors: true, strict: false });
ajv.addFormat('iri', { type: 'string', validate: isIri });
const validateCollection = ajv.compile(collectionSchema);
const validateAnnotation = ajv.compile(annotationSchema(false));

/** Schema errors of a collection and of each of its annotations given alone (with the context): [] when valid. */
export function webAnnotationErrors(json: unknown): string[] {
  const errors: string[] = [];
  if (!validateCollection(json)) errors.push(...validateCollection.errors!.map((e) => `collection${e.instancePath} ${e.message}`));
  const items = ((json as { first?: { items?: unknown[] } }).first?.items ?? []) as Record<string, unknown>[];
  for (const a of items) if (!validateAnnotation({ '@context': ANNO, ...a })) errors.push(...validateAnnotation.errors!.map((e) => `${String(a.id)}${e.instancePath} ${e.message}`));
  // ids are unique: a body and an annotation never share one
  const ids = new Set<string>();
  const walk = (o: unknown): void => {
    if (Array.isArray(o)) return o.forEach(walk);
    if (!o || typeof o !== 'object') return;
    const id = (o as { id?: unknown }).id;
    if (typeof id === 'string') {
      if (ids.has(id)) errors.push(`id ${id} used twice`);
      ids.add(id);
    }
    for (const [k, v] of Object.entries(o)) if (k !== 'target') walk(v);
  };
  walk(json);
  return errors;
}

// The terms of the anno.jsonld context the export uses (W3C Web Annotation Vocabulary).
const id = (iri: string) => ({ '@type': '@id', '@id': iri });
const integer = (iri: string) => ({ '@id': iri, '@type': 'xsd:nonNegativeInteger' });
export const ANNO_CONTEXT_TERMS = {
  '@context': {
    oa: 'http://www.w3.org/ns/oa#',
    rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
    rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
    xsd: 'http://www.w3.org/2001/XMLSchema#',
    as: 'http://www.w3.org/ns/activitystreams#',
    dc: 'http://purl.org/dc/elements/1.1/',
    id: { '@type': '@id', '@id': '@id' },
    type: { '@type': '@id', '@id': '@type' },
    Annotation: 'oa:Annotation',
    TextualBody: 'oa:TextualBody',
    SpecificResource: 'oa:SpecificResource',
    TextQuoteSelector: 'oa:TextQuoteSelector',
    TextPositionSelector: 'oa:TextPositionSelector',
    AnnotationCollection: 'as:OrderedCollection',
    AnnotationPage: 'as:OrderedCollectionPage',
    ...Object.fromEntries(MOTIVATIONS.map((m) => [m, `oa:${m}`])),
    rtl: 'oa:rtlDirection',
    ltr: 'oa:ltrDirection',
    auto: 'oa:autoDirection',
    body: id('oa:hasBody'),
    target: id('oa:hasTarget'),
    source: id('oa:hasSource'),
    selector: id('oa:hasSelector'),
    items: { '@type': '@id', '@id': 'as:items', '@container': '@list' },
    partOf: id('as:partOf'),
    first: id('as:first'),
    last: id('as:last'),
    next: id('as:next'),
    motivation: { '@type': '@vocab', '@id': 'oa:motivatedBy' },
    purpose: { '@type': '@vocab', '@id': 'oa:hasPurpose' },
    textDirection: { '@type': '@vocab', '@id': 'oa:textDirection' },
    format: 'dc:format',
    language: 'dc:language',
    value: 'rdf:value',
    exact: 'oa:exact',
    prefix: 'oa:prefix',
    suffix: 'oa:suffix',
    label: 'rdfs:label',
    start: integer('oa:start'),
    end: integer('oa:end'),
    total: integer('as:totalItems'),
    startIndex: integer('as:startIndex'),
  },
};

/** Expands with a JSON-LD processor in safe mode (a relative IRI or a dropped term is an error); returns the expanded graph. */
export async function expandSafely(json: unknown): Promise<unknown[]> {
  const documentLoader = async (url: string) => {
    if (url.replace(/^https:/, 'http:') !== ANNO) throw new Error(`offline: no document ${url}`);
    return { contextUrl: undefined, documentUrl: url, document: ANNO_CONTEXT_TERMS };
  };
  return jsonld.expand(json as jsonld.JsonLdDocument, { documentLoader, safe: true } as jsonld.Options.Expand);
}
