import { getDatabase } from '@/db/client';
import { signupErrors, trialSignup } from '@/lib/trial-schema';
import { clientHash } from '@/server/client-identity';
import { attributedSource } from '@/server/funnel-sources';
import { json, parseJsonWrite, unavailable } from '@/server/http';
import { createLead } from '@/server/leads';
import { enforce } from '@/server/rate-limit';

export const dynamic = 'force-dynamic';

/**
 * POST /api/trial — { email, name?, experience, consent: true, source?, utm? } → 201
 * { status: "created" } for a new sign-up, 200 { status: "existing" } when the email signed up
 * before (nothing changes: signing up is idempotent). 400 with per-field reasons, 403, 413, 415,
 * 429 for refused requests, 503 when the database cannot take the write.
 */
export async function POST(request: Request): Promise<Response> {
  const parsed = await parseJsonWrite(request, trialSignup, {
    crossOrigin: 'Sign-ups can only be sent from this site.',
    expected: 'Send a JSON object with your email and experience.',
    fields: { first: { name: 'email', message: 'Enter your email address' }, errors: signupErrors },
  });
  if (!parsed.ok) return parsed.response;
  const { website, consent: _consent, ...signup } = parsed.data;
  signup.source = attributedSource(signup.source);

  try {
    const { db } = await getDatabase();
    const client = await clientHash(db, request.headers);
    const limited = await enforce(db, 'trial', request);
    if (limited) return limited;
    // A filled honeypot is a bot: answer as if it worked, store nothing.
    if (website) return json(201, { status: 'created' });
    const lead = await createLead(db, {
      signup,
      clientHash: client,
      userAgent: request.headers.get('user-agent') ?? undefined,
    });
    return lead.created
      ? json(201, { status: 'created' })
      : json(200, {
          status: 'existing',
          message:
            'This email is already signed up for the trial, so there is nothing more to do. Your first sign-up stands.',
        });
  } catch (error) {
    console.error('trial: could not store a sign-up', error);
    return unavailable();
  }
}
