import { isIPv4, isIPv6 } from 'node:net';
import { CLIENT_ADDRESS_HEADER } from './request-rules.mjs';

/**
 * Who a client is, as far as the network tells: the address server.mjs took from the socket (or
 * from our own proxies' X-Forwarded-For) and wrote to a header no client can set, reduced to the
 * network that one subscriber controls. Rate limits, view counts and funnel visitors all key on
 * `clientNetwork()` / `networkOf()`, so the rule lives here only.
 *
 * - IPv4: the address itself, in canonical dotted form (`010.0.0.1` is `10.0.0.1`).
 * - IPv6: its /64, because one home or server is handed a whole /64 and can rotate through
 *   2^64 addresses; spellings that differ only in case, zero padding, compression or brackets
 *   are the same network. IPv4-mapped IPv6 (`::ffff:192.0.2.1`) is the IPv4 address.
 * - Anything else (a unix socket, garbage under `next dev`) is one shared "unknown" client,
 *   which errs on the side of limiting.
 */
export { CLIENT_ADDRESS_HEADER };

export function clientAddress(headers: Headers): string {
  const set = headers.get(CLIENT_ADDRESS_HEADER);
  if (set) return set;
  // Only under `next dev`, where no front server sets the header.
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || 'unknown';
}

/** The client's network key (see above), from the request's headers. */
export function clientNetwork(headers: Headers): string {
  return networkOf(clientAddress(headers));
}

/** The network key of one address in any common spelling. */
export function networkOf(raw: string): string {
  let address = raw.trim().toLowerCase();
  if (address.startsWith('[')) address = address.replace(/^\[([^\]]*)\](?::\d+)?$/, '$1');
  // A zone index (fe80::1%eth0) names an interface of ours, not a different client; some proxies
  // append the client's port to an IPv4 address (192.0.2.1:51234).
  address = address.replace(/%.*$/, '').replace(/^(\d+\.\d+\.\d+\.\d+):\d+$/, '$1');
  const v4 = canonicalIPv4(address);
  if (v4) return v4;
  if (!isIPv6(address)) return 'unknown';
  const groups = ipv6Groups(address);
  if (!groups) return 'unknown';
  const mapped = groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff;
  if (mapped) {
    const [hi = 0, lo = 0] = groups.slice(6);
    return [hi >> 8, hi & 255, lo >> 8, lo & 255].join('.');
  }
  return `${groups
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(':')}::/64`;
}

function canonicalIPv4(address: string): string | null {
  const parts = address.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p))) return null;
  const octets = parts.map((p) => Number.parseInt(p, 10));
  const canonical = octets.join('.');
  return octets.every((o) => o <= 255) && isIPv4(canonical) ? canonical : null;
}

/** The eight 16-bit groups of a valid IPv6 address (embedded IPv4 tails included). */
function ipv6Groups(address: string): number[] | null {
  let text = address;
  const tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (tail?.[1]) {
    const v4 = canonicalIPv4(tail[1]);
    if (!v4) return null;
    const [a = 0, b = 0, c = 0, d = 0] = v4.split('.').map(Number);
    text = `${text.slice(0, -tail[1].length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', rest] = text.split('::', 2) as [string, string | undefined];
  const parse = (s: string) => (s ? s.split(':').map((g) => Number.parseInt(g, 16)) : []);
  const left = parse(head);
  const right = rest === undefined ? [] : parse(rest);
  const missing = 8 - left.length - right.length;
  if (rest === undefined ? missing !== 0 : missing < 1) return null;
  const groups = [...left, ...new Array<number>(missing).fill(0), ...right];
  return groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : null;
}
