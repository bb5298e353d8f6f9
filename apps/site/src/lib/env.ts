import { z } from 'zod';

/**
 * The one place that reads process.env. Every variable is optional with a safe default so that
 * `npm start` works on a fresh machine; a malformed value stops the server with a clear message.
 */
const schema = z.object({
  SITE_URL: z
    .url({ message: 'SITE_URL must be an absolute URL such as https://ask.example.com' })
    .default('https://ask.vixshield.com')
    .transform((url) => url.replace(/\/+$/, '')),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
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
