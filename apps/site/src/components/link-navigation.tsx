'use client';

import { useRouter } from 'next/navigation';
import { startTransition, useEffect } from 'react';
import { internalPage, isPlainClick, type LinkAttributes } from '@/lib/link-target';

/** Events that show a reader is about to follow a link: a pointer over it, a touch, a tab. */
const INTENT = ['pointerover', 'touchstart', 'focusin'] as const;

function anchorOf(event: Event): HTMLAnchorElement | null {
  const anchor = (event.target as Element | null)?.closest?.('a[href]');
  return anchor instanceof HTMLAnchorElement ? anchor : null;
}

function attributesOf(anchor: HTMLAnchorElement): LinkAttributes {
  return {
    href: anchor.href,
    target: anchor.getAttribute('target'),
    download: anchor.hasAttribute('download'),
    rel: anchor.getAttribute('rel'),
  };
}

/**
 * Client-side navigation for every internal link on the page (components/link.tsx), with one
 * set of listeners on the document instead of a component per link: a plain click on a link to
 * one of the site's pages goes through Next's router, as `next/link` would, and the page behind
 * a link is prefetched when the reader shows intent to follow it (pointer over it, touch,
 * keyboard focus), once per page view. Everything else (a new tab, a download, another site, a
 * jump within the page) is left to the browser.
 */
export function LinkNavigation() {
  const router = useRouter();

  useEffect(() => {
    const prefetched = new Set<string>();
    const onIntent = (event: Event) => {
      const anchor = anchorOf(event);
      if (!anchor) return;
      const page = internalPage(attributesOf(anchor), window.location, { withHash: false });
      if (!page || prefetched.has(page)) return;
      prefetched.add(page);
      router.prefetch(page);
    };
    // Bubbling, so a component's own click handler runs first and can claim the click.
    const onClick = (event: MouseEvent) => {
      const anchor = anchorOf(event);
      if (!anchor || !isPlainClick(event)) return;
      const page = internalPage(attributesOf(anchor), window.location, { withHash: true });
      if (!page) return;
      event.preventDefault();
      startTransition(() => router.push(page));
    };
    const passive = { capture: true, passive: true } as const;
    for (const type of INTENT) document.addEventListener(type, onIntent, passive);
    document.addEventListener('click', onClick);
    return () => {
      for (const type of INTENT) document.removeEventListener(type, onIntent, passive);
      document.removeEventListener('click', onClick);
    };
  }, [router]);

  return null;
}
