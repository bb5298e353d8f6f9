import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';

/**
 * A real SMTP server on 127.0.0.1 for tests and proofs (the `smtp-server` package), whose
 * received messages are parsed with `mailparser`. It can be made slow (a delay before the final
 * reply to DATA, where a real server writes to its queue), refuse recipients, answer with
 * temporary errors, or be stopped and started again on the same port.
 *
 * A message counts as received only when the server sends its "250" after DATA to a client that
 * is still connected: that is when RFC 5321 hands the message to the server.
 */

export interface ReceivedEmail {
  raw: string;
  parsed: ParsedMail;
  messageId: string;
  to: string[];
}

export interface SinkBehaviour {
  /** Milliseconds to wait before accepting a message (after its data has arrived). */
  delayMs?: number;
  /** Reply for a recipient: return an error code and text to refuse it. */
  refuseRecipient?: (address: string) => { code: number; message: string } | undefined;
  /** Reply at the end of DATA instead of accepting (e.g. 451 to make the sender retry). */
  failData?: () => { code: number; message: string } | undefined;
}

export interface SmtpSink {
  port: number;
  url: string;
  received: ReceivedEmail[];
  /** Messages whose data arrived (accepted or not): for "in the middle of DATA" checks. */
  inFlight: number;
  behaviour: SinkBehaviour;
  waitFor(predicate: (all: ReceivedEmail[]) => boolean, timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
  /** Listens again on the same port after stop(). */
  start(): Promise<void>;
}

export async function startSmtpSink(behaviour: SinkBehaviour = {}, port = 0): Promise<SmtpSink> {
  const received: ReceivedEmail[] = [];
  let server: SMTPServer | null = null;
  const sink: SmtpSink = {
    port,
    url: '',
    received,
    inFlight: 0,
    behaviour,
    async waitFor(predicate, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      while (!predicate(received)) {
        if (Date.now() > deadline) {
          throw new Error(
            `SMTP sink: condition not met within ${timeoutMs} ms (${received.length} received)`,
          );
        }
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    async stop() {
      const s = server;
      server = null;
      if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
    },
    async start() {
      server = create();
      await new Promise<void>((resolve, reject) => {
        server?.once('error', reject);
        server?.listen(sink.port, '127.0.0.1', () => resolve());
      });
      const address = (server as unknown as { server: import('node:net').Server }).server.address();
      if (address && typeof address === 'object') sink.port = address.port;
      sink.url = `smtp://127.0.0.1:${sink.port}`;
    },
  };

  function create(): SMTPServer {
    const closed = new Set<string>();
    return new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      size: 1024 * 1024,
      onRcptTo(address, _session, callback) {
        const refusal = sink.behaviour.refuseRecipient?.(address.address);
        if (refusal) {
          const error = new Error(refusal.message) as Error & { responseCode: number };
          error.responseCode = refusal.code;
          return callback(error);
        }
        callback();
      },
      onClose(session: SMTPServerSession) {
        closed.add(session.id);
      },
      onData(stream: SMTPServerDataStream, session: SMTPServerSession, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', async () => {
          sink.inFlight += 1;
          const raw = Buffer.concat(chunks).toString('utf8');
          try {
            if (sink.behaviour.delayMs) {
              await new Promise((r) => setTimeout(r, sink.behaviour.delayMs));
            }
            const failure = sink.behaviour.failData?.();
            if (failure) {
              const error = new Error(failure.message) as Error & { responseCode: number };
              error.responseCode = failure.code;
              return callback(error);
            }
            if (closed.has(session.id)) return callback(new Error('client went away'));
            const parsed = await simpleParser(raw);
            received.push({
              raw,
              parsed,
              messageId: parsed.messageId ?? '',
              to: session.envelope.rcptTo.map((r) => r.address),
            });
            callback(null, `2.0.0 queued as ${received.length}`);
          } finally {
            sink.inFlight -= 1;
          }
        });
      },
    });
  }

  await sink.start();
  return sink;
}

/** The links of a received email's plain-text part. */
export function linksOf(email: ReceivedEmail): string[] {
  return [...(email.parsed.text ?? '').matchAll(/https?:\/\/[^\s<>"]+/g)].map((m) =>
    // A link that ends a clause keeps its punctuation in plain text.
    m[0].replace(/[.,;:!?)]+$/, ''),
  );
}
