/**
 * What the production server (server.mjs) tells the app about a request, in headers no client can
 * set (each is overwritten or removed on every request): the client's address and the origin the
 * request reached. Both come from the socket and the Host header, or, with TRUST_PROXY_HOPS=n,
 * from what our own n proxies appended; a client's own X-Forwarded-* entries never count.
 */
import { CLIENT_ADDRESS_HEADER, REQUEST_ORIGIN_HEADER } from '../src/server/request-rules.mjs';

function entries(value) {
  return String(value ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

/** The client's address: the socket's, or the n-th X-Forwarded-For entry from the right. */
export function clientAddress(req, trustedHops) {
  const socketAddress = req.socket.remoteAddress ?? 'unknown';
  if (trustedHops <= 0) return socketAddress;
  const chain = entries(req.headers['x-forwarded-for']);
  return chain[chain.length - trustedHops] ?? socketAddress;
}

const HOST = /^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:.]+\](:\d{1,5})?$/i;

/**
 * The origin (scheme, host, port) the request reached, or null when the Host header is missing
 * or malformed. Behind trusted proxies the scheme and host are the last X-Forwarded-Proto and
 * X-Forwarded-Host entries (the ones our own proxy wrote).
 */
export function requestOrigin(req, trustedHops) {
  const encrypted = Boolean(req.socket.encrypted);
  let scheme = encrypted ? 'https' : 'http';
  let host = req.headers.host ?? '';
  if (trustedHops > 0) {
    scheme = entries(req.headers['x-forwarded-proto']).at(-1)?.toLowerCase() ?? scheme;
    host = entries(req.headers['x-forwarded-host']).at(-1) ?? host;
  }
  if ((scheme !== 'http' && scheme !== 'https') || !HOST.test(host)) return null;
  const origin = `${scheme}://${host.toLowerCase()}`;
  // Drop a default port, as browsers do in Origin.
  return origin.replace(scheme === 'https' ? /:443$/ : /:80$/, '');
}

/** Overwrites (or removes) the app's trusted headers on `req`. */
export function stampRequest(req, trustedHops) {
  req.headers[CLIENT_ADDRESS_HEADER] = clientAddress(req, trustedHops);
  const origin = requestOrigin(req, trustedHops);
  if (origin) req.headers[REQUEST_ORIGIN_HEADER] = origin;
  else delete req.headers[REQUEST_ORIGIN_HEADER];
}
