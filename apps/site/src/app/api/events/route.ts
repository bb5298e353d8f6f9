import { getDatabase } from '@/db/client';
import { env } from '@/lib/env';
import { funnelBeacon } from '@/lib/trial-schema';
import { clientAddress } from '@/server/client-address';
import { clientHash, dailyVisitor } from '@/server/client-identity';
import { recordStep } from '@/server/funnel';
import { attributedSource, isKnownSource } from '@/server/funnel-sources';
import { json, problem, readJsonBody, sameOrigin, unavailable } from '@/server/http';
import { hitRateLimit } from '@/server/rate-limit';

export const dynamic = 'force-dynamic';

/**
 * POST /api/events — { step: "view" | "cta_click" | "trial_view", source } → 202
 * { recorded }: the funnel beacons pages send (sign-ups are recorded by /api/trial itself).
 * A view or click must name a page that exists (400 otherwise); a trial-page view from an unknown
 * source counts as `direct`. Past the per-client rate limit beacons are dropped (202,
 * recorded: false) rather than refused, so a reader's browser never shows an error for them.
 */
export async function POST(request: Request): Promise<Response> {
  if (!sameOrigin(request)) {
    return problem(403, 'cross-origin', 'Funnel events can only be sent from this site.');
  }
  const body = await readJsonBody(request, 1024);
  if (!body.ok) return body.response;
  const parsed = funnelBeacon.safeParse(body.value);
  if (!parsed.success) {
    return problem(
      400,
      'invalid',
      'Send { "step": "view" | "cta_click" | "trial_view", "source": "<page>" }.',
    );
  }
  const { step } = parsed.data;
  let source = parsed.data.source;
  if (step === 'trial_view') source = attributedSource(source);
  else if (!isKnownSource(source) || source === 'direct') {
    return problem(400, 'unknown-source', 'There is no page with that source.');
  }

  try {
    const { db } = await getDatabase();
    const address = clientAddress(request.headers);
    const limit = await hitRateLimit(
      db,
      `events:${await clientHash(db, request.headers)}`,
      env.EVENT_RATE_LIMIT,
      60,
    );
    if (!limit.allowed) return json(202, { recorded: false });
    const visitor = await dailyVisitor(db, address, request.headers.get('user-agent') ?? '');
    const recorded = await recordStep(db, step, source, visitor);
    return json(202, { recorded });
  } catch (error) {
    console.error('events: could not record a funnel step', error);
    return unavailable();
  }
}
