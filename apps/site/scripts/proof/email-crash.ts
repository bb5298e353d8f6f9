/**
 * The outbox under fire. 50 sign-ups stream in while the SMTP server is slow (each message waits
 * EMAIL_CRASH_SMTP_DELAY_MS, 300 ms, before the server's final "250"); the site is killed with
 * SIGKILL twice, each time while a message is in the middle of its SMTP conversation, and started
 * again on the same data folder. Then the SMTP server goes down for EMAIL_OUTAGE_SECONDS (15 by
 * default; the "a minute" is EMAIL_OUTAGE_SECONDS=60) while 10 more sign-ups arrive, and
 * comes back. At the end every email in the outbox has been received exactly once (counted by
 * Message-ID on the SMTP server), none is left pending, and no sign-up waited on SMTP.
 */
import { openDatabase } from '../../src/db/client';
import { emailOutbox } from '../../src/db/schema';
import {
  freePort,
  freshDataDir,
  percentile,
  type RunningServer,
  startServer,
} from './server-process';
import { startSmtpSink } from './smtp-sink';

const SIGNUPS = 50;
const KILLS = 2;
const delayMs = Number(process.env.EMAIL_CRASH_SMTP_DELAY_MS ?? 300);
const outageSeconds = Number(process.env.EMAIL_OUTAGE_SECONDS ?? 15);

const sink = await startSmtpSink({ delayMs }, await freePort());
const dataDir = freshDataDir('email-crash');
const env = {
  SMTP_URL: sink.url,
  SIGNUP_RATE_LIMIT: '100000',
  MAIL_RETRY_BASE_SECONDS: '1',
  MAIL_RETRY_MAX_SECONDS: '4',
  MAIL_MAX_ATTEMPTS: '100',
};
const start = () => startServer({ dataDir, env });
let server: RunningServer = await start();
const latencies: number[] = [];
let failures = 0;

async function signUp(i: number): Promise<boolean> {
  const started = performance.now();
  try {
    const response = await fetch(`${server.url}/api/trial`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: `crash-${i}@example.com`,
        experience: 'new-to-options',
        consent: true,
      }),
    });
    await response.text();
    latencies.push(performance.now() - started);
    return response.status === 202;
  } catch {
    return false; // cut off by the kill: sent again after the restart
  }
}

/** Sign-ups in order, four at a time; each one is repeated until acknowledged. */
async function stream(from: number, to: number, onAck: () => Promise<void> = async () => {}) {
  let next = from;
  const worker = async () => {
    while (next < to) {
      const i = next++;
      while (!(await signUp(i))) await new Promise((r) => setTimeout(r, 200));
      await onAck();
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
}

// Phase 1: kill -9 mid-SMTP while the sign-ups stream in.
let kills = 0;
let killing: Promise<void> | null = null;
const killWhenSending = async () => {
  if (killing || kills >= KILLS || sink.received.length < 5 * (kills + 1)) return;
  killing = (async () => {
    const deadline = Date.now() + 10_000;
    while (sink.inFlight === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    const midMessage = sink.inFlight > 0;
    await server.stop('SIGKILL');
    kills += 1;
    console.log(
      `email-crash: kill ${kills}: SIGKILL with ${midMessage ? 'a message in the middle of DATA' : 'no message in flight'}, ${sink.received.length} received so far`,
    );
    server = await start();
    killing = null;
  })();
  await killing;
};
await stream(0, SIGNUPS, killWhenSending);
if (kills < KILLS) failures += 1;
await sink.waitFor((all) => all.length >= SIGNUPS, 60_000).catch(() => {});
console.log(
  `email-crash: ${SIGNUPS} sign-ups acknowledged through ${kills} kills; ${sink.received.length} emails received`,
);

// Phase 2: the SMTP server is down; sign-ups keep coming and are answered at once.
await sink.stop();
const outageStarted = Date.now();
const before = latencies.length;
await stream(SIGNUPS, SIGNUPS + 10);
const during = latencies.slice(before).sort((a, b) => a - b);
const remaining = outageSeconds * 1000 - (Date.now() - outageStarted);
if (remaining > 0) await new Promise((r) => setTimeout(r, remaining));
await sink.start();
console.log(
  `email-crash: SMTP down for ${outageSeconds} s; 10 sign-ups answered in p50 ${percentile(during, 50).toFixed(0)} ms, max ${percentile(during, 100).toFixed(0)} ms`,
);
await sink.waitFor((all) => all.length >= SIGNUPS + 10, 60_000).catch(() => {});
await new Promise((r) => setTimeout(r, 2000)); // room for any duplicate to show up
await server.stop();
await sink.stop();

const handle = await openDatabase({ dataDir });
const rows = await handle.db.select().from(emailOutbox);
await handle.close();
const received = new Map<string, number>();
for (const m of sink.received) received.set(m.messageId, (received.get(m.messageId) ?? 0) + 1);
const once = rows.filter((r) => received.get(r.messageId) === 1).length;
const duplicated = [...received.values()].filter((n) => n > 1).length;
const notSent = rows.filter((r) => r.status !== 'sent').length;
const strangers = [...received.keys()].filter((id) => !rows.some((r) => r.messageId === id)).length;
const addresses = new Set(rows.map((r) => r.recipient)).size;
if (once !== rows.length || duplicated > 0 || notSent > 0 || strangers > 0) failures += 1;
if (addresses !== SIGNUPS + 10) failures += 1;
if (during.length !== 10) failures += 1;
console.log(
  `email-crash: ${rows.length} emails in the outbox for ${addresses} addresses; ${once} received exactly once, ${duplicated} more than once, ${notSent} not sent, ${strangers} unknown`,
);
console.log(`email-crash: ${failures === 0 ? 1 : 0} passed, ${failures === 0 ? 0 : 1} failed`);
process.exit(failures === 0 ? 0 : 1);
