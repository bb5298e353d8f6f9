import type { DatabaseHandle } from '../db/client';
import { env } from '../lib/env';
import { composeEmail } from './email-compose';
import { emailLinkKey } from './email-links';
import { classifyFailure, createMailer, envelopeSender, type Mailer } from './mail-transport';
import {
  type Claim,
  claimDue,
  extendClaim,
  markFinal,
  markRetry,
  markSendStarted,
  markSent,
  onOutboxWake,
  releaseAllClaims,
  saveRendered,
} from './outbox';
import { isSuppressed, suppress } from './suppressions';

/**
 * Delivers the outbox from inside the server process. It polls for due rows (and is woken at
 * once when this process enqueues one), claims a few with a lease, and for each: checks the
 * suppression list, renders it once and stores the exact message, notes that a send is starting,
 * sends, and records the SMTP server's acknowledgement. Temporary failures are retried with
 * exponential backoff; permanent ones are marked failed (and a refused recipient suppressed).
 *
 * No reader's request waits for any of this: requests only insert rows.
 *
 * Exactly once, and where it is only at least once:
 * - Two workers never send one row at the same time: the claim (FOR UPDATE SKIP LOCKED plus a
 *   lease renewed while the conversation lasts) gives each row to one worker, on one instance.
 * - A crash before the SMTP server's final "250" after DATA leaves no message at the server
 *   (RFC 5321 §4.1.1.4: the server takes responsibility only when it sends that reply), so the
 *   row is simply sent again after restart.
 * - A crash after the "250" arrived and before "sent" is committed (one local UPDATE, a few
 *   milliseconds) is the only window that can produce a second copy. The resend is the very
 *   same message, byte for byte, with the same Message-ID, so the copy is recognisable and
 *   mailbox providers that de-duplicate on Message-ID (Gmail does) show it once.
 */

export interface WorkerOptions {
  handle: Pick<DatabaseHandle, 'db' | 'kind'>;
  mailer: Mailer;
  /** Emails sent at the same time. */
  concurrency?: number;
  /** How often to look for due rows when nothing wakes the worker. */
  pollMs?: number;
  /** How long a claim holds without renewal (renewed every third of it while sending). */
  leaseMs?: number;
  retryBaseMs?: number;
  retryMaxMs?: number;
  maxAttempts?: number;
  /** MAIL_FROM. */
  from?: string;
  log?: (message: string) => void;
}

/** Delay before attempt `attempts + 1`: base · 2^(attempts−1), capped, ±20 % jitter. */
export function backoffMs(attempts: number, baseMs: number, maxMs: number, random = Math.random) {
  const exponential = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(exponential * (0.8 + 0.4 * random()));
}

export class OutboxWorker {
  private readonly o: Required<Omit<WorkerOptions, 'log'>> & Pick<WorkerOptions, 'log'>;
  private running = false;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;
  private woken = false;
  private key: Uint8Array | null = null;
  /** Emails this worker has handed to the SMTP server (or the mailbox). */
  delivered = 0;

  get transport(): Mailer['transport'] {
    return this.o.mailer.transport;
  }

  constructor(options: WorkerOptions) {
    this.o = {
      concurrency: 4,
      pollMs: 1000,
      leaseMs: 60_000,
      retryBaseMs: env.MAIL_RETRY_BASE_SECONDS * 1000,
      retryMaxMs: env.MAIL_RETRY_MAX_SECONDS * 1000,
      maxAttempts: env.MAIL_MAX_ATTEMPTS,
      from: env.MAIL_FROM,
      ...options,
    };
  }

  async start(): Promise<void> {
    if (this.running) return;
    if (this.o.handle.kind === 'pglite') {
      const freed = await releaseAllClaims(this.o.handle.db);
      if (freed > 0) this.log(`outbox: ${freed} email(s) claimed before a crash are due again`);
    }
    this.running = true;
    this.loop = this.run();
  }

  /** Stops claiming and waits for the emails in flight. */
  async stop(): Promise<void> {
    this.running = false;
    this.notify();
    await this.loop;
  }

