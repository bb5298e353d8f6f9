/**
 * Production server: Next's request handler behind a plain Node HTTP server, for what Next
 * cannot do itself:
 * - the client's address and the origin a request reached, from the socket (or, with
 *   TRUST_PROXY_HOPS=n, from what our own proxies appended), in headers no client can set
 *   (front/forwarded.mjs): Next would pass a client's own X-Forwarded-For through;
 * - the security headers on every response, redirects and errors included, 405 for unknown
 *   methods, 400 for malformed percent-encoding, and the API body limits enforced while reading
 *   (front/guard.mjs).
 * Database migrations run in instrumentation's register(), which Next calls on the first request
 * it handles; the server makes that request itself as soon as it listens (a health check), so
 * the database is open before readers need it. This file is plain JavaScript run before
 * anything is compiled, so it reads PORT, HOST and TRUST_PROXY_HOPS from process.env itself
 * (src/lib/env.ts reads everything else).
 */
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import next from 'next';
import { stampRequest } from './front/forwarded.mjs';
import { limitApiBody, refuseMalformed, setSecurityHeaders } from './front/guard.mjs';
import { createOnDemandPages, onDemandRoutes } from './server/on-demand-pages.mjs';
import { loadStaticPages } from './server/static-pages.mjs';

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

const buildDir = join(siteDir, process.env.NEXT_DIST_DIR || '.next');
const staticPages = loadStaticPages(buildDir);

// This server as its own client: the start-up health check, and the first render of a page
// rendered on demand.
const loopbackHost = hostname === '0.0.0.0' || hostname === '::' ? '127.0.0.1' : hostname;
const loopback = `http://${loopbackHost.includes(':') ? `[${loopbackHost}]` : loopbackHost}:${port}`;

// A page rendered on its first request is asked of Next over loopback with this header, whose
// value only this process knows, so that request goes straight to Next.
const RENDER_HEADER = 'x-vixshield-render';
const renderToken = randomBytes(18).toString('base64url');
const onDemandPages = createOnDemandPages(onDemandRoutes(buildDir), {
  render: async (path) => {
    const response = await fetch(`${loopback}${path}`, {
      headers: { [RENDER_HEADER]: renderToken, 'accept-encoding': 'identity' },
      redirect: 'manual',
    });
    return {
      status: response.status,
      headers: response.headers,
      body: Buffer.from(await response.arrayBuffer()),
    };
  },
});

async function serve(req, res, expectsContinue) {
  setSecurityHeaders(res);
  if (refuseMalformed(req, res)) return;
  stampRequest(req, trustedHops);
  // Prerendered pages are sent from the build's precompressed copies, with the headers Next
  // would send (server/static-pages.mjs), and so are pages rendered on demand once Next has
  // rendered them (server/on-demand-pages.mjs); everything else goes to Next.
  const toNext = () => handle(req, res);
  if (staticPages?.handle(req, res, toNext)) return;
  const rendering = req.headers[RENDER_HEADER] === renderToken;
  delete req.headers[RENDER_HEADER];
  if (!rendering && onDemandPages.handle(req, res, toNext)) return;
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

server.listen(port, hostname, async () => {
  const shown = hostname === '0.0.0.0' ? 'localhost' : hostname;
  // Next runs instrumentation (opening the database and applying migrations, seconds on a cold
  // PGlite) on the first request that reaches it, not in prepare(): make that request here, so
  // the first reader to ask a question or sign up does not wait for it.
  const started = Date.now();
  try {
    const response = await fetch(`${loopback}/api/health`);
    await response.arrayBuffer();
  } catch (error) {
    console.error('server: the start-up health check failed', error);
  }
  console.log(
    `VixShield Ask ready on http://${shown}:${port} (warmed in ${Date.now() - started} ms)`,
  );
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5000).unref();
  });
}
