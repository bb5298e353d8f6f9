/**
 * Crash proof: submissions stream in, the server is killed with SIGKILL mid-stream and started
 * again on the same data folder. Every question that was acknowledged (201) must be there, the
 * database must open cleanly and the site must serve again.
 */
import { inArray } from 'drizzle-orm';
import { openDatabase } from '../../src/db/client';
import { questions } from '../../src/db/schema';
import { freshDataDir, questionBody, startServer } from './server-process';

const rounds = Number(process.env.CRASH_ROUNDS ?? 3);
const dataDir = freshDataDir('crash');
const acknowledged: string[] = [];
let failures = 0;

for (let round = 1; round <= rounds; round += 1) {
  const server = await startServer({ dataDir, env: { QUESTION_RATE_LIMIT: '100000000' } });
  let stop = false;
  const stream = async (worker: number) => {
    for (let i = 0; !stop; i += 1) {
      try {
        const response = await fetch(`${server.url}/api/questions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: questionBody(i, worker),
        });
        const body = (await response.json()) as { id?: string };
        if (response.status === 201 && body.id) acknowledged.push(body.id);
      } catch {
        // The kill cuts requests off mid-flight: those were never acknowledged.
      }
    }
  };
  const before = acknowledged.length;
  const workers = Array.from({ length: 8 }, (_, w) => stream(w));
  // The kill must land while writes are being acknowledged: the first request of a fresh server
  // loads the route and its modules (seconds on a busy machine), so the clock starts at the
  // round's first acknowledgement.
  const waitUntil = Date.now() + 60_000;
  while (acknowledged.length === before && Date.now() < waitUntil) {
    await new Promise((r) => setTimeout(r, 50));
  }
  await new Promise((r) => setTimeout(r, 1500 + Math.random() * 1500));
  await server.stop('SIGKILL');
  stop = true;
  await Promise.all(workers);
  console.log(
    `crash: round ${round}: killed the server with SIGKILL after ${acknowledged.length} acknowledged questions in total`,
  );
}

const restarted = await startServer({ dataDir, env: { QUESTION_RATE_LIMIT: '100000000' } });
const home = await fetch(`${restarted.url}/`);
const article = await fetch(`${restarted.url}/ask/multi-sig-vs-alvh-layered-hedging`);
if (!home.ok || !article.ok) failures += 1;
const probe = await fetch(`${restarted.url}/api/questions`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: questionBody(0, 999),
});
if (probe.status !== 201) failures += 1;
await restarted.stop();

const handle = await openDatabase({ dataDir });
let found = 0;
for (let i = 0; i < acknowledged.length; i += 500) {
  const batch = acknowledged.slice(i, i + 500);
  found += (
    await handle.db.select({ id: questions.id }).from(questions).where(inArray(questions.id, batch))
  ).length;
}
await handle.close();
if (found !== acknowledged.length || acknowledged.length === 0) failures += 1;

console.log(
  `crash: ${acknowledged.length} acknowledged before the kills, ${found} present after restart`,
);
console.log(
  `crash: after restart the site served ${home.status} / ${article.status} and accepted a new question (${probe.status})`,
);
console.log(`crash: ${failures === 0 ? 1 : 0} passed, ${failures === 0 ? 0 : 1} failed`);
process.exit(failures === 0 ? 0 : 1);
