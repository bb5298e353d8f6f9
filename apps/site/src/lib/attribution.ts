import { storableText } from './text-rules';

/**
 * Where a trial sign-up came from: the page whose call to action led to /trial and the visit's
 * UTM parameters, plus the first-party funnel beacon. No zod here: every page with a call to
 * action loads this module, and the sign-up schema (trial-schema.ts) is needed only on /trial.
 */

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

/**
 * A funnel source names the page whose call to action led to /trial: `home`, `header`,
 * `footer`, `calculators`, or `ask/<slug>`, `glossary/<slug>`, `calculators/<slug>`. The shape is
 * checked here; whether the page exists is checked on the server.
 */
export const SOURCE_PATTERN = /^(?:[a-z]+|(?:ask|glossary|calculators)\/[a-z0-9]+(?:-[a-z0-9]+)*)$/;
export const SOURCE_MAX = 120;
export const DIRECT_SOURCE = 'direct';

/** Keeps only well-formed UTM values (printable, at most UTM_MAX characters), trimmed. */
export function cleanUtm(input: unknown): Utm {
  const out: Utm = {};
  if (typeof input !== 'object' || input === null) return out;
  const record = input as Record<string, unknown>;
  for (const key of utmKeys) {
    const value = record[key];
    if (typeof value !== 'string') continue;
    const trimmed = value.trim();
    if (trimmed && trimmed.length <= UTM_MAX && storableText(trimmed)) out[key] = trimmed;
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

/** The funnel steps a browser may report; sign-ups are recorded by the server only. */
export const beaconSteps = ['view', 'cta_click', 'trial_view'] as const;
export type BeaconStep = (typeof beaconSteps)[number];

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
