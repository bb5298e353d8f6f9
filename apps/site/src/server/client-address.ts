/**
 * The client's network address, as set by our server (server.mjs) from the socket or from a
 * trusted proxy's X-Forwarded-For. A client cannot forge this header: the server overwrites it on
 * every request. Under `next dev` (no custom server) the first X-Forwarded-For entry is used.
 */
export const CLIENT_ADDRESS_HEADER = 'x-vixshield-client-address';

export function clientAddress(headers: Headers): string {
  const set = headers.get(CLIENT_ADDRESS_HEADER);
  if (set) return set;
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || 'unknown';
}
