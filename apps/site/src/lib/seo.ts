import type { Metadata } from 'next';
import type {
  Article,
  Book,
  BreadcrumbList,
  DefinedTerm,
  DefinedTermSet,
  Graph,
  ImageObject,
  Organization,
  Person,
  SearchAction,
  Thing,
  WebSite,
  WithActionConstraints,
} from 'schema-dts';
import { site as siteSettings } from './site';

/**
 * Search-engine and sharing metadata: one helper for every page's <head> (title, description,
 * canonical URL, Open Graph, Twitter card) and builders for the JSON-LD graph. Types come from
 * schema-dts, generated from the schema.org vocabulary, so a misspelt property or a value of
 * the wrong type fails the type check.
 */

export interface SiteIdentity {
  /** Canonical origin without a trailing slash, e.g. https://ask.vixshield.com */
  url: string;
  name: string;
  description: string;
  locale: string;
}

/** Paths are site-relative ("/ask/x"); JSON-LD and feeds need absolute URLs. */
export function absoluteUrl(origin: string, path: string): string {
  if (/^https?:\/\//.test(path)) return path;
  const base = origin.replace(/\/+$/, '');
  if (path === '' || path === '/') return `${base}/`;
  return `${base}${path.startsWith('/') ? path : `/${path}`}`;
}

/** Cuts text to at most `max` characters at a word boundary, with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

export const FEED_PATH = '/feed.xml';

/** The site's sharing card (src/app/opengraph-image.tsx), for pages without one of their own. */
export const SITE_CARD = { url: '/opengraph-image', width: 1200, height: 630 } as const;

export interface PageMetadataInput {
  /** The page's own title; the layout's template appends the site name in <title>. */
  title: string;
  description: string;
  /** Site-relative canonical path of the page. */
  path: string;
  type?: 'website' | 'article';
  /** For articles: ISO publication date, section (category) and tags. */
  publishedTime?: string;
  modifiedTime?: string;
  section?: string;
  tags?: string[];
  authors?: string[];
  /** Keep the page out of search results (internal search, forms). */
  noIndex?: boolean;
  /**
   * The page has an `opengraph-image` file of its own (answers, terms). Its card must then not be
   * named here: Next lets images set in metadata win over the file.
   */
  ownImage?: boolean;
}

/**
 * Metadata for one page. Open Graph and Twitter objects are replaced, not merged, by Next when a
 * page sets them, so every page gets complete ones from here, with the site card unless the page
 * has a card of its own (`ownImage`).
 */
export function pageMetadata(
  input: PageMetadataInput,
  siteName: string,
  locale: string,
  twitterSite: string = siteSettings.twitterHandle,
): Metadata {
  const description = truncate(input.description, 300);
  const images = input.ownImage
    ? undefined
    : [{ ...SITE_CARD, alt: `${siteName}: ${input.title}` }];
  const withImages = images ? { images } : {};
  const openGraph: NonNullable<Metadata['openGraph']> =
    input.type === 'article'
      ? {
          type: 'article',
          title: input.title,
          description,
          url: input.path,
          siteName,
          locale: locale.replace('-', '_'),
          ...(input.publishedTime ? { publishedTime: input.publishedTime } : {}),
          ...(input.modifiedTime ? { modifiedTime: input.modifiedTime } : {}),
          ...(input.section ? { section: input.section } : {}),
          ...(input.tags ? { tags: input.tags } : {}),
          ...(input.authors ? { authors: input.authors } : {}),
          ...withImages,
        }
      : {
          type: 'website',
          title: input.title,
          description,
          url: input.path,
          siteName,
          locale: locale.replace('-', '_'),
          ...withImages,
        };
  return {
    title: input.title,
    description,
    alternates: {
      canonical: input.path,
      types: { 'application/rss+xml': [{ url: FEED_PATH, title: `${siteName} answers` }] },
    },
    openGraph,
    twitter: {
      card: 'summary_large_image',
      site: twitterSite,
      title: input.title,
      description,
      ...withImages,
    },
    ...(input.noIndex ? { robots: { index: false, follow: true } } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// JSON-LD

export function organizationId(origin: string): string {
  return `${absoluteUrl(origin, '/')}#organization`;
}

export function websiteId(origin: string): string {
  return `${absoluteUrl(origin, '/')}#website`;
}

export function glossarySetId(origin: string): string {
  return `${absoluteUrl(origin, '/glossary')}#glossary`;
}

export interface LogoImage {
  /** Site-relative path of a square raster logo. */
  path: string;
  /** Its width and height in pixels. */
  size: number;
}

/** The publisher's logo as search engines want it: an absolute URL with its pixel size. */
export function logoLd(site: SiteIdentity, logo: LogoImage = siteSettings.logo): ImageObject {
  const url = absoluteUrl(site.url, logo.path);
  return {
    '@type': 'ImageObject',
    url,
    contentUrl: url,
    // schema.org types width and height as Distance (text); a bare number of pixels is what
    // search engines read from it.
    width: String(logo.size),
    height: String(logo.size),
    caption: `${site.name} logo`,
  };
}

/**
 * The publisher: who stands behind every page. Every page that names the publisher carries this
 * whole node (name, URL, logo) with its @id, so a reader of one page's markup (a search engine
 * reads each page on its own) never meets a bare reference it cannot resolve.
 */
export function organizationLd(
  site: SiteIdentity,
  logo: LogoImage = siteSettings.logo,
): Organization {
  return {
    '@type': 'Organization',
    '@id': organizationId(site.url),
    name: site.name,
    url: absoluteUrl(site.url, '/'),
    logo: logoLd(site, logo),
    description: site.description,
  };
}

/** The site as the page it is part of: enough to name it without the home page's full node. */
export function websiteRefLd(site: SiteIdentity): WebSite {
  return {
    '@type': 'WebSite',
    '@id': websiteId(site.url),
    name: site.name,
    url: absoluteUrl(site.url, '/'),
  };
}

/** The site with its search: /search?q=… answers any query. */
export function websiteLd(site: SiteIdentity): WebSite {
  const search: WithActionConstraints<SearchAction> = {
    '@type': 'SearchAction',
    target: {
      '@type': 'EntryPoint',
      urlTemplate: `${absoluteUrl(site.url, '/search')}?q={search_term_string}`,
    },
    'query-input': 'required name=search_term_string',
  };
  return {
    '@type': 'WebSite',
    '@id': websiteId(site.url),
    name: site.name,
    url: absoluteUrl(site.url, '/'),
    description: site.description,
    inLanguage: site.locale,
    publisher: { '@id': organizationId(site.url) },
    potentialAction: search,
  };
}

export interface Crumb {
  name: string;
  /** Site-relative path. */
  path: string;
}

/** Home › … › the page itself; every item carries its absolute URL. */
export function breadcrumbLd(origin: string, crumbs: readonly Crumb[]): BreadcrumbList {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.name,
      item: absoluteUrl(origin, crumb.path),
    })),
  };
}

