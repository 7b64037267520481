// The HTTP side: parses a path-style URL (/ACCOUNT/SHARE/DIR/FILE), finds
// the operation, checks who is asking, runs it, and answers with the headers
// every service response carries (x-ms-request-id, x-ms-version, Date) and
// errors in the service's XML. Each request is appended to an in-memory log
// that tests read.
import { createServer } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { authenticate, authorize } from './auth.mjs';
import { StorageError, errors } from './errors.mjs';
import { checkShareName, parsePathSegments } from './names.mjs';
import { route } from './router.mjs';
import { Store } from './store.mjs';
import { errorDocument } from './xml.mjs';

/** The REST version answered when a request names none (the newest the SDK in use sends). */
export const DEFAULT_VERSION = '2026-04-06';

/**
 * @param {{ account: string, accountKey: string, log: object[], tls?: { cert: string, key: string } }} options
 *   tls: serve HTTPS (the SDKs send bearer tokens over HTTPS only)
 */
export function createFilesHttpServer({ account, accountKey, log, tls }) {
  const store = new Store();
  const listener = (req, res) => {
    handle(req, res, { store, account, accountKey, log }).catch((e) => {
      // Last resort: never leave a client waiting.
      if (!res.headersSent) res.writeHead(500);
      res.end();
      process.emitWarning(`files stand-in: unhandled ${e?.stack ?? e}`);
    });
  };
  const server = tls ? createTlsServer({ cert: tls.cert, key: tls.key }, listener) : createServer(listener);
  return { server, store };
}

async function handle(req, res, { store, account, accountKey, log }) {
  const requestId = randomUUID();
  const version = req.headers['x-ms-version'] ?? DEFAULT_VERSION;
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
  const rawPath = (req.url ?? '/').split('?')[0];
  const entry = { method: req.method, path: safeDecode(rawPath), comp: url.searchParams.get('comp'), restype: url.searchParams.get('restype'), operation: undefined, status: 0 };
  log.push(entry);
  const base = {
    'x-ms-request-id': requestId,
    'x-ms-version': version,
    date: new Date().toUTCString(),
    server: 'Windows-Azure-File/1.0 Microsoft-HTTPAPI/2.0',
    'x-ms-client-request-id': req.headers['x-ms-client-request-id'],
  };
  let bodyConsumed = false;
  const readBody = async (limit) => {
    bodyConsumed = true;
    const parts = [];
    let size = 0;
    for await (const chunk of req) {
      size += chunk.length;
      if (size > limit) throw errors.bodyTooLarge();
      parts.push(chunk);
    }
    return Buffer.concat(parts);
  };
  try {
    const ctx = requestContext(req, url, rawPath, { store, account, accountKey, version, readBody });
    const op = route({ method: req.method ?? 'GET', level: ctx.level, restype: entry.restype, comp: entry.comp, headers: req.headers });
    if (!op) throw errors.notImplemented(`${req.method} ${ctx.level === 'service' ? 'account' : ctx.level} level with ${describeQuery(url)}`);
    entry.operation = op.name;
    ctx.principal = authenticate(req, ctx);
    authorize(ctx.principal, op, req.headers);
    const result = await op.handler(ctx);
    entry.status = result.status;
    await send(req, res, result.status, { ...base, ...result.headers }, result.body);
  } catch (e) {
    const error = e instanceof StorageError ? e : errors.internal(e?.message ?? String(e));
    if (!(e instanceof StorageError)) process.emitWarning(`files stand-in: ${e?.stack ?? e}`);
    entry.status = error.status;
    entry.errorCode = error.code;
    const xml = errorDocument(error, requestId, new Date());
    const headers = { ...base, ...(error.headers ?? {}), 'x-ms-error-code': error.code, 'content-type': 'application/xml' };
    // An unread request body is drained so the connection stays usable.
    if (!bodyConsumed) req.resume();
    await send(req, res, error.status, headers, req.method === 'HEAD' ? undefined : xml);
  }
}

function safeDecode(path) {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function describeQuery(url) {
  const keys = ['restype', 'comp'].filter((k) => url.searchParams.has(k)).map((k) => `${k}=${url.searchParams.get(k)}`);
  return keys.length ? keys.join('&') : 'no restype/comp';
}

function requestContext(req, url, rawPath, { store, account, accountKey, version, readBody }) {
  const segments = rawPath.split('/').slice(1);
  if (segments[0] !== account) throw errors.invalidUri();
  const allowTrailingDot = (req.headers['x-ms-allow-trailing-dot'] ?? '').toLowerCase() === 'true';
  const rest = segments.slice(1);
  const shareName = rest[0] ? safeDecode(rest[0]) : undefined;
  const pathSegments = rest.slice(1).filter((s) => s !== '');
  if (shareName !== undefined) checkShareName(shareName);
  if (url.searchParams.has('sharesnapshot')) throw errors.notImplemented('share snapshots (sharesnapshot)');
  const level = shareName === undefined ? 'service' : pathSegments.length === 0 ? 'share' : 'path';
  const protocol = 'http';
  const host = req.headers.host ?? '';
  return {
    req,
    url,
    rawPath,
    headers: req.headers,
    store,
    account,
    accountKey,
    version,
    readBody,
    level,
    protocol,
    host,
    serviceUrl: `${protocol}://${host}/${account}`,
    share: shareName,
    shareName,
    rawNames: pathSegments.map(safeDecode),
    names: parsePathSegments(pathSegments, allowTrailingDot),
  };
}

async function send(req, res, status, headers, body) {
  const clean = Object.fromEntries(Object.entries(headers).filter(([, v]) => v !== undefined && v !== null));
  if (typeof body === 'string') {
    const buf = Buffer.from(body, 'utf8');
    clean['content-length'] = String(buf.length);
    body = buf;
  } else if (Buffer.isBuffer(body)) {
    clean['content-length'] = String(body.length);
  } else if (body === undefined && clean['content-length'] === undefined) {
    clean['content-length'] = '0';
  }
  res.writeHead(status, clean);
  if (req.method === 'HEAD' || body === undefined) return void res.end();
  if (Buffer.isBuffer(body)) return void res.end(body);
  // A generator of Buffers: written with back-pressure.
  for (const chunk of body) {
    if (!res.write(chunk)) await Promise.race([once(res, 'drain'), once(res, 'close')]);
    if (res.destroyed) return;
  }
  res.end();
}
