import { getDatabase } from '@/db/client';
import { funnelBeacon } from '@/lib/trial-schema';
import { clientAddress } from '@/server/client-address';
import { dailyVisitor } from '@/server/client-identity';
import { recordStep } from '@/server/funnel';
import { attributedSource, isKnownSource } from '@/server/funnel-sources';
import { json, parseJsonWrite, problem, unavailable } from '@/server/http';
import { enforce } from '@/server/rate-limit';

export const dynamic = 'force-dynamic';

/**
 * POST /api/events — { step: "view" | "cta_click" | "trial_view", source } → 202
 * { recorded }: the funnel beacons pages send (sign-ups are recorded by /api/trial itself).
 * A view or click must name a page that exists (400 otherwise); a trial-page view from an unknown
 * source counts as `direct`. Past the per-client rate limit beacons are dropped (202,
 * recorded: false) rather than refused, so a reader's browser never shows an error for them.
 */
export async function POST(request: Request): Promise<Response> {
  const parsed = await parseJsonWrite(request, funnelBeacon, {
    crossOrigin: 'Funnel events can only be sent from this site.',
    expected: 'Send { "step": "view" | "cta_click" | "trial_view", "source": "<page>" }.',
  });
  if (!parsed.ok) return parsed.response;
  const { step } = parsed.data;
  let source = parsed.data.source;
  if (step === 'trial_view') source = attributedSource(source);
  else if (!isKnownSource(source) || source === 'direct') {
    return problem(400, 'unknown-source', 'There is no page with that source.');
  }

  try {
    const { db } = await getDatabase();
    const limited = await enforce(db, 'events', request);
    if (limited) return limited;
    const visitor = await dailyVisitor(db, clientAddress(request.headers));
    const recorded = await recordStep(db, step, source, visitor);
    return json(202, { recorded });
  } catch (error) {
    console.error('events: could not record a funnel step', error);
    return unavailable();
  }
}
