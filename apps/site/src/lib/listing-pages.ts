import { pagedLists } from './listings';
import { parsePageParam } from './pagination';

/**
 * The later pages of the paged listings (`/ask/page/n`, `/ask/category/…/page/n`,
 * `/ask/tag/…/page/n`, `/glossary/…/answers/page/n`) are not prerendered: at 2,000 answers they
 * are 1,185 of 3,477 pages, a third of static generation, for pages few readers open. Each is
 * rendered on its first request and kept (their routes' generateStaticParams lists none), then
 * sent like a prerendered page (server/on-demand-pages.mjs).
 *
 * Next keeps whatever such a route renders under its path, a 404 included, so every address
 * past a listing's end would be stored for good. The proxy answers those 404 itself, before Next
 * renders anything, from the page counts here: the same listings the pages render.
 */

let counts: Map<string, number> | undefined;

/** Each paged list's address (its first page) and how many pages it has. */
function listPageCounts(): Map<string, number> {
  counts ??= new Map(pagedLists().map((list) => [list.base, list.pageCount]));
  return counts;
}

const LATER_PAGE =
  /^(\/(?:ask|ask\/category\/[^/]+|ask\/tag\/[^/]+|glossary\/[^/]+\/answers))\/page\/([^/]+)\/?$/;

/**
 * What a path is among the listings' later pages: 'page' for one that exists, 'missing' for an
 * address of that shape that is not a page (past the end, "1", "02", an unknown listing), null
 * for any other path.
 */
export function laterListingPage(pathname: string): 'page' | 'missing' | null {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const match = LATER_PAGE.exec(path);
  if (!match) return null;
  const count = listPageCounts().get(match[1] ?? '');
  const n = parsePageParam(match[2] ?? '');
  return count !== undefined && n !== undefined && n <= count ? 'page' : 'missing';
}
