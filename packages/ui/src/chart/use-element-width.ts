'use client';

import { useEffect, useRef, useState } from 'react';

/**
 * The rendered width of an element in CSS pixels, kept current by a ResizeObserver; null until
 * it has been measured (on the server and in the first client render, which must agree).
 */
export function useElementWidth<E extends HTMLElement>(): [
  React.RefObject<E | null>,
  number | null,
] {
  const ref = useRef<E | null>(null);
  const [width, setWidth] = useState<number | null>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const next = Math.round(element.getBoundingClientRect().width);
      if (next > 0) setWidth(next);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
