/**
 * A check of JSON-LD against the part of the schema.org vocabulary this site uses: every node's
 * @type must be a known type, every property must belong to that type (or a type it inherits
 * from, per schema.org), nested nodes are checked the same way, and the properties Google's
 * structured-data guidelines require for each type must be present. The property lists are
 * taken from the type pages on schema.org (Thing → CreativeWork → Article, and so on).
 */

const THING = [
  'name',
  'description',
  'url',
  'image',
  'alternateName',
  'sameAs',
  'potentialAction',
  'mainEntityOfPage',
  'identifier',
];
const CREATIVE_WORK = [
  ...THING,
  'headline',
  'author',
  'publisher',
  'datePublished',
  'dateModified',
  'inLanguage',
  'keywords',
  'isPartOf',
  'isBasedOn',
  'about',
  'isAccessibleForFree',
  'citation',
];

export const SCHEMA_TYPES: Record<string, readonly string[]> = {
  Article: [...CREATIVE_WORK, 'articleSection', 'wordCount', 'articleBody'],
  Book: [...CREATIVE_WORK, 'isbn', 'bookEdition'],
  WebSite: [...CREATIVE_WORK],
  DefinedTermSet: [...CREATIVE_WORK, 'hasDefinedTerm'],
  DefinedTerm: [...THING, 'termCode', 'inDefinedTermSet'],
  Organization: [...THING, 'logo', 'email', 'founder'],
  ImageObject: [...CREATIVE_WORK, 'contentUrl', 'width', 'height', 'caption', 'encodingFormat'],
  Person: [...THING, 'jobTitle', 'affiliation'],
  BreadcrumbList: [...THING, 'itemListElement', 'numberOfItems', 'itemListOrder'],
  ListItem: [...THING, 'position', 'item', 'nextItem', 'previousItem'],
  SearchAction: [...THING, 'target', 'query', 'query-input'],
  EntryPoint: [...THING, 'urlTemplate', 'actionPlatform'],
};

/** Properties each type must have for search engines to use it. */
const REQUIRED: Record<string, readonly string[]> = {
  Article: ['headline', 'image', 'datePublished', 'author', 'publisher'],
  BreadcrumbList: ['itemListElement'],
  ListItem: ['position', 'name', 'item'],
  DefinedTerm: ['name', 'url'],
  DefinedTermSet: ['name', 'url'],
  Organization: ['name', 'url'],
  WebSite: ['name', 'url'],
  SearchAction: ['target', 'query-input'],
  EntryPoint: ['urlTemplate'],
  Book: ['name', 'author'],
  Person: ['name'],
  ImageObject: ['url'],
};

/**
 * Properties that must carry a whole node, not a bare @id reference: a search engine reads the
 * publisher's name and logo from the page in hand, so an Article naming its publisher only by
 * @id has, for it, no publisher name or logo.
 */
const DEFINED_IN_PLACE: Record<string, Record<string, { type: string; required: string[] }>> = {
  Article: { publisher: { type: 'Organization', required: ['name', 'logo'] } },
  DefinedTermSet: { publisher: { type: 'Organization', required: ['name', 'logo'] } },
  Organization: { logo: { type: 'ImageObject', required: ['url', 'width', 'height'] } },
};

const URL_PROPERTIES = new Set([
  'url',
  'item',
  'logo',
  'image',
  'mainEntityOfPage',
  'contentUrl',
  '@id',
]);
const DATE_PROPERTIES = new Set(['datePublished', 'dateModified']);

export interface SchemaNode {
  '@type'?: string;
  '@id'?: string;
  [key: string]: unknown;
}

function isNode(value: unknown): value is SchemaNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Problems found in one JSON-LD document; an empty list means it is valid. */
export function validateJsonLd(doc: unknown, origin: string): string[] {
  const problems: string[] = [];
  if (!isNode(doc)) return ['the document is not an object'];
  if (doc['@context'] !== 'https://schema.org') problems.push('@context is not https://schema.org');
  const roots = Array.isArray(doc['@graph']) ? (doc['@graph'] as unknown[]) : [doc];
  for (const [i, node] of roots.entries()) checkNode(node, `@graph[${i}]`, origin, problems, true);
  return problems;
}

