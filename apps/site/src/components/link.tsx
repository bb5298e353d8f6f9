import type * as React from 'react';

type LinkProps = Omit<React.AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { href: string };

/**
 * The site's one internal link: a plain anchor. Client-side navigation and prefetching are done
 * for every link on the page at once by `LinkNavigation` (mounted in the root layout), so a link
 * costs nothing to hydrate. With `next/link` each of the ~55 links of an answer was a component
 * with its own hooks and effects, a quarter of the page's JavaScript time at load (880 → 640 ms
 * of script on a 4× slowed CPU), and every link on screen prefetched its page on sight (twenty
 * payloads on an answer's first screen). Biome's `noRestrictedImports` keeps `next/link` out.
 */
export function Link({ href, ...props }: LinkProps) {
  return <a href={href} {...props} />;
}
