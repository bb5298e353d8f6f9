/**
 * Paginated listings with real URLs: page 1 lives at the listing's own address (`/ask`), later
 * pages under `/page/n` (`/ask/page/2`), so every page has its own canonical URL.
 */

/** Answers per listing page: four rows of three cards on a wide screen. */
export const PAGE_SIZE = 12;

export interface Page<T> {
  items: T[];
  /** 1-based number of this page. */
  page: number;
  pageCount: number;
  total: number;
  /** 1-based position of the first item on this page (0 when the list is empty). */
  from: number;
  /** 1-based position of the last item on this page (0 when the list is empty). */
  to: number;
}

/** How many pages `total` items fill; an empty list still has one (empty) page. */
export function pageCount(total: number, size: number = PAGE_SIZE): number {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`page size must be ≥ 1: ${size}`);
  return Math.max(1, Math.ceil(Math.max(0, total) / size));
}

/** The items of page `page` (1-based). Returns undefined for a page that does not exist. */
export function paginate<T>(
  items: readonly T[],
  page: number,
  size: number = PAGE_SIZE,
): Page<T> | undefined {
  const count = pageCount(items.length, size);
  if (!Number.isInteger(page) || page < 1 || page > count) return undefined;
  const start = (page - 1) * size;
  const slice = items.slice(start, start + size);
  return {
    items: slice,
    page,
    pageCount: count,
    total: items.length,
    from: slice.length > 0 ? start + 1 : 0,
    to: start + slice.length,
  };
}

/** The URL of page `page` of the listing at `base`: the base itself for page 1. */
export function pageHref(base: string, page: number): string {
  const root = base === '/' ? '' : base.replace(/\/+$/, '');
  return page <= 1 ? root || '/' : `${root}/page/${page}`;
}

/**
 * Parses the `[page]` segment of `/…/page/[page]`. Only canonical numbers from 2 up are pages
 * ("1" is the listing itself, "02" and "2.0" are not canonical); anything else is undefined.
 */
export function parsePageParam(value: string): number | undefined {
  if (!/^[1-9]\d*$/.test(value)) return undefined;
  const page = Number(value);
  return page >= 2 && Number.isSafeInteger(page) ? page : undefined;
}

export type PageLink = { kind: 'page'; page: number } | { kind: 'gap'; key: string };

/**
 * The page numbers a pager shows: always the first and last, the current page and `spread`
 * neighbours on each side, with gaps ("…") where numbers are skipped. A gap never stands for a
 * single page: that page is shown instead, so the pager's width stays stable.
 */
export function pageLinks(current: number, count: number, spread = 1): PageLink[] {
  if (count <= 1) return [{ kind: 'page', page: 1 }];
  const shown = new Set<number>([1, count]);
  for (let p = current - spread; p <= current + spread; p += 1) {
    if (p >= 1 && p <= count) shown.add(p);
  }
  const sorted = [...shown].sort((a, b) => a - b);
  const links: PageLink[] = [];
  let previous = 0;
  for (const page of sorted) {
    if (page - previous === 2) links.push({ kind: 'page', page: previous + 1 });
    else if (page - previous > 2) links.push({ kind: 'gap', key: `gap-${previous}-${page}` });
    links.push({ kind: 'page', page });
    previous = page;
  }
  return links;
}
