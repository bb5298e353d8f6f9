/**
 * Small helpers for JSON API routes: bounded body reading and consistent error answers.
 * Every refusal says why in `message`, with a stable `error` code a client can branch on.
 */
export const MAX_BODY_BYTES = 16 * 1024;

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

export function problem(
  status: number,
  error: string,
  message: string,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Response {
  return json(status, { error, message, ...extra }, headers);
}

export type BodyResult = { ok: true; value: unknown } | { ok: false; response: Response };

/**
 * Reads a JSON body of at most MAX_BODY_BYTES: 415 for another content type, 413 when larger
 * (checked on the declared length and on the bytes actually read), 400 when it does not parse.
 */
export async function readJsonBody(
  request: Request,
  maxBytes = MAX_BODY_BYTES,
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

/**
 * Cross-site request forgery guard for browser-sent writes: when the browser says where the
 * request comes from, it must be this site.
 */
export function sameOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (!origin) return true;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

export function unavailable(): Response {
  return problem(
    503,
    'unavailable',
    'We could not save this right now. Nothing was lost on your side: please try again in a few seconds.',
    {},
    { 'retry-after': '5' },
  );
}

export type ParsedRequest<T> = { ok: true; data: T } | { ok: false; response: Response };

/**
 * The shared front of every JSON write: same-origin check, bounded JSON body, an object at the
 * top level, then the write's zod schema, answering 403/413/415/400 with reasons as it goes.
 */
export async function parseJsonWrite<T>(
  request: Request,
  schema: {
    safeParse(
      value: unknown,
    ): { success: true; data: T } | { success: false; error: import('zod').ZodError };
  },
  options: {
    /** What a cross-origin caller is told. */
    crossOrigin: string;
    /** What to send, and the field to flag, when the body is not a JSON object. */
    expected: string;
    firstField: { name: string; message: string };
    errors: (error: import('zod').ZodError) => Record<string, string>;
  },
): Promise<ParsedRequest<T>> {
  if (!sameOrigin(request))
    return { ok: false, response: problem(403, 'cross-origin', options.crossOrigin) };
  const body = await readJsonBody(request);
  if (!body.ok) return body;
  if (typeof body.value !== 'object' || body.value === null || Array.isArray(body.value)) {
    return {
      ok: false,
      response: problem(400, 'invalid', options.expected, {
        fields: { [options.firstField.name]: options.firstField.message },
      }),
    };
  }
  const parsed = schema.safeParse(body.value);
  if (!parsed.success) {
    return {
      ok: false,
      response: problem(400, 'invalid', 'Some fields need attention.', {
        fields: options.errors(parsed.error),
      }),
    };
  }
  return { ok: true, data: parsed.data };
}
