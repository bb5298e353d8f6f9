import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_ADDRESS_HEADER, REQUEST_ORIGIN_HEADER } from '@/server/request-rules.mjs';
import { requestOrigin, stampRequest } from '../front/forwarded.mjs';
import { limitApiBody, refuseMalformed, setSecurityHeaders } from '../front/guard.mjs';

/**
 * The production server's front (front/*.mjs, what server.mjs runs before Next), on a plain
 * Node server in this process, so what the server itself read can be measured. The same checks
 * against `npm start` are in scripts/proof/hostile.ts.
 */
let server: Server;
let port = 0;
/** Bytes each answered request's connection had read when the answer went out. */
const reads: number[] = [];

beforeAll(async () => {
  const serve = (expectsContinue: boolean) => async (req: IncomingMessage, res: ServerResponse) => {
    setSecurityHeaders(res);
    res.once('finish', () => reads.push(req.socket.bytesRead));
    if (refuseMalformed(req, res)) return;
    stampRequest(req, Number(req.headers['x-test-hops'] ?? 0));
    const request = await limitApiBody(req, res, expectsContinue);
    if (!request) return;
    let body = '';
    for await (const chunk of request) body += String(chunk);
    res.setHeader('content-type', 'application/json');
    res.end(
      JSON.stringify({
        body,
        address: request.headers[CLIENT_ADDRESS_HEADER],
        origin: request.headers[REQUEST_ORIGIN_HEADER] ?? null,
      }),
    );
  };
  server = createServer(serve(false));
  server.on('checkContinue', serve(true));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : 0;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Sends a raw HTTP request; resolves with what came back and how the connection ended. */
function raw(
  head: string,
  body?: { chunkBytes: number; totalBytes: number },
): Promise<{ response: string; written: number; closed: boolean }> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let response = '';
    let written = 0;
    let done = false;
    const finish = (closed: boolean) => {
      if (done) return;
      done = true;
      resolve({ response, written, closed });
    };
    socket.on('data', (d) => {
      response += String(d);
    });
    socket.on('error', () => finish(true));
    socket.on('close', () => finish(true));
    socket.write(head);
    if (!body) return;
    const piece = Buffer.alloc(body.chunkBytes, 'a');
    const pump = () => {
      while (written < body.totalBytes && !socket.destroyed && !response.includes(' 413 ')) {
        const frame = Buffer.concat([
          Buffer.from(`${piece.length.toString(16)}\r\n`),
          piece,
          Buffer.from('\r\n'),
        ]);
        written += piece.length;
        if (!socket.write(frame)) {
          socket.once('drain', pump);
          return;
        }
      }
      if (written >= body.totalBytes && !socket.destroyed) socket.write('0\r\n\r\n');
    };
    pump();
  });
}

describe('3: request bodies past the route limit', () => {
  it('a chunked 10 MB body: reading stops near the limit, 413, the connection is closed', async () => {
    reads.length = 0;
    const result = await raw(
      `POST /api/questions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n`,
      { chunkBytes: 16 * 1024, totalBytes: 10 * 1024 * 1024 },
    );
    expect(result.response).toMatch(/^HTTP\/1\.1 413 /);
    expect(result.response.toLowerCase()).toContain('connection: close');
    expect(result.closed).toBe(true);
    const read = reads.at(-1) ?? Number.POSITIVE_INFINITY;
    console.log(`front: the server read ${read} bytes of a 10 MB chunked body before the 413`);
    expect(read).toBeLessThan(256 * 1024);
  });

  it('a declared length past the limit is refused before anything is read or continued', async () => {
    const result = await raw(
      `POST /api/views HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 10000000\r\nExpect: 100-continue\r\n\r\n`,
    );
    expect(result.response).toMatch(/^HTTP\/1\.1 413 /);
    expect(result.response).not.toContain('100 Continue');
    expect(result.response).toContain('at most 1024 bytes');
  });

  it('a small chunked body reaches the route whole', async () => {
    const text = '{"question":"a chunked question"}';
    const result = await raw(
      `POST /api/questions HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n${text.length.toString(16)}\r\n${text}\r\n0\r\n\r\n`,
    );
    expect(result.response).toMatch(/^HTTP\/1\.1 200 /);
    expect(result.response).toContain(JSON.stringify(text).slice(1, -1));
  });
});

describe('8: malformed requests and headers on every answer', () => {
  it('400 for bad percent-encoding and 405 for TRACE, each with the security headers', async () => {
    for (const [line, status] of [
      ['GET /ask/%ZZ HTTP/1.1', 400],
      ['GET /glossary/%E2%82 HTTP/1.1', 400],
      ['TRACE / HTTP/1.1', 405],
      ['PUT /api/questions HTTP/1.1', 405],
    ] as const) {
      const { response } = await raw(`${line}\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
      expect(response, line).toMatch(new RegExp(`^HTTP/1\\.1 ${status} `));
      const head = response.toLowerCase();
      expect(head, line).toContain('strict-transport-security: max-age=');
      expect(head, line).toContain("content-security-policy: default-src 'none'");
      expect(head, line).toContain('x-frame-options: deny');
      expect(head, line).toContain('x-content-type-options: nosniff');
    }
  });
});

describe('2, 10: what the app is told about the client', () => {
  const ask = async (headers: string) => {
    const { response } = await raw(
      `POST /api/x HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\nContent-Length: 2\r\n${headers}\r\n{}`,
    );
    return JSON.parse(response.slice(response.indexOf('\r\n\r\n') + 4)) as {
      address: string;
      origin: string | null;
    };
  };

  it('ignores a client’s own forwarded headers and stamps the real origin', async () => {
    const seen = await ask(
      `X-Forwarded-For: 203.0.113.9\r\nX-Forwarded-Host: evil.example\r\nX-Forwarded-Proto: https\r\n${CLIENT_ADDRESS_HEADER}: 203.0.113.9\r\n${REQUEST_ORIGIN_HEADER}: https://evil.example\r\n`,
    );
    expect(seen.address).toMatch(/127\.0\.0\.1$/);
    expect(seen.origin).toBe(`http://127.0.0.1:${port}`);
  });

  it('behind one trusted proxy, takes what that proxy appended', async () => {
    const seen = await ask(
      'x-test-hops: 1\r\nX-Forwarded-For: 198.51.100.1, 2001:db8::7\r\nX-Forwarded-Host: forged.example, ask.example.com\r\nX-Forwarded-Proto: http, https\r\n',
    );
    expect(seen.address).toBe('2001:db8::7');
    expect(seen.origin).toBe('https://ask.example.com');
  });

  it('builds origins as browsers write them', () => {
    const req = (host: string, extra: Record<string, string> = {}) =>
      ({ headers: { host, ...extra }, socket: {} }) as unknown as IncomingMessage;
    expect(requestOrigin(req('Example.COM:80'), 0)).toBe('http://example.com');
    expect(requestOrigin(req('[::1]:3000'), 0)).toBe('http://[::1]:3000');
    expect(requestOrigin(req('bad host'), 0)).toBeNull();
    expect(requestOrigin(req('a.example', { 'x-forwarded-proto': 'https' }), 1)).toBe(
      'https://a.example',
    );
    expect(requestOrigin(req('a.example', { 'x-forwarded-proto': 'gopher' }), 1)).toBeNull();
  });
});