  /** Look for due rows now instead of at the next poll. */
  notify(): void {
    this.woken = true;
    this.wake?.();
  }

  /** One pass: claims and delivers up to `concurrency` due emails; returns how many it took. */
  async runOnce(now: Date = new Date()): Promise<number> {
    const claims = await claimDue(this.o.handle.db, {
      limit: this.o.concurrency,
      leaseMs: this.o.leaseMs,
      now,
    });
    await Promise.all(claims.map((claim) => this.deliver(claim)));
    return claims.length;
  }

  private async run(): Promise<void> {
    while (this.running) {
      let taken = 0;
      this.woken = false;
      try {
        taken = await this.runOnce();
      } catch (error) {
        this.log(`outbox: could not read due emails: ${message(error)}`);
      }
      if (taken === 0 && this.running && !this.woken) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, this.o.pollMs);
          this.wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        this.wake = null;
      }
    }
  }

  private async deliver(claim: Claim): Promise<void> {
    const { db } = this.o.handle;
    const { row } = claim;
    const renew = setInterval(() => {
      extendClaim(db, claim, new Date(Date.now() + this.o.leaseMs)).catch(() => {});
    }, this.o.leaseMs / 3);
    try {
      if (await isSuppressed(db, row.recipient)) {
        await markFinal(db, claim, 'suppressed', 'The address is on the suppression list.');
        return;
      }
      let raw = row.raw;
      if (!raw) {
        try {
          this.key ??= await emailLinkKey(db);
          const composed = await composeEmail(row, this.key);
          await saveRendered(db, claim, composed);
          raw = composed.raw;
        } catch (error) {
          await markFinal(db, claim, 'failed', `Could not render: ${message(error)}`);
          return;
        }
      }
      await markSendStarted(db, claim);
      let response: string;
      try {
        response = await this.o.mailer.send(
          { from: envelopeSender(this.o.from), to: row.recipient },
          raw,
        );
      } catch (error) {
        await this.failed(claim, error);
        return;
      }
      if (await markSent(db, claim, { transport: this.o.mailer.transport, response })) {
        this.delivered += 1;
      } else {
        this.log(`outbox: ${row.id} was sent but its claim had passed to another worker`);
      }
    } catch (error) {
      // The database failed mid-way: the lease runs out and the row is claimed again.
      this.log(`outbox: could not deliver ${row.id}: ${message(error)}`);
    } finally {
      clearInterval(renew);
    }
  }

  private async failed(claim: Claim, error: unknown): Promise<void> {
    const { db } = this.o.handle;
    const failure = classifyFailure(error);
    if (failure.kind === 'bounce') {
      await suppress(db, claim.row.recipient, 'bounced', failure.message);
      await markFinal(db, claim, 'failed', `Refused by the recipient's server: ${failure.message}`);
    } else if (failure.kind === 'permanent' || claim.row.attempts >= this.o.maxAttempts) {
      await markFinal(db, claim, 'failed', failure.message);
    } else {
      const delay = backoffMs(claim.row.attempts, this.o.retryBaseMs, this.o.retryMaxMs);
      await markRetry(db, claim, {
        error: failure.message,
        nextAttemptAt: new Date(Date.now() + delay),
      });
    }
  }

  private log(text: string): void {
    (this.o.log ?? console.warn)(text);
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const WORKER = Symbol.for('vixshield.outbox.worker');
type WithWorker = typeof globalThis & { [WORKER]?: OutboxWorker };

/**
 * Starts this process's worker (once) on the app's database, with SMTP_URL's server or the
 * database mailbox, and lets requests that enqueue wake it.
 */
export async function startOutboxWorker(handle: DatabaseHandle): Promise<OutboxWorker> {
  const store = globalThis as WithWorker;
  if (store[WORKER]) return store[WORKER];
  const mailer = createMailer();
  const worker = new OutboxWorker({ handle, mailer });
  store[WORKER] = worker;
  onOutboxWake(() => worker.notify());
  await worker.start();
  return worker;
}
