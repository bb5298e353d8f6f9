import { IncomingMessage } from 'node:http';
import {
  ALLOWED_METHODS,
  bodyLimit,
  decodablePath,
  NON_DOCUMENT_CSP,
  STATIC_SECURITY_HEADERS,
} from '../src/server/request-rules.mjs';

/**
 * What the production server checks before Next sees a request (rules in
 * src/server/request-rules.mjs): the security headers on every response, 405 for methods the
 * site does not use, 400 for a path that is not valid percent-encoding, and the API routes' body
 * limits, enforced while reading: past the limit it stops reading, answers 413 and closes.
 */

/**
 * Every response starts with the security headers and the API's locked-down policy; Next replaces
 * the policy with the page's own where it renders a page. Redirects and errors keep these.
 */
export function setSecurityHeaders(res) {
  for (const { key, value } of STATIC_SECURITY_HEADERS) res.setHeader(key, value);
  res.setHeader('Content-Security-Policy', NON_DOCUMENT_CSP);
}

function answer(res, status, error, message, headers = {}) {
  const body = JSON.stringify({ error, message });
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'content-length': Buffer.byteLength(body),
    ...headers,
  });
  res.end(body);
}

/** Answers requests no route should see; true when it did. */
export function refuseMalformed(req, res) {
  if (!ALLOWED_METHODS.includes(req.method ?? '')) {
    answer(res, 405, 'method-not-allowed', `This site answers ${ALLOWED_METHODS.join(', ')}.`, {
      allow: ALLOWED_METHODS.join(', '),
    });
    return true;
  }
  const path = (req.url ?? '/').split('?', 1)[0] ?? '/';
  if (!decodablePath(path)) {
    answer(res, 400, 'bad-request', 'The address is not valid percent-encoding.');
    return true;
  }
  return false;
}

/**
 * Answers 413 and closes the connection without reading the rest: reading stops, and with
 * `Connection: close` Node closes the socket as soon as the answer is out.
 */
function tooLarge(req, res, limit) {
  req.pause();
  lingerAfterAnswer(req.socket);
  answer(res, 413, 'payload-too-large', `The request body may be at most ${limit} bytes.`, {
    connection: 'close',
  });
}

/** How long a refused upload's connection stays half-open so the client can read the 413. */
const LINGER_MS = 1000;

/**
 * A lingering close, as nginx and Apache do it: closing a socket whose receive buffer still holds
 * the client's unread upload makes the kernel send a reset, and a reset makes the client's kernel
 * drop the 413 it has not read yet. So once the answer is out the server sends FIN (no more from
 * us), discards what is still arriving, and destroys the socket when the client closes or after
 * LINGER_MS, whichever comes first. Nothing of the body is handed on.
 */
function lingerAfterAnswer(socket) {
  socket.destroySoon = () => {
    socket.end();
    const timer = setTimeout(() => socket.destroy(), LINGER_MS);
    socket.once('close', () => clearTimeout(timer));
  };
}

/**
 * For an API write, the request to hand to Next, or null when it was refused here. A declared
 * Content-Length above the limit is refused before reading (and before a client that sent
 * `Expect: 100-continue` is told to send anything); a chunked body is read up to the limit (a
 * few kilobytes) and handed on as a request whose body is what was read. `expectsContinue`: the
 * client waits for "100 Continue" before sending its body.
 */
export async function limitApiBody(req, res, expectsContinue = false) {
  const path = (req.url ?? '/').split('?', 1)[0] ?? '/';
  const continueIfAsked = () => {
    if (expectsContinue) res.writeContinue();
  };
  if (!path.startsWith('/api/') || req.method === 'GET' || req.method === 'HEAD') {
    continueIfAsked();
    return req;
  }
  const limit = bodyLimit(path);
  const declared = req.headers['content-length'];
  if (declared !== undefined) {
    if (Number(declared) > limit) {
      tooLarge(req, res, limit);
      return null;
    }
    // Node's parser reads no more than the declared length.
    continueIfAsked();
    return req;
  }
  continueIfAsked();
  if (req.headers['transfer-encoding'] === undefined) return req;

  const chunks = [];
  let size = 0;
  const complete = await new Promise((resolve) => {
    const onData = (chunk) => {
      size += chunk.length;
      if (size > limit) {
        req.pause();
        req.off('data', onData);
        req.off('end', onEnd);
        resolve(false);
      } else chunks.push(chunk);
    };
    const onEnd = () => resolve(true);
    req.on('data', onData);
    req.once('end', onEnd);
    req.once('error', () => resolve(false));
  });
  if (!complete) {
    if (!res.headersSent && !req.socket.destroyed) tooLarge(req, res, limit);
    return null;
  }
  return replay(req, Buffer.concat(chunks));
}

/** A request like `req` whose body is `body`, already read, with its length declared. */
function replay(req, body) {
  const copy = new IncomingMessage(req.socket);
  copy.method = req.method;
  copy.url = req.url;
  copy.httpVersion = req.httpVersion;
  copy.httpVersionMajor = req.httpVersionMajor;
  copy.httpVersionMinor = req.httpVersionMinor;
  const headers = { ...req.headers, 'content-length': String(body.length) };
  delete headers['transfer-encoding'];
  copy.headers = headers;
  copy.rawHeaders = Object.entries(headers).flatMap(([name, value]) => [name, String(value)]);
  copy.push(body);
  copy.push(null);
  copy.complete = true;
  return copy;
}
