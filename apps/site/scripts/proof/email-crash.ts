/**
 * The outbox under fire. 50 sign-ups stream in while the SMTP server is slow (each message waits
 * EMAIL_CRASH_SMTP_DELAY_MS, 300 ms, before the server's final "250"); the site is killed with
 * SIGKILL twice, each time while a message is in the middle of its SMTP conversation, and started
 * again on the same data folder. Then the SMTP server goes down for EMAIL_OUTAGE_SECONDS (15 by
 * default; the "a minute" is EMAIL_OUTAGE_SECONDS=60) while 10 more sign-ups arrive, and
 * comes back. At the end every email in the outbox is in the mailbox exactly once (by Message-ID),
 * none is left pending, and no sign-up waited on SMTP. A kill that lands after the SMTP server's
 * "250" and before the site commits "sent" (a few milliseconds) makes the site send that email
 * again after restart: SMTP cannot close that window from the sending side. The proof counts
 * such repeats, bounds them (the batch in flight at each kill) and checks that each is the same
 * message byte for byte with the same Message-ID, which is what lets the receiving mailbox keep
 * one copy.
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

/**
 * Sign-ups in order from two clients, one every `gapMs` each, so they stream in for a while;
 * each is repeated until acknowledged.
 */
async function stream(from: number, to: number, gapMs: number) {
  let next = from;
  const client = async () => {
    while (next < to) {
      const i = next++;
      while (!(await signUp(i))) await new Promise((r) => setTimeout(r, 200));
      await new Promise((r) => setTimeout(r, gapMs));
    }
  };
  await Promise.all([client(), client()]);
}

// Phase 1: kill -9 mid-SMTP while the sign-ups stream in.
let kills = 0;
const marks: string[] = [];
const killer = async () => {
  while (kills < KILLS) {
    // Let some emails through first, then wait for one to be in the middle of DATA.
    await sink.waitFor((all) => all.length >= 8 * (kills + 1), 60_000);
    while (sink.inFlight === 0) await new Promise((r) => setTimeout(r, 2));
    await server.stop('SIGKILL');
    kills += 1;
    marks.push(`kill ${kills} after ${sink.received.length} received`);
    console.log(
      `email-crash: kill ${kills}: SIGKILL with a message in the middle of DATA, ${sink.received.length} received so far`,
    );
    server = await start();
  }
};
await Promise.all([stream(0, SIGNUPS, 150), killer()]);
const upLatencies = [...latencies].sort((a, b) => a - b);
if (kills < KILLS) failures += 1;
await sink.waitFor((all) => all.length >= SIGNUPS, 60_000).catch(() => {});
console.log(
  `email-crash: ${SIGNUPS} sign-ups acknowledged through ${kills} kills (p50 ${percentile(upLatencies, 50).toFixed(0)} ms with the SMTP server up); ${sink.received.length} SMTP transactions`,
);

// Phase 2: the SMTP server is down; sign-ups keep coming and are answered at once.
await sink.stop();
const outageStarted = Date.now();
const before = latencies.length;
await stream(SIGNUPS, SIGNUPS + 10, 50);
const during = latencies.slice(before).sort((a, b) => a - b);
const remaining = outageSeconds * 1000 - (Date.now() - outageStarted);
if (remaining > 0) await new Promise((r) => setTimeout(r, remaining));
marks.push(`outage ends after ${sink.received.length} received`);
await sink.start();
console.log(
  `email-crash: SMTP down for ${outageSeconds} s; 10 sign-ups answered in p50 ${percentile(during, 50).toFixed(0)} ms, max ${percentile(during, 100).toFixed(0)} ms`,
);
// Every address has its email, and nothing new arrives for longer than the longest retry delay
// (a sign-up cut off by a kill and sent again may have queued a second confirmation).
await sink
  .waitFor((all) => new Set(all.map((m) => m.to[0])).size >= SIGNUPS + 10, 60_000)
  .catch(() => {});
for (let seen = -1; seen !== sink.received.length; ) {
  seen = sink.received.length;
  await new Promise((r) => setTimeout(r, 6000));
}
await server.stop();
await sink.stop();

const handle = await openDatabase({ dataDir });
const rows = await handle.db.select().from(emailOutbox);
await handle.close();
// The SMTP server's transactions, grouped by Message-ID. The mailbox behind it keeps one copy
// per Message-ID, as mailbox providers that de-duplicate on it do.
const transactions = new Map<string, string[]>();
for (const m of sink.received) {
  const raws = transactions.get(m.messageId) ?? [];
  raws.push(m.raw);
  transactions.set(m.messageId, raws);
}
const inMailbox = rows.filter((r) => (transactions.get(r.messageId)?.length ?? 0) >= 1).length;
const repeated = [...transactions.entries()].filter(([, raws]) => raws.length > 1);
// A repeat is a crash after the server's "250" and before "sent" was committed: the same bytes.
const identical = repeated.every(([, raws]) => raws.every((raw) => raw === raws[0]));
const notSent = rows.filter((r) => r.status !== 'sent').length;
const strangers = [...transactions.keys()].filter((id) => !rows.some((r) => r.messageId === id));
const addresses = new Set(rows.map((r) => r.recipient)).size;
const bound = kills * 4; // at most the emails of the one batch in flight at each kill
if (inMailbox !== rows.length || notSent > 0 || strangers.length > 0) failures += 1;
if (!identical || repeated.length > bound) failures += 1;
if (addresses !== SIGNUPS + 10 || during.length !== 10) failures += 1;
console.log(`email-crash: ${marks.join('; ')}`);
console.log(
  `email-crash: ${rows.length} emails in the outbox for ${addresses} addresses; ${inMailbox} in the mailbox exactly once (by Message-ID), ${notSent} not sent, ${strangers.length} unknown`,
);
console.log(
  `email-crash: ${repeated.length} SMTP transaction(s) repeated after a kill landed between the server's 250 and the commit of "sent" (bound ${bound}); repeats carry the same Message-ID and identical bytes: ${identical}`,
);
console.log(`email-crash: ${failures === 0 ? 1 : 0} passed, ${failures === 0 ? 0 : 1} failed`);
process.exit(failures === 0 ? 0 : 1);
