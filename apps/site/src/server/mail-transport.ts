import nodemailer from 'nodemailer';
import addressparser from 'nodemailer/lib/addressparser';
import { env } from '../lib/env';

/**
 * Where emails go. With SMTP_URL, to that SMTP server through nodemailer; without it, nowhere:
 * the rendered message stays in the database mailbox that /admin/outbox shows.
 */

export interface Envelope {
  from: string;
  to: string;
}

export interface Mailer {
  transport: 'smtp' | 'mailbox';
  /** Sends a finished RFC 5322 message; resolves with the server's acknowledgement. */
  send(envelope: Envelope, raw: string): Promise<string>;
  close(): void;
}

/** Timeouts short enough that a hung server frees the worker long before its lease ends. */
const TIMEOUTS = { connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000 };

export function createMailer(smtpUrl: string | undefined = env.SMTP_URL): Mailer {
  if (!smtpUrl) {
    return {
      transport: 'mailbox',
      send: async () => 'kept in the database mailbox (no SMTP_URL configured)',
      close() {},
    };
  }
  const transporter = nodemailer.createTransport({ url: smtpUrl, ...TIMEOUTS });
  return {
    transport: 'smtp',
    async send(envelope, raw) {
      const info: { response?: string } = await transporter.sendMail({
        envelope: { from: envelope.from, to: [envelope.to] },
        raw,
      });
      return String(info.response ?? '250 accepted');
    },
    close: () => transporter.close(),
  };
}

/** The bare address of MAIL_FROM (`news@example.com` from `Name <news@example.com>`). */
export function envelopeSender(from: string = env.MAIL_FROM): string {
  const [first] = addressparser(from, { flatten: true });
  if (!first?.address) throw new Error('MAIL_FROM has no address');
  return first.address;
}

export type SendFailure =
  /** The recipient's server refused the address for good: suppress it as bounced. */
  | { kind: 'bounce'; message: string }
  /** Refused for good for another reason (the message itself): do not retry. */
  | { kind: 'permanent'; message: string }
  /** Anything that may work later: connection, timeouts, 4xx, authentication. */
  | { kind: 'temporary'; message: string };

interface SmtpError {
  message?: string;
  code?: string;
  responseCode?: number;
  command?: string;
  response?: string;
}

/** Sorts a nodemailer error by what the worker should do about it (RFC 5321 reply codes). */
export function classifyFailure(error: unknown): SendFailure {
  const e = (error ?? {}) as SmtpError;
  const message = (e.response || e.message || String(error)).slice(0, 500);
  const code = e.responseCode ?? 0;
  // A wrong password is fixed by configuration, after which the email should still go.
  if (e.code === 'EAUTH' || code < 500) return { kind: 'temporary', message };
  if (/RCPT/i.test(e.command ?? '') && [550, 551, 553].includes(code)) {
    return { kind: 'bounce', message };
  }
  return { kind: 'permanent', message };
}