export interface ArticleLdInput {
  title: string;
  summary: string;
  path: string;
  /** ISO date of publication. */
  date: string;
  author: string;
  category: string;
  tags: string[];
  wordCount: number;
  imagePath: string;
  basedOn?: { title: string; author: string } | undefined;
  /** Glossary terms the answer explains. */
  about: { name: string; path: string }[];
  /** The glossary's name, for the set those terms belong to. */
  glossaryName: string;
}

/** Bylines like "VixShield Research Team" are organisations, not people. */
export function authorLd(name: string, origin: string): Organization | Person {
  return /\b(team|desk|staff|editors?|research)\b/i.test(name)
    ? { '@type': 'Organization', name, url: absoluteUrl(origin, '/') }
    : { '@type': 'Person', name };
}

/**
 * An answer is an editorial Article, not a QAPage: readers can send questions but cannot post
 * competing answers, which is what QAPage describes. The question is the headline.
 */
export function articleLd(site: SiteIdentity, input: ArticleLdInput): Article {
  const url = absoluteUrl(site.url, input.path);
  const book: Book | undefined = input.basedOn
    ? {
        '@type': 'Book',
        name: input.basedOn.title,
        author: { '@type': 'Person', name: input.basedOn.author },
      }
    : undefined;
  // The glossary is named in place, like the publisher: the answer's page does not define it.
  const glossary: DefinedTermSet = {
    '@type': 'DefinedTermSet',
    '@id': glossarySetId(site.url),
    name: input.glossaryName,
    url: absoluteUrl(site.url, '/glossary'),
  };
  const about: DefinedTerm[] = input.about.map((term, i) => ({
    '@type': 'DefinedTerm',
    name: term.name,
    url: absoluteUrl(site.url, term.path),
    // Whole on the first term, by @id on the rest: once on the page is enough.
    inDefinedTermSet: i === 0 ? glossary : { '@id': glossarySetId(site.url) },
  }));
  return {
    '@type': 'Article',
    '@id': `${url}#article`,
    headline: truncate(input.title, 110),
    name: input.title,
    description: input.summary,
    url,
    mainEntityOfPage: url,
    image: absoluteUrl(site.url, input.imagePath),
    datePublished: input.date.slice(0, 10),
    dateModified: input.date.slice(0, 10),
    author: authorLd(input.author, site.url),
    publisher: organizationLd(site),
    isPartOf: websiteRefLd(site),
    articleSection: input.category,
    keywords: input.tags.join(', '),
    wordCount: input.wordCount,
    inLanguage: site.locale,
    isAccessibleForFree: true,
    ...(book ? { isBasedOn: book } : {}),
    ...(about.length > 0 ? { about } : {}),
  };
}

export interface TermLdInput {
  name: string;
  aliases: string[];
  definition: string;
  path: string;
  category: string;
}

export function definedTermSetLd(
  site: SiteIdentity,
  name: string,
  terms?: readonly TermLdInput[],
): DefinedTermSet {
  return {
    '@type': 'DefinedTermSet',
    '@id': glossarySetId(site.url),
    name,
    url: absoluteUrl(site.url, '/glossary'),
    inLanguage: site.locale,
    publisher: organizationLd(site),
    ...(terms
      ? {
          hasDefinedTerm: terms.map((term) => ({
            '@type': 'DefinedTerm',
            name: term.name,
            url: absoluteUrl(site.url, term.path),
          })),
        }
      : {}),
  };
}

/** One glossary entry, placed in the glossary's DefinedTermSet. */
export function definedTermLd(site: SiteIdentity, setName: string, term: TermLdInput): DefinedTerm {
  const url = absoluteUrl(site.url, term.path);
  return {
    '@type': 'DefinedTerm',
    '@id': `${url}#term`,
    name: term.name,
    description: term.definition,
    url,
    termCode: term.path.split('/').pop() ?? term.name,
    ...(term.aliases.length > 0 ? { alternateName: term.aliases } : {}),
    inDefinedTermSet: definedTermSetLd(site, setName),
  };
}

/** Several nodes in one script: `{ "@context": …, "@graph": [...] }`. */
export function graphLd(...nodes: Thing[]): Graph {
  return { '@context': 'https://schema.org', '@graph': nodes };
}

/**
 * JSON for a <script type="application/ld+json">. `<` is escaped so that no string in the data
 * (a title containing "</script>") can end the script element early.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
