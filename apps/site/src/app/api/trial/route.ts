import { getDatabase } from '@/db/client';
import { signupErrors, trialSignup } from '@/lib/trial-schema';
import { clientHash } from '@/server/client-identity';
import { attributedSource } from '@/server/funnel-sources';
import { parseJsonWrite, unavailable } from '@/server/http';
import { wakeOutbox } from '@/server/outbox';
import { enforce } from '@/server/rate-limit';
import { requestTrial, signupAccepted } from '@/server/trial-opt-in';

export const dynamic = 'force-dynamic';

/**
 * POST /api/trial — { email, name?, experience, consent: true, source?, utm? } → 202
 * { status: "check-your-inbox", message } for every accepted sign-up, byte for byte the same
 * whether the address is new, waiting for confirmation or already confirmed: only the email that
 * follows differs, so the form tells no one which addresses signed up. 400 with per-field
 * reasons, 403, 413, 415, 429 for refused requests, 503 when the database cannot take the write.
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
    if (website) return signupAccepted();
    await requestTrial(db, {
      signup,
      clientHash: client,
      userAgent: request.headers.get('user-agent') ?? undefined,
    });
    wakeOutbox();
    return signupAccepted();
  } catch (error) {
    console.error('trial: could not store a sign-up', error);
    return unavailable();
  }
}
