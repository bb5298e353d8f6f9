import { z } from 'zod';

/**
 * The one place that reads process.env (server.mjs, plain JavaScript that runs before any of
 * this is compiled, reads PORT, HOST and TRUST_PROXY_HOPS itself). Every variable is optional with a safe default so that
 * `npm start` works on a fresh machine; a malformed value stops the server with a clear message.
 */
const schema = z.object({
  SITE_URL: z
    .url({ message: 'SITE_URL must be an absolute URL such as https://ask.example.com' })
    .default('https://ask.vixshield.com')
    .transform((url) => url.replace(/\/+$/, '')),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /**
   * Number of our own proxies in front of the site: their X-Forwarded-For, -Proto and -Host
   * entries are trusted, nothing else is. Used by server.mjs; validated here too.
   */
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /** PostgreSQL server; when absent the embedded database in DATA_DIR is used. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, {
      message: 'DATABASE_URL must start with postgres:// or postgresql://',
    })
    .optional(),
  /** Folder of the embedded database, relative to the site folder unless absolute. */
  DATA_DIR: z.string().min(1).default('.data'),
  /** Questions one client may submit per 10-minute window. */
  QUESTION_RATE_LIMIT: z.coerce.number().int().positive().default(5),
  /** View beacons one client may send per minute. */
  VIEW_RATE_LIMIT: z.coerce.number().int().positive().default(120),
  /**
   * The editors' password for /admin: either the password itself (at least 12 characters) or an
   * argon2 hash of it (`$argon2id$…`). Unset, the admin is disabled, never open.
   */
  ADMIN_PASSWORD: z
    .string()
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || v.startsWith('$argon2') || v.length >= 12, {
      message: 'ADMIN_PASSWORD must be at least 12 characters (or an argon2 hash of one)',
    }),
  /**
   * Key that signs the admin session cookie (at least 32 characters). Unset, a random key is
   * generated once and kept in the database, so every instance shares it.
   */
  SESSION_SECRET: z
    .string()
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || v.length >= 32, {
      message: 'SESSION_SECRET must be at least 32 characters',
    }),
  /** Hours an editor stays signed in. */
  SESSION_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 30)
    .default(8),
  /** Minutes without a request after which an editor's session ends (besides SESSION_HOURS). */
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .positive()
    .max(24 * 60)
    .default(30),
  /** Sign-in attempts one client (and one known browser) may make per 15 minutes. */
  LOGIN_RATE_LIMIT: z.coerce.number().int().positive().default(10),
  /** Trial sign-ups one client may send per 10 minutes. */
  SIGNUP_RATE_LIMIT: z.coerce.number().int().positive().default(10),
  /** Funnel beacons one client may send per minute; past it they are dropped, not refused. */
  EVENT_RATE_LIMIT: z.coerce.number().int().positive().default(240),
  /**
   * The SMTP server emails leave through: `smtp://user:pass@host:587` (STARTTLS when offered) or
   * `smtps://user:pass@host:465` (TLS from the start); user and password URL-encoded. Unset, no
   * email leaves the machine: each one is kept in the database mailbox shown at /admin/outbox.
   */
  SMTP_URL: z
    .string()
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || /^smtps?:\/\/[^/?#\s]+(:\d+)?\/?(\?.*)?$/.test(v), {
      message: 'SMTP_URL must look like smtp://user:pass@host:587 or smtps://user:pass@host:465',
    }),
  /** The From of every email: an address, or `Name <address>`. */
  MAIL_FROM: z
    .string()
    .trim()
    .default('VixShield Ask <no-reply@ask.vixshield.com>')
    .refine(
      (v) =>
        /^(?:[^<>@\r\n]+<[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)$/.test(v),
      {
        message: 'MAIL_FROM must be an address (news@example.com) or "Name <news@example.com>"',
      },
    ),
  /** First retry delay after a temporary SMTP failure; each later one doubles, up to the cap. */
  MAIL_RETRY_BASE_SECONDS: z.coerce.number().positive().default(30),
  /** Longest wait between two attempts at one email. */
  MAIL_RETRY_MAX_SECONDS: z.coerce.number().positive().default(3600),
  /** Attempts before an email is marked failed (an editor can retry it from /admin/outbox). */
  MAIL_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(10),
});

export type Env = z.infer<typeof schema>;

function readEnv(): Env {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const reasons = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid environment: ${reasons}`);
  }
  return parsed.data;
}

export const env = readEnv();

/**
 * Facts about the running process that Next and our tools set, not configuration: kept here so
 * that no other module reads process.env.
 */
export const runtime = {
  /** Set by Next while it builds ('phase-production-build'). */
  phase: process.env.NEXT_PHASE,
  /** The build folder (next.config.ts's distDir). */
  distDir: process.env.NEXT_DIST_DIR || '.next',
  /** The site folder, when a script runs from elsewhere; the working directory otherwise. */
  siteDir: process.env.VIXSHIELD_SITE_DIR ?? process.cwd(),
  development: process.env.NODE_ENV === 'development',
};
