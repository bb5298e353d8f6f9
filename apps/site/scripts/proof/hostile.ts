/**
 * What a hostile client can try against `npm start` behind one trusted proxy (TRUST_PROXY_HOPS=1:
 * this script plays the proxy, appending the client's address to X-Forwarded-For), and what it
 * must get: the rows of issue 15 that need a running server. Each check prints ok or FAIL with
 * what came back; the figures (bytes a client got in before a 413) are printed too.
 */
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { type AliasSource, aliasRedirects } from '../../src/lib/alias-redirects';
import { freshDataDir, startServer } from './server-process';

const PASSWORD = 'hostile-proof-password-0123';
const server = await startServer({
  dataDir: freshDataDir('hostile'),
  env: {
    TRUST_PROXY_HOPS: '1',
    ADMIN_PASSWORD: PASSWORD,
    QUESTION_RATE_LIMIT: '1000',
    SIGNUP_RATE_LIMIT: '1000',
    EVENT_RATE_LIMIT: '10000',
    VIEW_RATE_LIMIT: '10000',
  },
});
const base = server.url;
const checks: { name: string; ok: boolean; detail: string }[] = [];
function check(name: string, ok: boolean, detail: unknown) {
  checks.push({ name, ok, detail: JSON.stringify(detail) });
}

/** A request as our proxy would forward it from `client`. */
function send(
  path: string,
  init: RequestInit & { client?: string; json?: unknown } = {},
): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set('x-forwarded-for', init.client ?? '192.0.2.1');
  if (init.json !== undefined) headers.set('content-type', 'application/json');
  return fetch(`${base}${path}`, {
    redirect: 'manual',
    ...init,
    headers,
    body: init.json !== undefined ? JSON.stringify(init.json) : init.body,
  });
}

const cookieOf = (response: Response, name: string) =>
  response.headers
    .getSetCookie()
    .find((c) => c.startsWith(`${name}=`))
    ?.split(';')[0]
    ?.slice(name.length + 1);

function securityHeaders(response: Response): boolean {
  const h = response.headers;
  return (
    /max-age=\d{7,}/.test(h.get('strict-transport-security') ?? '') &&
    h.get('x-frame-options') === 'DENY' &&
    h.get('x-content-type-options') === 'nosniff' &&
    /frame-ancestors 'none'/.test(h.get('content-security-policy') ?? '')
  );
}

