/**
 * Runs `task` once the browser is idle after the page has loaded (or after `timeout` ms at the
 * latest), for work a reader does not wait for: beacons, data for sections below the fold, code
 * for a dialog not yet opened. Safari has no `requestIdleCallback`; there a timer of `fallback`
 * ms still lets hydration finish first. Returns the cancel function for an effect's cleanup.
 */
export function whenIdle(
  task: () => void,
  { timeout = 3000, fallback = 0 }: { timeout?: number; fallback?: number } = {},
): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(task, { timeout });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(task, fallback);
  return () => window.clearTimeout(handle);
}
