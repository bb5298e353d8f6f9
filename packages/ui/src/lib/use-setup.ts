'use client';

import { useMemo } from 'react';

/**
 * Splits a calculator's props into its setup (the initial values named by `keys`) and the rest
 * (the `<section>` attributes), and turns the setup into the field texts it starts from. The
 * texts are recomputed only when a setup value changes, compared by value, so arrays such as
 * strikes or layers written inline in MDX do not reset the calculator on every render.
 */
export function useSetup<P extends object, K extends keyof P & string, T>(
  props: P,
  keys: readonly K[],
  toTexts: (setup: Pick<P, K>) => T,
): { initial: T; rest: Omit<P, K> } {
  const setup: Partial<Pick<P, K>> = {};
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    if ((keys as readonly string[]).includes(key)) (setup as Record<string, unknown>)[key] = value;
    else rest[key] = value;
  }
  const setupKey = JSON.stringify(setup);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the setup is compared by value (setupKey).
  const initial = useMemo(() => toTexts(setup as Pick<P, K>), [setupKey, toTexts]);
  return { initial, rest: rest as Omit<P, K> };
}
