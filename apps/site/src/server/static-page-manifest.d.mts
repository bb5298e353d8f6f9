export interface PageHeaders {
  etag: string;
  /** Every header but Content-Encoding and Content-Length, which depend on the encoding sent. */
  headers: Record<string, string>;
}

export interface StaticPageEntry extends PageHeaders {
  files: { identity: string; br: string; gzip: string };
}

export interface StaticPageManifest {
  version: 1;
  pages: Record<string, StaticPageEntry>;
}

export declare const PAGE_VARY: string;
export declare const PRERENDERED_CACHE_CONTROL: string;
export declare function compressPage(html: Buffer): Promise<{ br: Buffer; gzip: Buffer }>;
export declare function pageHeaders(page: {
  html: Buffer;
  prerenderHeaders: Record<string, string>;
}): PageHeaders;
export declare function pageManifestEntry(page: {
  html: Buffer;
  metaHeaders: Record<string, string>;
  files: StaticPageEntry['files'];
}): StaticPageEntry;
