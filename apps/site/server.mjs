/**
 * Production server: Next's request handler behind a plain Node HTTP server, for one reason —
 * Next passes a client's own X-Forwarded-For through, so rate limits keyed on it could be dodged.
 * Here the client address is taken from the socket (or, with TRUST_PROXY_HOPS=n, from the n-th
 * address from the right of X-Forwarded-For, as appended by our own proxies) and written to a
 * header no client can set. Database migrations run in instrumentation's register(), which
 * app.prepare() awaits, so they finish before the port is opened.
 */
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import next from 'next';
import { loadStaticPages } from './server/static-pages.mjs';

const siteDir = dirname(fileURLToPath(import.meta.url));
process.chdir(siteDir);

const port = Number.parseInt(process.env.PORT ?? '3000', 10);
const hostname = process.env.HOST ?? '0.0.0.0';
const trustedHops = Number.parseInt(process.env.TRUST_PROXY_HOPS ?? '0', 10);
const ADDRESS_HEADER = 'x-vixshield-client-address';

if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`PORT must be a number from 1 to 65535 (got "${process.env.PORT}")`);
  process.exit(1);
}

function clientAddress(req) {
  const socketAddress = (req.socket.remoteAddress ?? 'unknown').replace(/^::ffff:/, '');
  if (trustedHops <= 0) return socketAddress;
  const chain = String(req.headers['x-forwarded-for'] ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  return chain[chain.length - trustedHops] ?? socketAddress;
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

// Prerendered pages are sent from the build's precompressed copies, with the headers Next
// would send; everything else goes to Next.
const staticPages = loadStaticPages(join(siteDir, process.env.NEXT_DIST_DIR || '.next'));

const server = createServer((req, res) => {
  req.headers[ADDRESS_HEADER] = clientAddress(req);
  if (staticPages?.handle(req, res, () => handle(req, res))) return;
  handle(req, res);
});

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
