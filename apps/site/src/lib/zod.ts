import { z } from 'zod';

// zod probes for JIT support with `new Function('')`, which the site's Content-Security-Policy
// (no 'unsafe-eval') reports as a violation; its interpreter is fast enough for our forms. Every
// schema module imports this one before building a schema, so the setting is made once, first.
// (Schemas import `z` from 'zod' itself: re-exporting the namespace from here defeats tree
// shaking.)
z.config({ jitless: true });

/** Field → first message, for showing errors next to the fields they concern. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form');
    errors[field] ??= issue.message;
  }
  return errors;
}
