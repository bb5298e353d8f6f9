/**
 * Load proof: 50 concurrent clients submit questions for 30 s against the production server on
 * 127.0.0.1; afterwards every acknowledged id must be in the database and no answer may be 5xx.
 * Bounded: LOAD_SECONDS (default 30) and LOAD_CLIENTS (default 50).
 */
import { inArray } from 'drizzle-orm';
import { openDatabase } from '../../src/db/client';
import { questions } from '../../src/db/schema';
import { freshDataDir, percentile, questionBody, startServer } from './server-process';

const seconds = Number(process.env.LOAD_SECONDS ?? 30);
const clients = Number(process.env.LOAD_CLIENTS ?? 50);

const dataDir = freshDataDir('load');
const server = await startServer({ dataDir, env: { QUESTION_RATE_LIMIT: '100000000' } });
const ids: string[] = [];
const latencies: number[] = [];
const statuses = new Map<number, number>();
let networkErrors = 0;
const end = Date.now() + seconds * 1000;

async function client(worker: number) {
  for (let i = 0; Date.now() < end; i += 1) {
    const started = performance.now();
    try {
      const response = await fetch(`${server.url}/api/questions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: questionBody(i, worker),
      });
      const body = (await response.json()) as { id?: string };
      latencies.push(performance.now() - started);
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      if (response.status === 201 && body.id) ids.push(body.id);
    } catch {
      networkErrors += 1;
    }
  }
}

const started = Date.now();
await Promise.all(Array.from({ length: clients }, (_, worker) => client(worker)));
const elapsed = (Date.now() - started) / 1000;
await server.stop();

const handle = await openDatabase({ dataDir });
let found = 0;
for (let i = 0; i < ids.length; i += 500) {
  const batch = ids.slice(i, i + 500);
  const rows = await handle.db
    .select({ id: questions.id })
    .from(questions)
    .where(inArray(questions.id, batch));
  found += rows.length;
}
await handle.close();

latencies.sort((a, b) => a - b);
const total = latencies.length;
const fiveXx = [...statuses].filter(([s]) => s >= 500).reduce((n, [, c]) => n + c, 0);
console.log(
  `load: ${clients} clients for ${elapsed.toFixed(1)} s against POST /api/questions (PGlite)`,
);
console.log(`load: ${total} requests, ${(total / elapsed).toFixed(0)} requests/s`);
console.log(
  `load: latency p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms`,
);
console.log(
  `load: statuses ${JSON.stringify(Object.fromEntries(statuses))}, network errors ${networkErrors}`,
);
console.log(`load: ${ids.length} acknowledged, ${found} found in the database afterwards`);

const ok = fiveXx === 0 && networkErrors === 0 && found === ids.length && ids.length > 0;
console.log(`load: ${ok ? 1 : 0} passed, ${ok ? 0 : 1} failed`);
process.exit(ok ? 0 : 1);
