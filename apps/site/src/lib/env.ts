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
