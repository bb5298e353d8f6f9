/**
 * Which clicks on a link the site navigates itself (client-side, through Next's router) and
 * which it leaves to the browser. The same rules as `next/link`'s own click handler, for links
 * that are plain anchors (see components/link.tsx).
 */

/** Where the reader is: the parts of `window.location` the rules need. */
export interface Here {
  href: string;
  origin: string;
  pathname: string;
  search: string;
}

/** What a link says about itself: its `href`, `target`, `download` and `rel`. */
export interface LinkAttributes {
  href: string;
  target?: string | null;
  download?: boolean;
  rel?: string | null;
}

/** The state of the click itself. */
export interface ClickState {
  button: number;
  metaKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  defaultPrevented: boolean;
}

/**
 * The internal page a link leads to (path and query, and the fragment when `withHash`), or null
 * when the browser should handle it: another origin or scheme, a new window, a download, a
 * route that is not a page (the API, build files, feeds and images), or a fragment of the page
 * already shown (an in-page jump the browser does best).
 */
export function internalPage(
  link: LinkAttributes,
  here: Here,
  { withHash }: { withHash: boolean },
): string | null {
  if (link.target && link.target !== '_self') return null;
  if (link.download) return null;
  if (link.rel?.split(/\s+/).includes('external')) return null;
  let url: URL;
  try {
    url = new URL(link.href, here.href);
  } catch {
    return null;
  }
  if (url.origin !== here.origin) return null;
  const samePage = url.pathname === here.pathname && url.search === here.search;
  if (samePage && url.hash) return null;
  if (/^\/(api|_next)\//.test(url.pathname) || /\.[a-z0-9]+$/i.test(url.pathname)) return null;
  return `${url.pathname}${url.search}${withHash ? url.hash : ''}`;
}

/** A plain left click that no handler has claimed: a new tab or window is the browser's. */
export function isPlainClick(click: ClickState): boolean {
  return (
    !click.defaultPrevented &&
    click.button === 0 &&
    !click.metaKey &&
    !click.ctrlKey &&
    !click.shiftKey &&
    !click.altKey
  );
}
