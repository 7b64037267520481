// Reads the source of Copy File and Put Range From URL (x-ms-copy-source).
// A source is fetched over HTTP like any client would: a file on this
// server (its SAS checked by this server's own auth), or a blob or file on
// another server (Azurite, the real service). One case is read directly:
// Copy File from a file in this same account when the destination request
// was signed with the account key, which the service allows without a SAS
// on the source (Put Range From URL always needs the source authorized).
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
  let response;
  try {
    response = await fetch(source, { headers, redirect: 'error', signal: AbortSignal.timeout(30_000) });
  } catch (e) {
    throw errors.cannotVerifyCopySource(400, `Could not read the copy source: ${e?.cause?.code ?? e?.name ?? 'error'}.`);
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw errors.cannotVerifyCopySource(response.status, `The copy source answered ${response.status} ${response.headers.get('x-ms-error-code') ?? response.statusText}.`);
  }
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > limit) {
    await response.body?.cancel();
    throw errors.cannotVerifyCopySource(400, 'The copy source is larger than this server copies in one request.');
  }
  const data = Buffer.from(await response.arrayBuffer());
  return { data, headers: Object.fromEntries(response.headers) };
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
