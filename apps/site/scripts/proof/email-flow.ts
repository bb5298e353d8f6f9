/**
 * The emails' promise, end to end through the production server with SMTP_URL pointing at a real
 * SMTP server in this process: sign-up → confirmation email → its link → welcome email; the
 * answer to a repeated sign-up is byte for byte the answer to a new one; a question with
 * `notify` → marked answered → one email with the article's absolute link; the one-click
 * unsubscribe (RFC 8058 POST) suppresses the address, and the next email to it is held back.
 * Links point at SITE_URL (https://ask.vixshield.com); they are followed on the local server.
 */
import { rmSync } from 'node:fs';
import { freshDataDir, startServer } from './server-process';
import { linksOf, type ReceivedEmail, startSmtpSink } from './smtp-sink';

const PASSWORD = 'proof-editor-password-0123';
const SITE = 'https://ask.vixshield.com';
const ARTICLE = 'how-to-layer-iron-condors';

const sink = await startSmtpSink();
const dataDir = freshDataDir('email-flow');
const server = await startServer({
  dataDir,
  env: { SMTP_URL: sink.url, ADMIN_PASSWORD: PASSWORD, SIGNUP_RATE_LIMIT: '1000' },
});
const checks: { name: string; ok: boolean; detail: string }[] = [];
function check(name: string, ok: boolean, detail: unknown = '') {
  checks.push({ name, ok, detail: typeof detail === 'string' ? detail : JSON.stringify(detail) });
}

/** One of our absolute links, requested from the local server instead. */
function local(link: string): string {
  const url = new URL(link);
  if (url.origin !== SITE) throw new Error(`link not on SITE_URL: ${link}`);
  return `${server.url}${url.pathname}${url.search}`;
}

const inbox = (to: string) => sink.received.filter((m) => m.to.includes(to));
const waitForMail = (to: string, n: number) => sink.waitFor(() => inbox(to).length >= n);

async function signUp(email: string) {
  const response = await fetch(`${server.url}/api/trial`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, experience: 'some-options', consent: true, source: 'home' }),
  });
  const headers = [...response.headers.entries()].filter(([name]) => name !== 'date');
  return { status: response.status, body: await response.text(), headers: JSON.stringify(headers) };
}

