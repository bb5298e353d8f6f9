'use client';

import type * as React from 'react';
import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { WITHIN_A_SCREEN } from '@/lib/use-near-viewport';

/**
 * A calculator rendered on the server and made interactive only when it is about to be seen or
 * touched: embedded in an answer or a glossary entry, or on its own page.
 *
 * The server renders the calculator in full, in place, so the first paint (and a reader without
 * JavaScript) gets the real thing. In the browser the island first keeps that HTML untouched: an
 * element whose content is `dangerouslySetInnerHTML` is not hydrated, and React leaves its
 * server-rendered children alone. When the calculator comes within a screen of the viewport, or
 * the reader points at it, touches it or tabs into it, its code is fetched and the island swaps
 * the server HTML for a live client render of the same component, in one task so that nothing is
 * painted in between; focus stays on the same control, with its caret or selection. The
 * calculators' JavaScript is therefore not part of the page's first load, and a long answer does
 * not pay for a calculator far below the fold until the reader gets there.
 *
 * With `activation="intent"` (a calculator's own page, where it is in view from the start) being
 * seen is not enough: the calculator goes live when the reader points at it, touches it or tabs
 * into it, or at once when the address carries a shared setup (a query string) that the server
 * HTML cannot show. A click on one of its buttons before then is not lost: it is held and
 * repeated on the live button.
 */

type AnyProps = Record<string, unknown>;
type UiModule = Record<string, unknown> & { termCalculatorComponents?: Record<string, unknown> };

/**
 * Server-side rendering needs the calculators synchronously. Next compiles `typeof window` to a
 * constant in each bundle, so the browser bundle drops this branch and with it the UI package.
 */
const serverUi: UiModule | undefined =
  typeof window === 'undefined' ? (require('@vixshield/ui') as UiModule) : undefined;

/** The component with this MDX name in the UI package (calculators and term calculators). */
function pick(ui: UiModule, name: string): React.ComponentType<AnyProps> {
  const found = ui[name] ?? ui.termCalculatorComponents?.[name];
  if (typeof found !== 'function' && (typeof found !== 'object' || found === null))
    throw new Error(`Unknown calculator component: ${name}`);
  return found as React.ComponentType<AnyProps>;
}

const FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex]';
/** events that hold a button press made before the island is live (see holdClick) */
const HELD = ['pointerdown', 'click'] as const;
const FIELDS = 'input, select, textarea';

type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

type Selection = { start: number; end: number; direction: 'forward' | 'backward' | 'none' };

/**
 * The caret or selection in a text field (null for other elements). A reader who tapped a field
 * and selected its text to retype it must find the same selection in the live field, or the next
 * digits are appended to the old value ("6385" + "6500").
 */
function selectionOf(element: Element | null): Selection | null {
  if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)) return null;
  const { selectionStart: start, selectionEnd: end, selectionDirection } = element;
  if (start === null || end === null) return null;
  return { start, end, direction: selectionDirection ?? 'none' };
}

/** What the reader changed in the server-rendered fields before the island went live. */
function editedFields(root: HTMLElement): { index: number; value: string; checked: boolean }[] {
  return [...root.querySelectorAll<Field>(FIELDS)].flatMap((field, index) => {
    if (field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio'))
      return field.checked !== field.defaultChecked
        ? [{ index, value: field.value, checked: field.checked }]
        : [];
    const initial =
      field instanceof HTMLSelectElement
        ? ([...field.options].find((o) => o.defaultSelected)?.value ?? field.options[0]?.value)
        : field.defaultValue;
    return field.value !== initial ? [{ index, value: field.value, checked: false }] : [];
  });
}

/**
 * Types the reader's edits into the live fields the way a browser would (native value setter,
 * then an input or click event), so the calculator's own handlers see them and recompute.
 */
function replayEdits(root: HTMLElement, edits: ReturnType<typeof editedFields>): void {
  const fields = [...root.querySelectorAll<Field>(FIELDS)];
  for (const edit of edits) {
    const field = fields[edit.index];
    if (!field) continue;
    if (
      field instanceof HTMLInputElement &&
      (field.type === 'checkbox' || field.type === 'radio')
    ) {
      if (field.checked !== edit.checked) field.click();
      continue;
    }
    const prototype = Object.getPrototypeOf(field) as object;
    Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(field, edit.value);
    field.dispatchEvent(
      new Event(field instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }),
    );
  }
}