function checkNode(node: unknown, path: string, origin: string, problems: string[], root = false) {
  if (!isNode(node)) {
    problems.push(`${path}: expected an object`);
    return;
  }
  const type = node['@type'];
  if (type === undefined) {
    // A reference to a node described elsewhere: { "@id": "…" } and nothing else.
    const keys = Object.keys(node).filter((k) => k !== '@context');
    if (keys.length !== 1 || typeof node['@id'] !== 'string')
      problems.push(`${path}: a node without @type must be a plain @id reference`);
    else checkUrl(node['@id'], `${path}.@id`, origin, problems);
    return;
  }
  if (typeof type !== 'string' || !(type in SCHEMA_TYPES)) {
    problems.push(`${path}: unknown or unexpected @type ${JSON.stringify(type)}`);
    return;
  }
  const allowed = new Set([
    ...(SCHEMA_TYPES[type] ?? []),
    '@type',
    '@id',
    ...(root ? ['@context'] : []),
  ]);
  for (const [key, value] of Object.entries(node)) {
    if (!allowed.has(key)) problems.push(`${path}: ${type} has no property "${key}" in schema.org`);
    const values = Array.isArray(value) ? value : [value];
    for (const [j, item] of values.entries()) {
      const at = Array.isArray(value) ? `${path}.${key}[${j}]` : `${path}.${key}`;
      if (isNode(item)) checkNode(item, at, origin, problems);
      else if (URL_PROPERTIES.has(key)) checkUrl(item, at, origin, problems);
      else if (DATE_PROPERTIES.has(key) && !/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/.test(String(item)))
        problems.push(`${at}: not an ISO 8601 date: ${String(item)}`);
      else if (typeof item === 'string' && item.trim() === '') problems.push(`${at}: empty text`);
    }
  }
  for (const [key, rule] of Object.entries(DEFINED_IN_PLACE[type] ?? {})) {
    const value = node[key];
    if (value === undefined) continue;
    if (!isNode(value) || value['@type'] !== rule.type)
      problems.push(`${path}.${key}: must be a whole ${rule.type} node, not a reference`);
    else
      for (const field of rule.required)
        if (value[field] === undefined)
          problems.push(`${path}.${key}: ${rule.type} lacks "${field}"`);
  }
  for (const key of REQUIRED[type] ?? []) {
    if (node[key] === undefined || node[key] === null || node[key] === '')
      problems.push(`${path}: ${type} lacks required "${key}"`);
  }
  if (type === 'BreadcrumbList') {
    const items = node.itemListElement;
    if (!Array.isArray(items) || items.length === 0)
      problems.push(`${path}: empty breadcrumb list`);
    else
      for (const [i, item] of items.entries()) {
        if (isNode(item) && item.position !== i + 1)
          problems.push(
            `${path}.itemListElement[${i}]: position ${String(item.position)}, expected ${i + 1}`,
          );
      }
  }
}

function checkUrl(value: unknown, path: string, origin: string, problems: string[]) {
  if (typeof value !== 'string') {
    problems.push(`${path}: a URL must be a string`);
    return;
  }
  try {
    const url = new URL(value);
    if (url.origin !== origin)
      problems.push(`${path}: ${value} is not on the canonical origin ${origin}`);
  } catch {
    problems.push(`${path}: not an absolute URL: ${value}`);
  }
}

/** Every node in a document, nested ones included, for assertions about what is there. */
export function allNodes(doc: unknown): SchemaNode[] {
  const found: SchemaNode[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (isNode(value)) {
      if (value['@type']) found.push(value);
      Object.values(value).forEach(walk);
    }
  };
  walk(doc);
  return found;
}

/**
 * @id references on a page that no JSON-LD document of the same page defines. Each page must
 * stand on its own: a crawler does not fetch the home page to learn what "#organization" is.
 */
export function unresolvedReferences(docs: readonly unknown[]): string[] {
  const defined = new Set<string>();
  const referenced = new Set<string>();
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (isNode(value)) {
      const id = value['@id'];
      if (typeof id === 'string') {
        const keys = Object.keys(value).filter((k) => k !== '@context');
        if (keys.length === 1) referenced.add(id);
        else defined.add(id);
      }
      Object.values(value).forEach(walk);
    }
  };
  docs.forEach(walk);
  return [...referenced].filter((id) => !defined.has(id)).sort();
}
