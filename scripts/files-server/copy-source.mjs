// Reads the source of Copy File and Put Range From URL (x-ms-copy-source).
// A source is fetched over HTTP like any client would: a file on this
// server (its SAS checked by this server's own auth), or a blob or file on
// another server (Azurite, the real service). One case is read directly:
// Copy File from a file in this same account when the destination request
// was signed with the account key, which the service allows without a SAS
// on the source (Put Range From URL always needs the source authorized).
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { errors } from './errors.mjs';
import { parsePathSegments } from './names.mjs';

/**
 * @param {URL} source
 * @param {{ start: number, end: number } | undefined} range inclusive bytes of the source
 * @param {{ ctx: any, limit: number, keyVouchesForSameAccount?: boolean }} options
 * @returns {Promise<{ data: Buffer, headers: Record<string,string>, local?: any }>}
 */
export async function readCopySource(source, range, { ctx, limit, keyVouchesForSameAccount = false }) {
  const local = keyVouchesForSameAccount ? localSourceNode(source, ctx) : undefined;
  if (local) {
    const end = range ? range.end + 1 : local.size;
    if (range && range.end >= local.size) throw errors.cannotVerifyCopySource(416, 'The range specified is invalid for the current size of the source.');
    if (end - (range?.start ?? 0) > limit) throw errors.cannotVerifyCopySource(400, 'The copy source is larger than this server copies in one request.');
    return { data: local.content.read(range?.start ?? 0, end), headers: {}, local };
  }
  const headers = { 'x-ms-version': ctx.version };
  if (range) headers['x-ms-range'] = `bytes=${range.start}-${range.end}`;
  const auth = ctx.headers['x-ms-copy-source-authorization'];
  if (auth) headers.authorization = auth;
  // Raw bytes, as the service reads them: fetch() would undo a
  // Content-Encoding (gzip, br) the source merely declares.
  let response;
  try {
    response = await rawGet(source, headers, 30_000);
  } catch (e) {
    throw errors.cannotVerifyCopySource(400, `Could not read the copy source: ${e?.code ?? e?.name ?? 'error'}.`);
  }
  if (response.status < 200 || response.status > 299) {
    response.res.resume();
    throw errors.cannotVerifyCopySource(response.status, `The copy source answered ${response.status} ${response.headers['x-ms-error-code'] ?? ''}.`.replace(' .', '.'));
  }
  const declared = Number(response.headers['content-length'] ?? '0');
  if (declared > limit) {
    response.res.destroy();
    throw errors.cannotVerifyCopySource(400, 'The copy source is larger than this server copies in one request.');
  }
  const data = await readAll(response.res);
  const flat = Object.fromEntries(Object.entries(response.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : String(v)]));
  return { data, headers: flat };
}

/** One GET, no redirects followed, no decoding. */
function rawGet(url, headers, timeoutMs) {
  return new Promise((resolve, reject) => {
    const req = (url.protocol === 'https:' ? httpsRequest : httpRequest)(url, { method: 'GET', headers, timeout: timeoutMs }, (res) =>
      resolve({ status: res.statusCode ?? 0, headers: res.headers, res }),
    );
    req.on('timeout', () => req.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })));
    req.on('error', reject);
    req.end();
  });
}

function readAll(res) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    res.on('data', (c) => chunks.push(c));
    res.on('end', () => resolve(Buffer.concat(chunks)));
    res.on('error', reject);
  });
}

/** The node a source URL names when it is a file in this account and the key itself vouches for it. */
function localSourceNode(source, ctx) {
  if (ctx.principal.kind !== 'sharedKey' || source.searchParams.has('sig')) return undefined;
  if (source.host !== ctx.host) return undefined;
  const raw = source.pathname.split('/').slice(1);
  if (raw[0] !== ctx.account || raw.length < 3) return undefined;
  const names = parsePathSegments(raw.slice(2), (ctx.headers['x-ms-source-allow-trailing-dot'] ?? '') === 'true');
  try {
    return ctx.store.getShare(decodeURIComponent(raw[1])).getFile(names);
  } catch (e) {
    throw errors.cannotVerifyCopySource(e.status ?? 404, `The copy source could not be read: ${e.code ?? 'error'}.`);
  }
}