try {
  // ---- 9: the admin cookie: Secure and __Host- whatever Host the proxy forwards -------------
  const signIn = await send('/api/admin/login', {
    method: 'POST',
    json: { password: PASSWORD },
    client: '198.51.100.200',
  });
  const setCookies = signIn.headers.getSetCookie();
  const sessionSet = setCookies.find((c) => c.startsWith('__Host-vixshield_admin='));
  check(
    '9: the session cookie is __Host- named and Secure over plain http to 127.0.0.1',
    signIn.status === 200 && /; Secure/.test(sessionSet ?? '') && /Path=\//.test(sessionSet ?? ''),
    { status: signIn.status, setCookies },
  );
  const session = cookieOf(signIn, '__Host-vixshield_admin') ?? '';
  const device = cookieOf(signIn, '__Host-vixshield_admin_device') ?? '';

  // ---- 13: two cookies of one name: pages and APIs agree ------------------------------------
  for (const [label, header, expectAdmin] of [
    ['valid first', `__Host-vixshield_admin=${session}; __Host-vixshield_admin=garbage`, true],
    ['garbage first', `__Host-vixshield_admin=garbage; __Host-vixshield_admin=${session}`, false],
  ] as const) {
    const page = await send('/admin', { headers: { cookie: header } });
    const api = await send('/api/admin/questions', { headers: { cookie: header } });
    const pageAdmin = page.status === 200;
    const apiAdmin = api.status === 200;
    check(
      `13: with two session cookies (${label}) the page and the API agree`,
      pageAdmin === apiAdmin && apiAdmin === expectAdmin,
      { page: page.status, api: api.status },
    );
  }

  // ---- 1: inherited property names as funnel sources ----------------------------------------
  const sources = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];
  const statuses = [];
  for (const source of sources)
    statuses.push(
      (await send('/api/events', { method: 'POST', json: { step: 'view', source } })).status,
    );
  check(
    '1: a view from an inherited name is refused with 400',
    statuses.every((s) => s === 400),
    statuses,
  );
  const trialView = await send('/api/events', {
    method: 'POST',
    json: { step: 'trial_view', source: 'constructor' },
  });
  const funnel = await send('/admin/funnel', {
    headers: { cookie: `__Host-vixshield_admin=${session}` },
  });
  check(
    '1: /trial?from=constructor counts as direct, and the funnel page renders',
    trialView.status === 202 && funnel.status === 200,
    { trialView: trialView.status, funnel: funnel.status },
  );

  // ---- 4: formulas in the CSV export ---------------------------------------------------------
  await send('/api/trial', {
    method: 'POST',
    json: {
      email: 'formula@example.com',
      name: ';=2+5;',
      experience: 'professional',
      consent: true,
      utm: { utm_source: 'x;=3+4', utm_campaign: '=HYPERLINK("http://evil.example")' },
    },
  });
  const csv = await (
    await send('/api/admin/leads?format=csv', {
      headers: { cookie: `__Host-vixshield_admin=${session}` },
    })
  ).text();
  const row = csv.split('\r\n').find((line) => line.includes('formula@example.com')) ?? '';
  check(
    '4: every CSV cell is quoted and a leading = is defused',
    row.includes('";=2+5;"') &&
      row.includes('"x;=3+4"') &&
      row.includes(`"'=HYPERLINK(""http://evil.example"")"`) &&
      row.split(',').every((cell) => cell.startsWith('"')),
    row,
  );

  // ---- 6: one address, twenty user agents ----------------------------------------------------
  let views = 0;
  for (let i = 0; i < 20; i += 1) {
    const response = await send('/api/views', {
      method: 'POST',
      json: { slug: 'how-to-layer-iron-condors' },
      client: `2001:db8:66::${i + 1}`,
      headers: { 'user-agent': `Agent/${i}` },
    });
    views = ((await response.json()) as { views: number }).views;
  }
  check('6: 20 beacons from one /64 with 20 user agents count one view', views === 1, { views });

  // ---- 8: malformed paths, unknown methods, headers on errors and redirects ------------------
  for (const path of ['/ask/%ZZ', '/glossary/%ZZ', '/calculators/%ZZ', '/ask/tag/%ZZ']) {
    const response = await send(path);
    check(
      `8: ${path} → 400 with the security headers`,
      response.status === 400 && securityHeaders(response),
      response.status,
    );
  }
  const trace = await rawExchange(
    server.port,
    'TRACE / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n',
  );
  check(
    '8: TRACE / → 405 with the security headers',
    /^HTTP\/1\.1 405 /.test(trace) &&
      /strict-transport-security/i.test(trace) &&
      /x-frame-options: DENY/i.test(trace),
    trace.split('\r\n')[0],
  );
  // A trailing-slash redirect and a glossary alias redirect (from next.config.ts's redirects()).
  const terms = JSON.parse(
    readFileSync(
      new URL('../../.contentlayer/generated/Term/_index.json', import.meta.url),
      'utf8',
    ),
  ) as AliasSource[];
  const alias = aliasRedirects(terms)[0]?.source ?? '/glossary/no-alias';
  for (const path of ['/ask/', alias]) {
    const response = await send(path);
    check(
      `8: the redirect of ${path} carries the security headers`,
      response.status >= 300 && response.status < 400 && securityHeaders(response),
      { status: response.status, location: response.headers.get('location') },
    );
  }
  const missing = await send('/no-such-page');
  check(
    '8: a 404 carries the security headers',
    missing.status === 404 && securityHeaders(missing),
    missing.status,
  );

  // ---- 10: origins compare scheme, host and port; forwarded headers only from our proxy ----
  const question = { question: 'Does a cross-site question get through?' };
  const wrongScheme = await send('/api/questions', {
    method: 'POST',
    json: question,
    headers: { origin: `https://127.0.0.1:${server.port}` },
  });
  const forgedHost = await send('/api/questions', {
    method: 'POST',
    json: question,
    headers: {
      origin: 'http://evil.example',
      'x-forwarded-host': `evil.example, 127.0.0.1:${server.port}`,
      'x-forwarded-proto': 'http, http',
    },
  });
  const sameSite = await send('/api/questions', {
    method: 'POST',
    json: question,
    headers: { origin: `http://127.0.0.1:${server.port}`, 'x-forwarded-proto': 'http' },
  });
  check(
    '10: https://host over http and a client-forwarded host are refused; the real origin is not',
    wrongScheme.status === 403 && forgedHost.status === 403 && sameSite.status === 201,
    { wrongScheme: wrongScheme.status, forgedHost: forgedHost.status, sameSite: sameSite.status },
  );

  // ---- 11: text that reads differently from what it is ---------------------------------------
  const deceptive = await send('/api/questions', {
    method: 'POST',
    json: { question: 'Pay to \u202Emoc.live\u202C now, please?' },
  });
  const deceptiveBody = (await deceptive.json()) as { fields?: Record<string, string> };
  check(
    '11: a right-to-left override is refused with a field message',
    deceptive.status === 400 && Boolean(deceptiveBody.fields?.question),
    deceptiveBody,
  );

  // ---- 2: password guessing from one /64, and from many addresses ----------------------------
  const fromOne64 = [];
  for (let i = 1; i <= 40; i += 1) {
    const address =
      i % 2 ? `2001:db8:77::${i.toString(16)}` : `[2001:DB8:77:0:0:0:0:${i.toString(16)}]`;
    fromOne64.push(
      (
        await send('/api/admin/login', {
          method: 'POST',
          json: { password: `guess-${i}` },
          client: address,
        })
      ).status,
    );
  }
  check(
    '2: 40 guesses from 40 spellings of one IPv6 /64: 10 checked, the rest 429',
    fromOne64.filter((s) => s === 401).length === 10 && fromOne64.slice(10).every((s) => s === 429),
    fromOne64,
  );
  const spread = [];
  for (let i = 0; i < 60; i += 1) {
    spread.push(
      (
        await send('/api/admin/login', {
          method: 'POST',
          json: { password: `guess-${i}` },
          client: `203.0.113.${i}`,
        })
      ).status,
    );
  }
  const checked = spread.filter((s) => s === 401).length;
  check(
    '2: guesses from 60 addresses: at most 50 checked site-wide per 15 minutes',
    checked <= 50 && spread.at(-1) === 429,
    {
      checked,
      refused: spread.filter((s) => s === 429).length,
    },
  );
  const stranger = await send('/api/admin/login', {
    method: 'POST',
    json: { password: PASSWORD },
    client: '192.0.2.99',
  });
  const editor = await send('/api/admin/login', {
    method: 'POST',
    json: { password: PASSWORD },
    client: '192.0.2.98',
    headers: { cookie: `__Host-vixshield_admin_device=${device}` },
  });
  check(
    '2: during the attack a new browser waits, the editor’s known browser signs in',
    stranger.status === 429 && editor.status === 200,
    { stranger: stranger.status, editor: editor.status },
  );

  // ---- 3: a chunked 10 MB body ---------------------------------------------------------------
  const upload = await chunkedUpload(server.port, '/api/questions', 10 * 1024 * 1024);
  console.log(
    `hostile: chunked 10 MB upload: ${upload.status}, the client got ${(upload.written / 1024).toFixed(0)} KB into the connection (its own and the server's kernel buffers included) before it was closed`,
  );
  check(
    '3: a chunked 10 MB body is cut off: 413 and the connection closed before the body is through',
    upload.status === 413 && upload.closed && upload.written < 10 * 1024 * 1024,
    upload,
  );
  const declared = await rawExchange(
    server.port,
    'POST /api/questions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 10485760\r\nExpect: 100-continue\r\n\r\n',
  );
  check(
    '3: a declared 10 MB body is refused before the client is told to send it',
    /^HTTP\/1\.1 413 /.test(declared) && !declared.includes('100 Continue'),
    declared.split('\r\n')[0],
  );

  const health = await send('/api/health');
  check('the server is still healthy after all of it', health.status === 200, await health.json());
} finally {
  await server.stop();
}

