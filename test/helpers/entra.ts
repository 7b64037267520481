// A local stand-in for Entra ID (login.microsoftonline.com) over HTTPS, for
// azcp login: it cannot be real here. It serves what MSAL asks of an
// authority: the OpenID configuration, the device code endpoint (a user
// "signs in" when the test calls approve()), and the token endpoint with
// the device-code grant (pending until approved), the refresh-token grant
// (each refresh token used once, as Entra rotates them), client
// credentials with a client secret, and a federated client assertion.
// Access tokens have the claims Azurite's --oauth basic checks (audience
// https://storage.azure.com, an sts.windows.net issuer, nbf/exp) and a
// lifetime the test chooses, so expiry and renewal are exercised.
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { constants, createPublicKey, randomBytes, randomUUID, verify } from 'node:crypto';
import type { TestCert } from './certs.ts';

export interface FakeUser {
  username: string;
  oid: string;
}

export interface FakeEntra {
  url: string;
  tenantId: string;
  /** Every token request, by grant type (and client). */
  grants: Array<{ grant: string; clientId: string; ok: boolean; error?: string }>;
  /** Device codes asked for: the user code shown to the user. */
  deviceCodes: string[];
  /** The user signs in with this code (what the browser page does). */
  approve: (userCode: string, user: FakeUser) => void;
  accessTokenTtl: number;
  /** Refresh tokens issued (to check none reaches a file). */
  refreshTokens: string[];
  accessTokens: string[];
  stop: () => Promise<void>;
}

const now = () => Math.floor(Date.now() / 1000);
const b64url = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
/** An unsigned-looking JWT: MSAL and Azurite's basic OAuth read claims, they do not verify this signature. */
const jwt = (claims: Record<string, unknown>) => `${b64url({ alg: 'RS256', typ: 'JWT', kid: 'fake' })}.${b64url(claims)}.${randomBytes(32).toString('base64url')}`;

