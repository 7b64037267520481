// Who is asking, and may they do this? Three ways in, as on the service:
// - Shared Key: the Blob/Queue/File string-to-sign (verb, the standard
//   headers, canonicalized x-ms-* headers, canonicalized resource) signed
//   with the account key;
// - SAS: a service SAS for a share (sr=s) or a file (sr=f), or an account SAS
//   whose ss holds f, checked for signature, time window, protocol,
//   resource type and the permission the operation needs;
// - Bearer: a JWT decoded but not verified (as Azurite's basic OAuth does),
//   whose time claims, issuer and audience must be right. Files accepts
//   tokens only for file and directory operations, and only with
//   x-ms-file-request-intent: backup.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { errors } from './errors.mjs';

const STANDARD_HEADERS = ['content-encoding', 'content-language', 'content-length', 'content-md5', 'content-type', 'date', 'if-modified-since', 'if-match', 'if-none-match', 'if-unmodified-since', 'range'];

/**
 * The service orders canonicalized headers with .NET's culture-aware
 * comparison, which ignores hyphens at its first level; ordinal order breaks
 * the ties. (For the x-ms-* headers clients send, both orders agree.)
 */
function compareHeaderNames(a, b) {
  const ka = a.replaceAll('-', '');
  const kb = b.replaceAll('-', '');
  if (ka !== kb) return ka < kb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The query as the signature sees it: lower-cased names, decoded values, repeated names joined by commas. */
function canonicalQuery(searchParams) {
  const grouped = new Map();
  for (const [k, v] of searchParams) {
    const key = k.toLowerCase();
    grouped.set(key, [...(grouped.get(key) ?? []), v]);
  }
  return [...grouped.keys()].sort().map((k) => `\n${k}:${grouped.get(k).sort().join(',')}`).join('');
}

/**
 * @param {boolean} collapse the documented rule replaces runs of whitespace in
 *   a header value by one space; the JavaScript SDK only trims the start. The
 *   caller tries both so either client's signature is recognised.
 */
export function sharedKeyStringToSign(method, headers, rawPath, searchParams, account, collapse = true) {
  const standard = STANDARD_HEADERS.map((name) => {
    const value = headers[name] ?? '';
    return name === 'content-length' && value === '0' ? '' : value;
  });
  const msHeaders = Object.keys(headers)
    .filter((h) => h.startsWith('x-ms-'))
    .sort(compareHeaderNames)
    .map((h) => `${h}:${collapse ? String(headers[h]).replace(/\s+/g, ' ').trim() : String(headers[h]).trimStart()}\n`)
    .join('');
  return `${method.toUpperCase()}\n${standard.join('\n')}\n${msHeaders}/${account}${rawPath}${canonicalQuery(searchParams)}`;
}

function hmac(key, text) {
  return createHmac('sha256', Buffer.from(key, 'base64')).update(text, 'utf8').digest('base64');
}

function sameSignature(a, b) {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function checkSharedKey(req, ctx, authorization) {
  const m = /^SharedKey ([^:]+):(.+)$/.exec(authorization);
  if (!m) throw errors.authenticationFailed('The authorization header is not a Shared Key header this server understands (SharedKeyLite is not supported).');
  if (m[1] !== ctx.account) throw errors.authenticationFailed(`The account ${m[1]} in the authorization header does not match the account in the URL.`);
  if (!req.headers['x-ms-date'] && !req.headers.date) throw errors.authenticationFailed('Request date header not specified.');
  const stringToSign = sharedKeyStringToSign(req.method, req.headers, ctx.rawPath, ctx.url.searchParams, ctx.account);
  const looseStringToSign = sharedKeyStringToSign(req.method, req.headers, ctx.rawPath, ctx.url.searchParams, ctx.account, false);
  if (!sameSignature(hmac(ctx.accountKey, stringToSign), m[2]) && !sameSignature(hmac(ctx.accountKey, looseStringToSign), m[2])) {
    // The service quotes the signature it received here; this server leaves it out so no log holds it.
    throw errors.authenticationFailed(`The MAC signature found in the HTTP request is not the same as any computed signature. Server used following string to sign: '${stringToSign}'.`);
  }
  return { kind: 'sharedKey' };
}

// ---- SAS ----------------------------------------------------------------------

function sasTimes(q, now) {
  const se = q.get('se');
  const st = q.get('st');
  if (!se) throw errors.authenticationFailed('Signed expiry field is required.');
  const expiry = Date.parse(se);
  if (Number.isNaN(expiry)) throw errors.authenticationFailed(`Signed expiry time [${se}] is not a valid date.`);
  if (expiry <= now.getTime()) {
    throw errors.authenticationFailed(`Signed expiry time [${new Date(expiry).toUTCString()}] has to be after current time [${now.toUTCString()}]`);
  }
  if (st) {
    const start = Date.parse(st);
    if (Number.isNaN(start)) throw errors.authenticationFailed(`Signed start time [${st}] is not a valid date.`);
    if (start > now.getTime()) throw errors.authenticationFailed(`Signed start time [${new Date(start).toUTCString()}] has to be before current time [${now.toUTCString()}]`);
  }
}

function checkSas(ctx, now) {
  const q = ctx.url.searchParams;
  const sv = q.get('sv') ?? '';
  if (sv < '2015-04-05') throw errors.authenticationFailed(`The signed version [${sv}] is not supported by this server (2015-04-05 or later).`);
  if (q.get('spr') === 'https' && ctx.protocol !== 'https') throw errors.protocolMismatch();
  if (q.get('sip')) throw errors.authenticationFailed('This server does not check signed IP ranges (sip); leave sip out.');
  if (q.get('ss') !== null) return checkAccountSas(ctx, q, sv, now);
  if (q.get('skoid')) throw errors.authenticationFailed('User delegation SAS is not supported by this server.');
  if (q.get('si')) throw errors.authenticationFailed('Stored access policies (si) are not supported by this server.');
  const sr = q.get('sr');
  if (sr !== 's' && sr !== 'f') throw errors.authenticationFailed(`Signed resource [${sr}] must be s (share) or f (file).`);
  if (!ctx.share) throw errors.authorizationFailure();
  let resource = `/file/${ctx.account}/${ctx.share}`;
  if (sr === 'f') resource += `/${ctx.rawNames.join('/')}`;
  const stringToSign = [
    q.get('sp') ?? '', q.get('st') ?? '', q.get('se') ?? '', resource, q.get('si') ?? '', q.get('sip') ?? '', q.get('spr') ?? '', sv,
    q.get('rscc') ?? '', q.get('rscd') ?? '', q.get('rsce') ?? '', q.get('rscl') ?? '', q.get('rsct') ?? '',
  ].join('\n');
  if (!sameSignature(hmac(ctx.accountKey, stringToSign), q.get('sig') ?? '')) {
    throw errors.authenticationFailed(`Signature did not match. String to sign used was ${stringToSign}`);
  }
  sasTimes(q, now);
  return { kind: 'serviceSas', resource: sr, permissions: q.get('sp') ?? '' };
}

function checkAccountSas(ctx, q, sv, now) {
  const fields = [ctx.account, q.get('sp') ?? '', q.get('ss') ?? '', q.get('srt') ?? '', q.get('st') ?? '', q.get('se') ?? '', q.get('sip') ?? '', q.get('spr') ?? '', sv];
  if (sv >= '2020-12-06') fields.push(q.get('ses') ?? '');
  const stringToSign = `${fields.join('\n')}\n`;
  if (!sameSignature(hmac(ctx.accountKey, stringToSign), q.get('sig') ?? '')) {
    throw errors.authenticationFailed(`Signature did not match. String to sign used was ${stringToSign}`);
  }
  sasTimes(q, now);
  if (!(q.get('ss') ?? '').includes('f')) throw errors.serviceMismatch();
  return { kind: 'accountSas', resourceTypes: q.get('srt') ?? '', permissions: q.get('sp') ?? '' };
}

// ---- Bearer ---------------------------------------------------------------------

function decodeJwtClaims(token) {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  try {
    return JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}

function checkBearer(ctx, token, now) {
  const claims = decodeJwtClaims(token);
  if (!claims) throw errors.authenticationFailed('The bearer token is not a JWT.');
  const seconds = now.getTime() / 1000;
  for (const claim of ['iat', 'nbf', 'exp']) {
    if (typeof claims[claim] !== 'number') throw errors.authenticationFailed(`The token has no ${claim} claim.`);
  }
  if (claims.nbf > seconds + 300) throw errors.authenticationFailed('The token is not valid yet (nbf).');
  if (claims.exp <= seconds) throw errors.authenticationFailed('Lifetime validation failed. The token is expired.');
  if (typeof claims.iss !== 'string' || !claims.iss.startsWith('https://sts.windows.net/')) throw errors.authenticationFailed('Issuer validation failed. Issuer did not match.');
  const accountUrl = `${ctx.protocol}://${ctx.host}/${ctx.account}`;
  const audiences = ['https://storage.azure.com', 'https://storage.azure.com/', accountUrl, `${accountUrl}/`, `https://${ctx.account}.file.core.windows.net`, `https://${ctx.account}.file.core.windows.net/`];
  const aud = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (!aud.some((a) => audiences.includes(a))) throw errors.authenticationFailed('Audience validation failed. Audience did not match.');
  return { kind: 'bearer' };
}

/**
 * Establishes who sent the request. Throws a StorageError when the
 * credentials are present but wrong; anonymous requests are refused later
 * (Files has no public access).
 */
export function authenticate(req, ctx, now = new Date()) {
  const authorization = req.headers.authorization;
  if (authorization?.startsWith('Bearer ')) return checkBearer(ctx, authorization.slice(7), now);
  if (authorization) return checkSharedKey(req, ctx, authorization);
  if (ctx.url.searchParams.has('sig')) return checkSas(ctx, now);
  return { kind: 'anonymous' };
}

/**
 * May this principal run this operation?
 * @param {{ kind: string, resource?: string, permissions?: string, resourceTypes?: string }} principal
 * @param {{ name: string, level: 'service'|'share'|'directory'|'file', sas: string, srt: string, bearer?: 'data'|'share'|'no' }} op
 *   sas: the letters any one of which grants the operation (e.g. 'cw');
 *   srt: the account-SAS resource types (s, c, o) any one of which grants it.
 */
export function authorize(principal, op, headers) {
  switch (principal.kind) {
    case 'sharedKey':
      return;
    case 'anonymous':
      throw errors.noAuthentication();
    case 'bearer':
      if (op.level === 'service' || (op.level === 'share' && op.bearer !== 'data')) throw errors.bearerNotForShares();
      if (headers['x-ms-file-request-intent'] === undefined) throw errors.missingHeader('x-ms-file-request-intent');
      if (headers['x-ms-file-request-intent'] !== 'backup') throw errors.invalidHeader('x-ms-file-request-intent', headers['x-ms-file-request-intent']);
      return;
    case 'serviceSas': {
      if (op.level === 'service' || op.level === 'share') throw errors.authorizationFailure();
      // A file SAS grants nothing on directories; List needs a share SAS.
      if (principal.resource === 'f' && op.level !== 'file') throw errors.authorizationFailure();
      if (![...op.sas].some((p) => principal.permissions.includes(p))) throw errors.permissionMismatch();
      return;
    }
    case 'accountSas': {
      if (![...op.srt].some((t) => principal.resourceTypes.includes(t))) throw errors.resourceTypeMismatch();
      if (![...op.sas].some((p) => principal.permissions.includes(p))) throw errors.permissionMismatch();
      return;
    }
    default:
      throw errors.authorizationFailure();
  }
}