/** Sends raw bytes; resolves with everything the server wrote back before it closed. */
function rawExchange(port: number, request: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let text = '';
    socket.on('data', (d) => {
      text += String(d);
    });
    socket.on('error', () => {});
    socket.on('close', () => resolve(text));
    socket.write(request);
  });
}

/** Streams `total` bytes as a chunked body, as fast as the connection takes them. */
function chunkedUpload(
  port: number,
  path: string,
  total: number,
): Promise<{ status: number; written: number; closed: boolean }> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let response = '';
    let written = 0;
    let closed = false;
    const piece = Buffer.alloc(16 * 1024, 'a');
    const frame = Buffer.concat([
      Buffer.from(`${piece.length.toString(16)}\r\n`),
      piece,
      Buffer.from('\r\n'),
    ]);
    const end = () => {
      closed = true;
      resolve({ status: Number(response.slice(9, 12)) || 0, written, closed });
    };
    socket.on('data', (d) => {
      response += String(d);
    });
    socket.on('error', () => {});
    socket.on('close', end);
    socket.write(
      `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n`,
    );
    const pump = () => {
      while (written < total && !socket.destroyed && !response) {
        written += piece.length;
        if (!socket.write(frame)) return void socket.once('drain', pump);
      }
      if (written >= total && !socket.destroyed) socket.end('0\r\n\r\n');
    };
    pump();
  });
}

for (const c of checks)
  console.log(`hostile: ${c.ok ? 'ok  ' : 'FAIL'} ${c.name}${c.ok ? '' : ` ${c.detail}`}`);
const failed = checks.filter((c) => !c.ok).length;
console.log(`hostile: ${checks.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