export function CalculatorIsland({
  name,
  activation = 'view',
  ...props
}: { name: string; activation?: 'view' | 'intent' } & AnyProps) {
  const box = useRef<HTMLDivElement>(null);
  const [Live, setLive] = useState<React.ComponentType<AnyProps> | null>(null);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    let started = false;
    let cancelled = false;
    let observer: IntersectionObserver | undefined;
    /** the index among the focusable elements of a button clicked before the island went live */
    let heldClick = -1;
    const events = ['pointerenter', 'focusin', 'touchstart'] as const;

    // A press on a button is held from pointerdown: if the live calculator replaces the button
    // between the press and the release, the browser fires no click at all.
    const holdClick = (event: Event) => {
      const button = (event.target as Element | null)?.closest('button');
      if (!button || !element.contains(button)) return;
      if (event.type === 'click') event.preventDefault();
      heldClick = [...element.querySelectorAll<HTMLElement>(FOCUSABLE)].indexOf(button);
      activate();
    };

    const activate = () => {
      if (started) return;
      started = true;
      observer?.disconnect();
      for (const type of events) element.removeEventListener(type, activate);
      import('@vixshield/ui')
        .then((ui) => {
          if (cancelled) return;
          const Component = pick(ui as unknown as UiModule, name);
          const focusables = [...element.querySelectorAll<HTMLElement>(FOCUSABLE)];
          const focused = focusables.indexOf(document.activeElement as HTMLElement);
          const selection = selectionOf(document.activeElement);
          const edits = editedFields(element);
          // The server HTML is not React's (see above): clear it, then render the live
          // calculator synchronously, before the browser can paint the empty box. Whatever the
          // reader already typed is carried over, and focus stays where it was.
          element.replaceChildren();
          flushSync(() => setLive(() => Component));
          if (edits.length > 0) flushSync(() => replayEdits(element, edits));
          if (focused >= 0) {
            const target = element.querySelectorAll<HTMLElement>(FOCUSABLE)[focused];
            target?.focus();
            if (selection && selectionOf(target ?? null))
              (target as HTMLInputElement).setSelectionRange(
                selection.start,
                selection.end,
                selection.direction,
              );
          }
          for (const type of HELD) element.removeEventListener(type, holdClick, true);
          if (heldClick >= 0) element.querySelectorAll<HTMLElement>(FOCUSABLE)[heldClick]?.click();
        })
        .catch((error: unknown) => {
          console.warn(`The ${name} could not be made interactive`, error);
        });
    };

    // Nothing from the server to show (a client-side navigation): render it straight away.
    if (!element.hasChildNodes() || typeof IntersectionObserver === 'undefined') {
      activate();
      return;
    }
    // Touched before this code ran (a tap while the page was still loading): the reader is
    // already in a field or has typed, and no later event may come to make it live.
    if (element.contains(document.activeElement) || editedFields(element).length > 0) {
      activate();
      return;
    }
    if (activation === 'intent') {
      if (window.location.search) {
        activate();
        return;
      }
      for (const type of HELD) element.addEventListener(type, holdClick, true);
    } else {
      observer = new IntersectionObserver(
        (entries) => {
          if (entries.some((entry) => entry.isIntersecting)) activate();
        },
        { rootMargin: WITHIN_A_SCREEN },
      );
      observer.observe(element);
    }
    for (const type of events) element.addEventListener(type, activate, { passive: true });
    return () => {
      cancelled = true;
      observer?.disconnect();
      for (const type of HELD) element.removeEventListener(type, holdClick, true);
      for (const type of events) element.removeEventListener(type, activate);
    };
  }, [name, activation]);

  if (serverUi) {
    const Component = pick(serverUi, name);
    return (
      <div ref={box} className="calculator-island" data-calculator={name}>
        <Component {...props} />
      </div>
    );
  }
  if (!Live) {
    return (
      <div
        ref={box}
        className="calculator-island"
        data-calculator={name}
        suppressHydrationWarning
        // biome-ignore lint/security/noDangerouslySetInnerHtml: an empty string, so that React keeps the server-rendered calculator as it is until it is activated
        dangerouslySetInnerHTML={{ __html: '' }}
      />
    );
  }
  return (
    <div ref={box} className="calculator-island" data-calculator={name} data-live="">
      <Live {...props} />
    </div>
  );
}
