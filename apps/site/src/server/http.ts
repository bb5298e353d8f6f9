import type { ZodError } from 'zod';
import { env } from '../lib/env';
import { bodyLimit, REQUEST_ORIGIN_HEADER } from './request-rules.mjs';

/**
 * Helpers for JSON API routes: the one pipeline every write goes through (origin, bounded body,
 * JSON, schema) and consistent error answers. Every refusal says why in `message`, with a stable
 * `error` code a client can branch on.
 */

export function json(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      ...headers,
    },
  });
}

export interface ProblemOptions {
  /** A reason per form field, shown at the field. */
  fields?: Record<string, string>;
  /** Seconds to wait: sent as Retry-After and in the body. */
  retryAfter?: number;
  /** More headers (e.g. Allow). */
  headers?: Record<string, string>;
}

/** A refusal: `{ error, message, fields?, retryAfter? }` with the status. */
export function problem(
  status: number,
  error: string,
  message: string,
  { fields, retryAfter, headers = {} }: ProblemOptions = {},
): Response {
  return json(
    status,
    {
      error,
      message,
      ...(fields ? { fields } : {}),
      ...(retryAfter !== undefined ? { retryAfter } : {}),
    },
    retryAfter !== undefined ? { 'retry-after': String(retryAfter), ...headers } : headers,
  );
}

export type BodyResult = { ok: true; value: unknown } | { ok: false; response: Response };

/**
 * Reads a JSON body of at most the route's limit (request-rules.mjs): 415 for another content
 * type, 413 when larger (checked on the declared length and on the bytes actually read; the
 * production front has already cut off anything larger before it got here), 400 when it does
 * not parse.
 */
export async function readJsonBody(
  request: Request,
  maxBytes = bodyLimit(new URL(request.url).pathname),
): Promise<BodyResult> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    return {
      ok: false,
      response: problem(
        415,
        'unsupported-media-type',
        'Send the request body as JSON with Content-Type: application/json.',
      ),
    };
  }
  const declared = Number(request.headers.get('content-length') ?? '0');
  const tooLarge = () =>
    problem(413, 'payload-too-large', `The request body may be at most ${maxBytes} bytes.`);
  if (declared > maxBytes) return { ok: false, response: tooLarge() };

  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => {});
        return { ok: false, response: tooLarge() };
      }
      chunks.push(value);
    }
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(Buffer.concat(chunks));
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return {
      ok: false,
      response: problem(400, 'malformed-json', 'The request body is not valid JSON.'),
    };
  }
}

export { REQUEST_ORIGIN_HEADER };

/**
 * The origins a browser's write may come from: SITE_URL's, and the one this request actually
 * reached as server.mjs saw it (so `npm start` on localhost works). The latter comes from the
 * socket and the Host header, and from X-Forwarded-Proto/-Host only behind TRUST_PROXY_HOPS
 * proxies; a client's own forwarded headers never count. Scheme and port matter:
 * `https://host` does not match a request that arrived over http.
 */
export function trustedOrigins(request: Request): string[] {
  const site = new URL(env.SITE_URL).origin;
  const reached = request.headers.get(REQUEST_ORIGIN_HEADER) ?? devOrigin(request);
  return reached && reached !== site ? [site, reached] : [site];
}

function devOrigin(request: Request): string | null {
  // Only `next dev` has no front server to set the header.
  return env.NODE_ENV === 'development' ? new URL(request.url).origin : null;
}

/**
 * Cross-site request forgery guard for browser-sent writes. `strict` (the admin) also refuses a
 * request without Origin unless Sec-Fetch-Site says same-origin; requests with neither come from
 * non-browser clients, which cannot carry a browser's cookies.
 */
export function sameOrigin(request: Request, { strict = false }: { strict?: boolean } = {}) {
  const origin = request.headers.get('origin');
  if (origin) return trustedOrigins(request).includes(origin.toLowerCase());
  if (!strict) return true;
  const site = request.headers.get('sec-fetch-site');
  return site === null || site === 'same-origin';
}

export function unavailable(): Response {
  return problem(
    503,
    'unavailable',
    'We could not save this right now. Nothing was lost on your side: please try again in a few seconds.',
    { retryAfter: 5 },
  );
}

export type ParsedRequest<T> = { ok: true; data: T } | { ok: false; response: Response };

interface Schema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: ZodError };
}

export interface WriteOptions {
  /** What a cross-origin caller is told. */
  crossOrigin: string;
  /** The admin's stricter origin rule (see sameOrigin). */
  strictOrigin?: boolean;
  /** What to send, when the body is not what the schema wants. */
  expected: string;
  /**
   * For forms: the per-field reasons of a failed parse, and the field to flag when the body is
   * not an object at all. Without them a refusal carries `expected` only.
   */
  fields?: {
    first: { name: string; message: string };
    errors: (error: ZodError) => Record<string, string>;
  };
}

/**
 * The front of every JSON write: same-origin check, bounded JSON body (the route's limit from
 * request-rules.mjs), an object at the top level, then the write's zod schema, answering
 * 403/413/415/400 with reasons as it goes.
 */
export async function parseJsonWrite<T>(
  request: Request,
  schema: Schema<T>,
  options: WriteOptions,
): Promise<ParsedRequest<T>> {
  if (!sameOrigin(request, { strict: options.strictOrigin }))
    return { ok: false, response: problem(403, 'cross-origin', options.crossOrigin) };
  const body = await readJsonBody(request);
  if (!body.ok) return body;
  const { fields } = options;
  if (typeof body.value !== 'object' || body.value === null || Array.isArray(body.value)) {
    return {
      ok: false,
      response: problem(400, 'invalid', options.expected, {
        fields: fields ? { [fields.first.name]: fields.first.message } : undefined,
      }),
    };
  }
  const parsed = schema.safeParse(body.value);
  if (!parsed.success) {
    const response = fields
      ? problem(400, 'invalid', 'Some fields need attention.', {
          fields: fields.errors(parsed.error),
        })
      : problem(400, 'invalid', options.expected);
    return { ok: false, response };
  }
  return { ok: true, data: parsed.data };
}
