/**
 * Words a reader was probably looking for, from the address of a page that does not exist:
 * "/ask/iron-condor-exits/" → "iron condor exits". Used to pre-fill the 404 page's search.
 */
export function queryFromPath(pathname: string): string {
  let decoded = pathname;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    // keep the raw path when it is not valid percent-encoding
  }
  const segments = decoded
    .split('/')
    .filter(Boolean)
    .filter((s) => !/^(ask|glossary|calculators|page|category|tag|search)$/i.test(s));
  const last = segments.at(-1) ?? '';
  return last
    .replace(/\.(html?|php|aspx?)$/i, '')
    .replace(/[-_+.]+/g, ' ')
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
}
