/**
 * The refusals a client can rely on, against a real server with a small rate limit: 201, 400 with
 * reasons, 400 for malformed JSON, 413, 415, 403 cross-site, and 429 with Retry-After past the
 * limit, which holds across a restart because it lives in the database.
 */
import { freshDataDir, startServer } from './server-process';

// The limit uses fixed 10-minute windows: start well inside one so no check straddles a boundary.
const WINDOW_MS = 600_000;
const intoWindow = Date.now() % WINDOW_MS;
if (intoWindow > WINDOW_MS - 90_000)
  await new Promise((r) => setTimeout(r, WINDOW_MS - intoWindow + 1000));

const dataDir = freshDataDir('limits');
let server = await startServer({ dataDir, env: { QUESTION_RATE_LIMIT: '3' } });
const checks: { name: string; ok: boolean; detail: string }[] = [];

async function post(
  body: string,
  headers: Record<string, string> = { 'content-type': 'application/json' },
) {
  const response = await fetch(`${server.url}/api/questions`, { method: 'POST', headers, body });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json().catch(() => null)) as Record<string, unknown> | null,
  };
}

function check(name: string, ok: boolean, detail: unknown) {
  checks.push({ name, ok, detail: JSON.stringify(detail) });
}

const valid = JSON.stringify({
  question: 'How many VIX call spreads hedge a 1M book?',
  articleSlug: 'how-many-vix-calls-hedge',
});

const created = await post(valid);
check('201 with an id', created.status === 201 && typeof created.body?.id === 'string', created);
const invalid = await post(JSON.stringify({ question: 'short', email: 'nope' }));
check(
  '400 with per-field reasons',
  invalid.status === 400 &&
    Boolean((invalid.body?.fields as Record<string, string>)?.question) &&
    Boolean((invalid.body?.fields as Record<string, string>)?.email),
  invalid.body,
);
const unknownArticle = await post(
  JSON.stringify({ question: 'A long enough question', articleSlug: 'no-such-article' }),
);
check('400 for an unknown article', unknownArticle.status === 400, unknownArticle.body);
const malformed = await post('{"question": "unterminated');
check(
  '400 for malformed JSON',
  malformed.status === 400 && malformed.body?.error === 'malformed-json',
  malformed.body,
);
const large = await post(JSON.stringify({ question: 'x'.repeat(20_000) }));
check('413 above 16 KB', large.status === 413, large.body);
const wrongType = await post(valid, { 'content-type': 'text/plain' });
check('415 for a wrong content type', wrongType.status === 415, wrongType.body);
const crossSite = await post(valid, {
  'content-type': 'application/json',
  origin: 'https://evil.example',
});
check('403 from another origin', crossSite.status === 403, crossSite.body);

// Three questions are allowed per window; created above was the first (refused ones count too).
const results = [];
for (let i = 0; i < 3; i += 1) results.push(await post(valid));
const limited = results.at(-1);
check(
  '429 past the limit, with Retry-After',
  limited?.status === 429 && Number(limited.headers.get('retry-after')) > 0,
  {
    statuses: results.map((r) => r.status),
    retryAfter: limited?.headers.get('retry-after'),
  },
);
const forged = await post(valid, {
  'content-type': 'application/json',
  'x-forwarded-for': '203.0.113.9',
  'x-vixshield-client-address': '203.0.113.9',
});
check('a forged client address does not escape the limit', forged.status === 429, forged.status);

await server.stop();
server = await startServer({ dataDir, env: { QUESTION_RATE_LIMIT: '3' } });
const afterRestart = await post(valid);
check(
  'the limit survives a restart (kept in the database)',
  afterRestart.status === 429,
  afterRestart.status,
);
await server.stop();

for (const c of checks)
  console.log(`limits: ${c.ok ? 'ok  ' : 'FAIL'} ${c.name}${c.ok ? '' : ` ${c.detail}`}`);
const failed = checks.filter((c) => !c.ok).length;
console.log(`limits: ${checks.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
