/**
 * A calculator's inputs in the page's query string, namespaced so several calculators on one
 * page keep separate state: the iron condor's spot is `ic.spot`, the pricer's is `op.spot`.
 * Values are the field texts exactly as the reader typed them; the calculator validates them
 * like any other input, so a hand-edited link can show an error but never break the page.
 */

/** Longest value accepted from a link; anything longer is ignored. */
export const MAX_VALUE_LENGTH = 40;

const SAFE_VALUE = /^[0-9A-Za-z.,+\-_ ]*$/;

function paramName(namespace: string, key: string): string {
  return `${namespace}.${key}`;
}

/**
 * Reads the values of `keys` under `namespace` from a query string. Unknown keys, over-long
 * values and values with unexpected characters are dropped.
 */
export function readNamespace(
  search: string,
  namespace: string,
  keys: readonly string[],
): Record<string, string> {
  const params = new URLSearchParams(search);
  const out: Record<string, string> = {};
  for (const key of keys) {
    const value = params.get(paramName(namespace, key));
    if (value === null) continue;
    if (value.length > MAX_VALUE_LENGTH || !SAFE_VALUE.test(value)) continue;
    out[key] = value.trim();
  }
  return out;
}

/**
 * Returns `search` with this namespace's parameters replaced by `values` (or removed when
 * `values` is null), other parameters untouched and in their order. The result starts with
 * "?" unless it is empty.
 */
export function writeNamespace(
  search: string,
  namespace: string,
  values: Readonly<Record<string, string>> | null,
): string {
  const params = new URLSearchParams(search);
  const prefix = `${namespace}.`;
  for (const name of [...params.keys()]) {
    if (name.startsWith(prefix)) params.delete(name);
  }
  if (values) {
    for (const [key, value] of Object.entries(values)) {
      params.set(paramName(namespace, key), value);
    }
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The full link for a setup: `href` with its query rewritten and its hash kept. */
export function linkWithState(
  href: string,
  namespace: string,
  values: Readonly<Record<string, string>> | null,
): string {
  const url = new URL(href);
  url.search = writeNamespace(url.search, namespace, values);
  return url.toString();
}
