/**
 * Fuzz proof: property-based requests (fast-check) to POST /api/questions with random bodies,
 * content types, sizes and headers. The server must answer every one with 2xx or 4xx, never 5xx,
 * and never hang. Bounded by FUZZ_RUNS (default 400).
 */
import fc from 'fast-check';
import { freshDataDir, startServer } from './server-process';

const runs = Number(process.env.FUZZ_RUNS ?? 400);
const server = await startServer({
  dataDir: freshDataDir('fuzz'),
  env: { QUESTION_RATE_LIMIT: '100000000' },
});
const statuses = new Map<number, number>();

const contentType = fc.oneof(
  { arbitrary: fc.constant('application/json'), weight: 6 },
  fc.constant('application/json; charset=utf-8'),
  fc.constant('text/plain'),
  fc.constant('application/x-www-form-urlencoded'),
  fc.constant('multipart/form-data; boundary=x'),
  fc.constant(''),
  fc.string({ maxLength: 40 }),
);

const field = fc.oneof(
  fc.string({ maxLength: 1200 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.object({ maxDepth: 2 }),
);

const jsonBody = fc
  .record(
    { question: field, name: field, email: field, articleSlug: field, website: field },
    { requiredKeys: [] },
  )
  .map((o) => JSON.stringify(o));

// Mostly-valid questions, so the accepting path is exercised under the same fire.
const plausible = fc
  .record({
    question: fc.string({ minLength: 10, maxLength: 1100 }),
    name: fc.option(fc.string({ maxLength: 90 }), { nil: undefined }),
    email: fc.option(fc.oneof(fc.emailAddress(), fc.string({ maxLength: 30 })), { nil: undefined }),
  })
  .map((o) => JSON.stringify(o));

const body = fc.oneof(
  { arbitrary: plausible, weight: 4 },
  { arbitrary: jsonBody, weight: 2 },
  fc.json({ maxDepth: 4 }),
  fc.string({ maxLength: 2000 }),
  fc.string({ unit: 'binary', maxLength: 2000 }),
  fc.integer({ min: 15_000, max: 40_000 }).map((n) => JSON.stringify({ question: 'q'.repeat(n) })),
  fc.constant(''),
  fc.constant('{"question":'),
);

const extraHeader = fc.oneof(
  fc.constant<Record<string, string>>({}),
  fc.constant({ origin: 'https://evil.example' }),
  fc.constant({ 'x-forwarded-for': '1.2.3.4, 5.6.7.8' }),
  fc.constant({ 'x-vixshield-client-address': 'forged' }),
  fc.string({ maxLength: 200 }).map((ua) => ({ 'user-agent': ua.replace(/[^\x20-\x7e]/g, '') })),
);

let failure: string | undefined;
try {
  await fc.assert(
    fc.asyncProperty(contentType, body, extraHeader, async (type, payload, headers) => {
      const response = await fetch(`${server.url}/api/questions`, {
        method: 'POST',
        headers: { ...(type ? { 'content-type': type } : {}), ...headers },
        body: payload,
        signal: AbortSignal.timeout(10_000),
      });
      await response.arrayBuffer();
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      return response.status >= 200 && response.status < 500;
    }),
    { numRuns: runs },
  );
} catch (error) {
  failure = error instanceof Error ? error.message : String(error);
} finally {
  await server.stop();
}

console.log(
  `fuzz: ${runs} random requests to POST /api/questions, statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`,
);
if (failure) console.error(failure);
console.log(`fuzz: ${failure ? 0 : 1} passed, ${failure ? 1 : 0} failed`);
process.exit(failure ? 1 : 0);