/** An access token as Entra issues one for storage (what Azurite's basic OAuth accepts), for the other stand-ins (managed identity, Azure CLI). */
export function storageAccessToken(tenantId: string, ttl: number, claims: Record<string, unknown> = {}): string {
  const t = now();
  return jwt({ aud: 'https://storage.azure.com', iss: `https://sts.windows.net/${tenantId}/`, iat: t, nbf: t - 5, exp: t + ttl, tid: tenantId, oid: randomUUID(), ...claims });
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function json(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/** A certificate credential's client assertion: a JWT for this client, signed with the certificate's key (RS256 or PS256, as MSAL chooses). */
function certificateAssertionOk(assertion: string, clientId: string, certPem: string): boolean {
  const [h, c, sig] = assertion.split('.');
  if (!h || !c || !sig) return false;
  const header = JSON.parse(Buffer.from(h, 'base64url').toString());
  const claims = JSON.parse(Buffer.from(c, 'base64url').toString());
  if (claims.iss !== clientId || claims.sub !== clientId || !(claims.exp > now())) return false;
  const key = createPublicKey(certPem);
  const data = Buffer.from(`${h}.${c}`);
  const signature = Buffer.from(sig, 'base64url');
  if (header.alg === 'RS256') return verify('sha256', data, key, signature);
  if (header.alg === 'PS256') return verify('sha256', data, { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }, signature);
  return false;
}

export async function startFakeEntra(opts: {
  cert: TestCert;
  tenantId: string;
  clientSecrets?: Record<string, string>;
  federatedTokens?: Record<string, string>;
  /** Service principals with a certificate credential: client id → the certificate (PEM). */
  certificates?: Record<string, string>;
  accessTokenTtl?: number;
}): Promise<FakeEntra> {
  const pending = new Map<string, { userCode: string; clientId: string; user?: FakeUser; expires: number }>();
  const refresh = new Map<string, { clientId: string; user: FakeUser }>();
  const entra: FakeEntra = {
    url: '',
    tenantId: opts.tenantId,
    grants: [],
    deviceCodes: [],
    accessTokenTtl: opts.accessTokenTtl ?? 3600,
    refreshTokens: [],
    accessTokens: [],
    approve: (userCode, user) => {
      for (const p of pending.values()) if (p.userCode === userCode) p.user = user;
    },
    stop: () => new Promise((r) => server.close(() => r())),
  };
  const tokens = (clientId: string, user: FakeUser | undefined, scope: string) => {
    const t = now();
    const ttl = entra.accessTokenTtl;
    const access = jwt({
      aud: 'https://storage.azure.com',
      iss: `https://sts.windows.net/${opts.tenantId}/`,
      iat: t,
      nbf: t - 5,
      exp: t + ttl,
      tid: opts.tenantId,
      appid: clientId,
      oid: user?.oid ?? randomUUID(),
      sub: user?.oid ?? clientId,
      ...(user ? { upn: user.username, name: user.username } : {}),
    });
    entra.accessTokens.push(access);
    const body: Record<string, unknown> = { token_type: 'Bearer', scope, expires_in: ttl, ext_expires_in: ttl, access_token: access };
    if (user) {
      const rt = `fake-refresh-${randomBytes(24).toString('hex')}`;
      refresh.set(rt, { clientId, user });
      entra.refreshTokens.push(rt);
      body.refresh_token = rt;
      body.id_token = jwt({ aud: clientId, iss: `${entra.url}/${opts.tenantId}/v2.0`, iat: t, nbf: t, exp: t + 3600, oid: user.oid, sub: user.oid, tid: opts.tenantId, preferred_username: user.username, name: user.username, ver: '2.0' });
      body.client_info = b64url({ uid: user.oid, utid: opts.tenantId });
    }
    return body;
  };
  const server: Server = createServer({ cert: opts.cert.cert, key: opts.cert.key }, async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', entra.url);
      const tenant = url.pathname.split('/').filter(Boolean)[0];
      const base = `${entra.url}/${tenant}`;
      if (req.method === 'GET' && url.pathname.endsWith('/v2.0/.well-known/openid-configuration')) {
        return json(res, 200, {
          issuer: `${base}/v2.0`,
          authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
          token_endpoint: `${base}/oauth2/v2.0/token`,
          device_authorization_endpoint: `${base}/oauth2/v2.0/devicecode`,
          end_session_endpoint: `${base}/oauth2/v2.0/logout`,
          jwks_uri: `${base}/discovery/v2.0/keys`,
          response_types_supported: ['code', 'id_token', 'token'],
          subject_types_supported: ['pairwise'],
          id_token_signing_alg_values_supported: ['RS256'],
        });
      }
      if (tenant !== opts.tenantId) return json(res, 400, { error: 'invalid_request', error_description: `AADSTS90002: Tenant '${tenant}' not found.` });
      const form = new URLSearchParams(await readBody(req));
      const clientId = form.get('client_id') ?? '';
      const scope = (form.get('scope') ?? '').split(' ').filter((s) => !['openid', 'profile', 'offline_access'].includes(s)).join(' ');
      if (req.method === 'POST' && url.pathname.endsWith('/oauth2/v2.0/devicecode')) {
        const deviceCode = randomBytes(16).toString('hex');
        const userCode = randomBytes(4).toString('hex').toUpperCase();
        pending.set(deviceCode, { userCode, clientId, expires: now() + 900 });
        entra.deviceCodes.push(userCode);
        const verification = `${entra.url}/devicelogin`;
        return json(res, 200, {
          device_code: deviceCode,
          user_code: userCode,
          verification_uri: verification,
          expires_in: 900,
          interval: 1,
          message: `To sign in, use a web browser to open the page ${verification} and enter the code ${userCode} to authenticate.`,
        });
      }
      if (req.method === 'POST' && url.pathname.endsWith('/oauth2/v2.0/token')) {
        const grant = form.get('grant_type') ?? '';
        const record = { grant, clientId, ok: false, error: undefined as string | undefined };
        entra.grants.push(record);
        const refuse = (status: number, error: string, description: string) => {
          record.error = error;
          return json(res, status, { error, error_description: description, error_codes: [] });
        };
        if (!scope.split(' ').includes('https://storage.azure.com/.default')) return refuse(400, 'invalid_scope', `AADSTS70011: unexpected scope '${scope}'`);
        if (grant === 'device_code') {
          const p = pending.get(form.get('device_code') ?? '');
          if (!p) return refuse(400, 'invalid_grant', 'AADSTS70000: unknown device code');
          if (!p.user) return refuse(400, 'authorization_pending', 'AADSTS70016: OAuth 2.0 device flow error. Authorization is pending.');
          pending.delete(form.get('device_code')!);
          record.ok = true;
          return json(res, 200, tokens(p.clientId, p.user, scope));
        }
        if (grant === 'refresh_token') {
          const rt = form.get('refresh_token') ?? '';
          const known = refresh.get(rt);
          if (!known) return refuse(400, 'invalid_grant', 'AADSTS70008: The refresh token has expired or is invalid.');
          refresh.delete(rt);
          record.ok = true;
          return json(res, 200, tokens(known.clientId, known.user, scope));
        }
        if (grant === 'client_credentials') {
          const secret = form.get('client_secret');
          const assertion = form.get('client_assertion');
          if (secret !== null) {
            if (opts.clientSecrets?.[clientId] !== secret) return refuse(401, 'invalid_client', 'AADSTS7000215: Invalid client secret provided.');
          } else if (assertion !== null && opts.certificates?.[clientId]) {
            if (!certificateAssertionOk(assertion, clientId, opts.certificates[clientId])) return refuse(401, 'invalid_client', 'AADSTS700027: Client assertion failed signature validation.');
          } else if (assertion !== null) {
            if (opts.federatedTokens?.[clientId] !== assertion) return refuse(401, 'invalid_client', 'AADSTS700211: No matching federated identity record found for presented assertion.');
          } else return refuse(401, 'invalid_client', 'AADSTS7000216: client_assertion or client_secret is required.');
          record.ok = true;
          return json(res, 200, tokens(clientId, undefined, scope));
        }
        return refuse(400, 'unsupported_grant_type', `AADSTS70003: ${grant}`);
      }
      json(res, 404, { error: 'not_found', error_description: `${req.method} ${url.pathname}` });
    } catch (err) {
      json(res, 500, { error: 'server_error', error_description: String(err) });
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  entra.url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return entra;
}
