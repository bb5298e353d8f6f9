/**
 * Production server: Next's request handler behind a plain Node HTTP server, for what Next
 * cannot do itself:
 * - the client's address and the origin a request reached, from the socket (or, with
 *   TRUST_PROXY_HOPS=n, from what our own proxies appended), in headers no client can set
 *   (front/forwarded.mjs): Next would pass a client's own X-Forwarded-For through;
 * - the security headers on every response, redirects and errors included, 405 for unknown
 *   methods, 400 for malformed percent-encoding, and the API body limits enforced while reading
 *   (front/guard.mjs).
 * Database migrations run in instrumentation's register(), which app.prepare() awaits, so they
 * finish before the port is opened. This file is plain JavaScript run before anything is
 * compiled, so it reads PORT, HOST and TRUST_PROXY_HOPS from process.env itself (src/lib/env.ts
 * reads everything else).
 */
import { createServer } from 'node:http';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import next from 'next';
import { stampRequest } from './front/forwarded.mjs';
import { limitApiBody, refuseMalformed, setSecurityHeaders } from './front/guard.mjs';

const siteDir = dirname(fileURLToPath(import.meta.url));
process.chdir(siteDir);

const port = Number.parseInt(process.env.PORT ?? '3000', 10);
const hostname = process.env.HOST ?? '0.0.0.0';
const trustedHops = Number.parseInt(process.env.TRUST_PROXY_HOPS ?? '0', 10);

if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`PORT must be a number from 1 to 65535 (got "${process.env.PORT}")`);
  process.exit(1);
}
if (!Number.isInteger(trustedHops) || trustedHops < 0) {
  console.error(`TRUST_PROXY_HOPS must be 0 or more (got "${process.env.TRUST_PROXY_HOPS}")`);
  process.exit(1);
}

const app = next({ dev: false, dir: siteDir, hostname, port });
const handle = app.getRequestHandler();

try {
  await app.prepare();
} catch (error) {
  console.error('The site could not start:', error instanceof Error ? error.message : error);
  console.error(
    'If the database folder is damaged, move it aside (DATA_DIR, default apps/site/.data) and start again.',
  );
  process.exit(1);
}

async function serve(req, res, expectsContinue) {
  setSecurityHeaders(res);
  if (refuseMalformed(req, res)) return;
  stampRequest(req, trustedHops);
  const request = await limitApiBody(req, res, expectsContinue);
  if (request) await handle(request, res);
}

function onRequest(expectsContinue) {
  return (req, res) => {
    serve(req, res, expectsContinue).catch((error) => {
      console.error('server: a request failed', error);
      if (!res.headersSent) {
        res.statusCode = 500;
        res.end();
      } else res.destroy();
    });
  };
}

const server = createServer(onRequest(false));
// A client sending `Expect: 100-continue` is told to go on only once its request is acceptable.
server.on('checkContinue', onRequest(true));

server.listen(port, hostname, () => {
  const shown = hostname === '0.0.0.0' ? 'localhost' : hostname;
  console.log(`VixShield Ask ready on http://${shown}:${port}`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5000).unref();
  });
}
