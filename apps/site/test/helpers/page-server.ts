import { createServer, type IncomingMessage, request, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RawResponse {
  status: number;
  headers: Record<string, unknown>;
  body: Buffer;
}

/**
 * One request to a local test server with exactly these headers (fetch would add and decode
 * Accept-Encoding), answered with the raw bytes.
 */
export function rawRequest(
  port: number,
  path: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

type PageHandler = {
  handle(req: IncomingMessage, res: ServerResponse, fallback: () => void): boolean;
};

/**
 * A local server that answers with `pages` (a server/*.mjs page handler) and a stand-in for Next
 * behind it, which answers `nextStatus` "next" and records each request it gets in `toNext`.
 */
export async function servePages(
  pages: PageHandler,
  toNext: string[],
  nextStatus: number,
): Promise<{ port: number; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    const next = () => {
      toNext.push(`${req.method} ${req.url}`);
      res.writeHead(nextStatus, { 'content-type': 'text/plain' });
      res.end('next');
    };
    if (!pages.handle(req, res, next)) next();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
