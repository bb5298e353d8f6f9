import { type RefObject, useEffect, useState } from 'react';

/** How near is near: within one screen's height above or below the viewport. */
export const WITHIN_A_SCREEN = '100% 0px';

/**
 * True once the element has come within a screen of the viewport (and from then on), for a
 * section below the fold whose data or code need not load until the reader heads there. Where
 * IntersectionObserver is missing it is true at once.
 */
export function useNearViewport(element: RefObject<Element | null>): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const target = element.current;
    if (near || !target) return;
    if (typeof IntersectionObserver === 'undefined') {
      setNear(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: WITHIN_A_SCREEN },
    );
    observer.observe(target);
    return () => observer.disconnect();
  }, [element, near]);
  return near;
}
