import { z } from 'zod';
import { getDatabase } from '@/db/client';
import { EMAIL_MAX } from '@/lib/text-rules';
import { requireAdmin } from '@/server/admin-guard';
import { json, problem, readJsonBody, unavailable } from '@/server/http';
import { suppress, unsuppress } from '@/server/suppressions';

export const dynamic = 'force-dynamic';

const address = z.object({
  email: z.string().trim().max(EMAIL_MAX).pipe(z.email()),
});

async function readAddress(request: Request) {
  const guard = await requireAdmin(request, { write: true });
  if (!guard.ok) return { ok: false as const, response: guard.response };
  const body = await readJsonBody(request, 1024);
  if (!body.ok) return body;
  const parsed = address.safeParse(body.value);
  if (!parsed.success) {
    return {
      ok: false as const,
      response: problem(400, 'invalid', 'Enter a valid email address.', {
        fields: { email: 'Enter a valid email address' },
      }),
    };
  }
  return { ok: true as const, email: parsed.data.email.toLowerCase() };
}

/** POST /api/admin/suppressions — { email } → 200: no email goes to this address any more. */
export async function POST(request: Request): Promise<Response> {
  const input = await readAddress(request);
  if (!input.ok) return input.response;
  try {
    const { db } = await getDatabase();
    await suppress(db, input.email, 'manual', 'added by an editor');
    return json(200, { email: input.email, suppressed: true });
  } catch (error) {
    console.error('admin: could not suppress an address', error);
    return unavailable();
  }
}

/** DELETE /api/admin/suppressions — { email } → 200, 404 when it was not on the list. */
export async function DELETE(request: Request): Promise<Response> {
  const input = await readAddress(request);
  if (!input.ok) return input.response;
  try {
    const { db } = await getDatabase();
    if (!(await unsuppress(db, input.email))) {
      return problem(404, 'not-found', 'That address is not on the suppression list.');
    }
    return json(200, { email: input.email, suppressed: false });
  } catch (error) {
    console.error('admin: could not remove a suppression', error);
    return unavailable();
  }
}