try {
  // --- Double opt-in -------------------------------------------------------------------------
  const reader = 'proof.reader@example.com';
  const fresh = await signUp(reader);
  await waitForMail(reader, 1);
  const pending = await signUp(reader);
  await waitForMail(reader, 2);
  const [confirmation] = inbox(reader);
  check('a new sign-up is answered 202 "check your inbox"', fresh.status === 202, fresh.body);
  check(
    'the repeated (pending) sign-up answer is byte-identical to the new one',
    pending.status === fresh.status &&
      pending.body === fresh.body &&
      pending.headers === fresh.headers,
    { fresh, pending },
  );
  const confirmLink = confirmation
    ? linksOf(confirmation).find((l) => l.includes('/trial/confirm?'))
    : undefined;
  check(
    'the confirmation email has a text part with a signed link',
    Boolean(confirmLink),
    confirmation?.parsed.text?.slice(0, 200),
  );
  const page = await fetch(local(confirmLink ?? `${SITE}/trial/confirm`));
  const html = await page.text();
  check(
    'opening the link confirms and says what happens next',
    page.status === 200 &&
      html.includes('Your free trial is confirmed') &&
      html.includes('What happens next'),
    page.status,
  );
  await sink.waitFor(() => inbox(reader).some((m) => m.parsed.subject?.startsWith('Welcome')));
  check('the welcome email follows', true);
  const again = await fetch(local(confirmLink ?? ''));
  check(
    'the link works once: opening it again changes nothing',
    (await again.text()).includes('already confirmed'),
  );
  const confirmed = await signUp(reader);
  check(
    'a sign-up with the confirmed address is answered byte for byte the same',
    confirmed.status === fresh.status &&
      confirmed.body === fresh.body &&
      confirmed.headers === fresh.headers,
    confirmed,
  );
  await sink.waitFor(() =>
    inbox(reader).some((m) => m.parsed.subject?.startsWith('You are already signed up')),
  );
  check('and the confirmed address gets the "already signed up" email', true);
  const welcomes = inbox(reader).filter((m) => m.parsed.subject?.startsWith('Welcome'));
  check('exactly one welcome email', welcomes.length === 1, welcomes.length);

  // --- Answered question ---------------------------------------------------------------------
  const asker = 'proof.asker@example.com';
  const asked = await fetch(`${server.url}/api/questions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      question: 'How far apart should my two condor layers be?',
      email: asker,
      notify: true,
    }),
  });
  const { id } = (await asked.json()) as { id: string };
  const login = await fetch(`${server.url}/api/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.url },
    body: JSON.stringify({ password: PASSWORD }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const answered = await fetch(`${server.url}/api/admin/questions/${id}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.url, cookie },
    body: JSON.stringify({ action: 'answer', articleSlug: ARTICLE }),
  });
  check('the editor marks the question answered', asked.status === 201 && answered.status === 200, [
    asked.status,
    login.status,
    answered.status,
  ]);
  await waitForMail(asker, 1);
  const answerMail = inbox(asker)[0] as ReceivedEmail;
  const articleLink = linksOf(answerMail).find((l) => l.endsWith(`/ask/${ARTICLE}`));
  check(
    'the reader gets an email with the article’s absolute link',
    articleLink === `${SITE}/ask/${ARTICLE}`,
    linksOf(answerMail),
  );
  const article = await fetch(local(articleLink ?? `${SITE}/`));
  check('the link opens the article', article.status === 200, article.status);

  // --- One-click unsubscribe -----------------------------------------------------------------
  const header =
    answerMail.parsed.headerLines.find((h) => /^list-unsubscribe$/i.test(h.key))?.line ?? '';
  const post =
    answerMail.parsed.headerLines.find((h) => /^list-unsubscribe-post$/i.test(h.key))?.line ?? '';
  const oneClick = /<(https:[^>]+)>/.exec(header)?.[1];
  check(
    'List-Unsubscribe is an HTTPS link with List-Unsubscribe-Post One-Click',
    Boolean(oneClick) && /List-Unsubscribe=One-Click/.test(post),
    { header, post },
  );
  const viewed = await fetch(local(oneClick ?? `${SITE}/api/unsubscribe`), { redirect: 'manual' });
  check(
    'GET on the link unsubscribes no one (it leads to the confirm page)',
    viewed.status === 303,
    viewed.status,
  );
  const unsub = await fetch(local(oneClick ?? `${SITE}/api/unsubscribe`), {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      origin: 'https://mail.example.net',
    },
    body: 'List-Unsubscribe=One-Click',
  });
  check(
    'the one-click POST (from the mailbox provider) unsubscribes at once',
    unsub.status === 200,
    unsub.status,
  );
  const footerLink = linksOf(answerMail).find((l) => l.includes('/unsubscribe?'));
  const unsubPage = await (await fetch(local(footerLink ?? `${SITE}/unsubscribe`))).text();
  check(
    'the page now says the address is unsubscribed',
    unsubPage.includes('You are unsubscribed'),
  );
  const second = await fetch(`${server.url}/api/questions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      question: 'And how do I roll the inner layer?',
      email: asker,
      notify: true,
    }),
  });
  const secondId = ((await second.json()) as { id: string }).id;
  await fetch(`${server.url}/api/admin/questions/${secondId}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.url, cookie },
    body: JSON.stringify({ action: 'answer', articleSlug: ARTICLE }),
  });
  let held = false;
  for (let i = 0; i < 100 && !held; i += 1) {
    const outbox = await (
      await fetch(`${server.url}/admin/outbox?status=suppressed`, { headers: { cookie } })
    ).text();
    held = outbox.includes(asker);
    if (!held) await new Promise((r) => setTimeout(r, 100));
  }
  check(
    'the next email to the unsubscribed address is suppressed, not sent',
    held && inbox(asker).length === 1,
    inbox(asker).length,
  );
} catch (error) {
  check('the flow ran to the end', false, error instanceof Error ? error.message : String(error));
} finally {
  await server.stop();
  await sink.stop();
  rmSync(dataDir, { recursive: true, force: true });
}

for (const c of checks)
  console.log(`email-flow: ${c.ok ? 'ok  ' : 'FAIL'} ${c.name}${c.ok ? '' : ` — ${c.detail}`}`);
const failed = checks.filter((c) => !c.ok).length;
console.log(`email-flow: ${checks.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
