import { z } from 'zod';

// Zod probes for JIT support with `Function('')`, which the site's Content-Security-Policy
// (no 'unsafe-eval') reports as a violation. Its interpreter is fast enough for these forms.
// This must run before any schema is built, so this module imports no other schema module.
z.config({ jitless: true });

/**
 * What a reader sends to start a trial, and where they came from. The same schema runs in the
 * browser (messages at the field before sending) and in the API (which trusts nothing).
 */

export const experienceLevels = [
  { value: 'new-to-options', label: 'New to options' },
  { value: 'some-options', label: 'I have traded some options' },
  { value: 'spreads-regularly', label: 'I trade spreads or condors regularly' },
  { value: 'professional', label: 'I trade or manage money professionally' },
] as const;

export type ExperienceValue = (typeof experienceLevels)[number]['value'];

const experienceValues = experienceLevels.map((l) => l.value) as [
  ExperienceValue,
  ...ExperienceValue[],
];

/** The UTM parameters a call to action carries over to /trial and the sign-up stores. */
export const utmKeys = [
  'utm_source',
  'utm_medium',
  'utm_campaign',
  'utm_term',
  'utm_content',
] as const;
export type UtmKey = (typeof utmKeys)[number];
export type Utm = Partial<Record<UtmKey, string>>;
export const UTM_MAX = 100;
export const NAME_MAX = 80;
export const EMAIL_MAX = 254;

/**
 * A funnel source names the page whose call to action led to /trial: `home`, `header`,
 * `footer`, `calculators`, or `ask/<slug>`, `glossary/<slug>`, `calculators/<slug>`. The shape is
 * checked here; whether the page exists is checked on the server.
 */
export const SOURCE_PATTERN = /^(?:[a-z]+|(?:ask|glossary|calculators)\/[a-z0-9]+(?:-[a-z0-9]+)*)$/;
export const SOURCE_MAX = 120;
export const DIRECT_SOURCE = 'direct';

// C0 and C1 control characters other than tab, line feed and carriage return.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** Keeps only well-formed UTM values (printable, at most UTM_MAX characters), trimmed. */
export function cleanUtm(input: unknown): Utm {
  const out: Utm = {};
  if (typeof input !== 'object' || input === null) return out;
  const record = input as Record<string, unknown>;
  for (const key of utmKeys) {
    const value = record[key];
    if (typeof value !== 'string') continue;
    const trimmed = value.trim();
    if (trimmed && trimmed.length <= UTM_MAX && !CONTROL.test(trimmed)) out[key] = trimmed;
  }
  return out;
}

/** The UTM parameters of a query string. */
export function utmFromSearch(search: string | URLSearchParams): Utm {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const raw: Record<string, string> = {};
  for (const key of utmKeys) {
    const value = params.get(key);
    if (value !== null) raw[key] = value;
  }
  return cleanUtm(raw);
}

/** `/trial?from=<source>&utm_…`: the link every call to action uses. */
export function trialHref(from: string, utm: Utm = {}): string {
  const params = new URLSearchParams({ from });
  for (const key of utmKeys) {
    const value = utm[key];
    if (value) params.set(key, value);
  }
  return `/trial?${params.toString()}`;
}

/** A source of the right shape, or `direct` (typed URLs, unknown or malformed values). */
export function normalizeSource(value: unknown): string {
  return typeof value === 'string' && value.length <= SOURCE_MAX && SOURCE_PATTERN.test(value)
    ? value
    : DIRECT_SOURCE;
}

/** What the consent box says; a sign-up without it ticked is refused. */
export const TRIAL_CONSENT =
  'I agree to receive the trial signals and related emails at this address, and I understand they are educational examples, not personal advice. I can unsubscribe at any time.';

export const trialSignup = z.object({
  email: z
    .string({ message: 'Enter your email address' })
    .trim()
    .min(1, { message: 'Enter your email address' })
    .max(EMAIL_MAX, { message: `Email can be at most ${EMAIL_MAX} characters` })
    .pipe(z.email({ message: 'Enter a valid email address' }))
    .transform((v) => v.toLowerCase()),
  name: z
    .string({ message: 'Name must be text' })
    .trim()
    .max(NAME_MAX, { message: `Name can be at most ${NAME_MAX} characters` })
    .refine((v) => !CONTROL.test(v), { message: 'Name contains characters that cannot be stored' })
    .optional()
    .transform((v) => (v ? v : undefined)),
  experience: z.enum(experienceValues, { message: 'Choose your options experience' }),
  consent: z.literal(true, {
    message: 'Tick the box to agree to receive the trial signals by email',
  }),
  source: z
    .string()
    .max(SOURCE_MAX)
    .optional()
    .transform((v) => normalizeSource(v)),
  utm: z
    .record(z.string(), z.unknown())
    .optional()
    .transform((v) => cleanUtm(v)),
  /** Honeypot: hidden from people, filled in by naive bots. */
  website: z.string().max(500).optional(),
});

export type TrialSignupInput = z.input<typeof trialSignup>;
export type ValidTrialSignup = z.output<typeof trialSignup>;

/** The funnel steps a browser may report; sign-ups are recorded by the server only. */
export const beaconSteps = ['view', 'cta_click', 'trial_view'] as const;
export type BeaconStep = (typeof beaconSteps)[number];

export const funnelBeacon = z.object({
  step: z.enum(beaconSteps, { message: 'Unknown funnel step' }),
  source: z.string().max(SOURCE_MAX),
});

/* ---- In the browser: attribution carried across pages, and the funnel beacon ---------------- */

const UTM_STORAGE_KEY = 'vixshield:utm';

/**
 * The visit's UTM parameters: those in this page's URL (remembered for the rest of the visit in
 * session storage), or else the ones remembered from the page the visit landed on.
 */
export function rememberedUtm(fromUrl: Utm): Utm {
  try {
    if (Object.keys(fromUrl).length > 0) {
      window.sessionStorage.setItem(UTM_STORAGE_KEY, JSON.stringify(fromUrl));
      return fromUrl;
    }
    const saved = window.sessionStorage.getItem(UTM_STORAGE_KEY);
    return saved ? cleanUtm(JSON.parse(saved)) : {};
  } catch {
    // Storage can be unavailable (private mode) or hold junk: attribution is a courtesy.
    return fromUrl;
  }
}

/**
 * Reports a funnel step to our own server; never throws, never delays navigation. A plain fetch
 * suffices (no keepalive): calls to action navigate on the client, so the page is not unloaded
 * while the beacon is in flight.
 */
export function sendFunnelStep(step: BeaconStep, source: string): void {
  try {
    fetch('/api/events', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ step, source }),
    }).catch(() => {});
  } catch {
    // The beacon is a courtesy; losing one changes nothing for the reader.
  }
}

/** Field → first message, for showing errors next to the fields they concern. */
export function signupErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form');
    errors[field] ??= issue.message;
  }
  return errors;
}
