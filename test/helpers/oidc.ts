// Local stand-ins for what cannot be real in a test: the Entra ID token
// endpoint (an identity provider that exchanges federated ID tokens for
// access tokens) and the CI runners' OIDC endpoints (GitHub's
// ACTIONS_ID_TOKEN_REQUEST_URL, Azure Pipelines' System.OidcRequestUri).
//
// They behave like the real ones where it matters for azcp:
// - the runners sign ID tokens (RS256) with a short, configurable life;
// - the provider checks each client assertion the way a federated
//   credential does: signature from the trusted issuer, issuer, subject,
//   audience and expiry; an expired or foreign assertion is refused with an
//   AADSTS-style error;
// - the provider issues access tokens that Azurite (--oauth basic) accepts:
//   iss https://sts.windows.net/{tenant}/, aud https://storage.azure.com,
//   iat/nbf/exp — with a configurable, possibly very short, life.
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse, type Server } from 'node:http';
import { generateKeyPairSync, createSign, createVerify, randomUUID, type KeyObject } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { TestCert } from './certs.ts';

const b64url = (buf: Buffer | string) => Buffer.from(buf).toString('base64url');

export interface Signer {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
}

export function newSigner(): Signer {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { kid: randomUUID(), privateKey, publicKey };
}

export function signJwt(claims: Record<string, unknown>, signer: Signer): string {
  const header = b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: signer.kid }));
  const body = b64url(JSON.stringify(claims));
  const sig = createSign('RSA-SHA256').update(`${header}.${body}`).sign(signer.privateKey);
  return `${header}.${body}.${b64url(sig)}`;
}

export function decodeJwt(token: string): { header: Record<string, unknown>; claims: Record<string, any> } {
  const [h, b] = token.split('.');
  return { header: JSON.parse(Buffer.from(h, 'base64url').toString()), claims: JSON.parse(Buffer.from(b, 'base64url').toString()) };
}

function verifyJwt(token: string, signer: Signer): boolean {
  const [h, b, s] = token.split('.');
  if (!h || !b || !s) return false;
  return createVerify('RSA-SHA256').update(`${h}.${b}`).verify(signer.publicKey, Buffer.from(s, 'base64url'));
}

const now = () => Math.floor(Date.now() / 1000);

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

async function listen(server: Server): Promise<number> {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return (server.address() as AddressInfo).port;
}

async function close(server: Server): Promise<void> {
  server.closeAllConnections?.();
  await new Promise<void>((r) => server.close(() => r()));
}

// ---------------------------------------------------------------------------
// Identity provider (stands in for login.microsoftonline.com)
// ---------------------------------------------------------------------------

/** A federated identity credential on an app registration. */
export interface FederatedCredential {
  clientId: string;
  issuer: string;
  subject: string;
  audience: string;
  /** The key the issuer signs with (its JWKS, in real life). */
  signer: Signer;
}

export interface TokenExchange {
  at: number;
  clientId: string;
  kind: 'assertion' | 'secret';
  assertion?: Record<string, any>;
  ok: boolean;
  error?: string;
}

export interface IdentityProvider {
  url: string;
  tenantId: string;
  exchanges: TokenExchange[];
  /** Seconds an issued access token lives. */
  accessTokenTtl: number;
  stop: () => Promise<void>;
}

export async function startIdentityProvider(opts: {
  cert: TestCert;
  tenantId: string;
  federated?: FederatedCredential[];
  clientSecrets?: Record<string, string>;
  accessTokenTtl?: number;
  /** Resources besides storage it issues tokens for (an ARM stand-in's origin): scope RESOURCE/.default, aud RESOURCE. */
  resources?: string[];
}): Promise<IdentityProvider> {
  const signer = newSigner();
  const exchanges: TokenExchange[] = [];
  const provider: IdentityProvider = {
    url: '',
    tenantId: opts.tenantId,
    exchanges,
    accessTokenTtl: opts.accessTokenTtl ?? 3600,
    stop: async () => close(server),
  };
  const refuse = (res: ServerResponse, record: TokenExchange, code: string, description: string) => {
    record.ok = false;
    record.error = `${code}: ${description}`;
    exchanges.push(record);
    json(res, 400, { error: 'invalid_client', error_description: `${code}: ${description}`, error_codes: [Number(code.replace(/\D/g, ''))] });
  };
  const server = createHttpsServer({ cert: opts.cert.cert, key: opts.cert.key }, async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', provider.url);
      const parts = url.pathname.split('/').filter(Boolean);
      const tenant = parts[0];
      const base = `${provider.url}/${tenant}`;
      if (req.method === 'GET' && url.pathname.endsWith('/v2.0/.well-known/openid-configuration')) {
        return json(res, 200, {
          issuer: `${base}/v2.0`,
          authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
          token_endpoint: `${base}/oauth2/v2.0/token`,
          jwks_uri: `${base}/discovery/v2.0/keys`,
          response_types_supported: ['code', 'id_token', 'token'],
          subject_types_supported: ['pairwise'],
          id_token_signing_alg_values_supported: ['RS256'],
          token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt'],
        });
      }
      if (req.method === 'GET' && url.pathname.endsWith('/discovery/v2.0/keys')) {
        return json(res, 200, { keys: [{ kid: signer.kid, ...(signer.publicKey.export({ format: 'jwk' }) as object) }] });
      }
      if (req.method === 'POST' && url.pathname.endsWith('/oauth2/v2.0/token')) {
        const form = new URLSearchParams(await readBody(req));
        const clientId = form.get('client_id') ?? '';
        const record: TokenExchange = { at: Date.now(), clientId, kind: form.get('client_assertion') ? 'assertion' : 'secret', ok: false };
        if (tenant !== opts.tenantId) return refuse(res, record, 'AADSTS90002', `Tenant '${tenant}' not found.`);
        if (form.get('grant_type') !== 'client_credentials') return refuse(res, record, 'AADSTS70003', 'unsupported grant type');
        const scope = form.get('scope') ?? '';
        const resource = ['https://storage.azure.com', ...(opts.resources ?? [])].find((r) => scope.split(' ').includes(`${r}/.default`));
        if (!resource) return refuse(res, record, 'AADSTS70011', `unexpected scope '${scope}'`);
        const assertion = form.get('client_assertion');
        if (assertion) {
          if (form.get('client_assertion_type') !== 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer') {
            return refuse(res, record, 'AADSTS700024', 'bad client_assertion_type');
          }
          let claims: Record<string, any>;
          try {
            claims = decodeJwt(assertion).claims;
          } catch {
            return refuse(res, record, 'AADSTS50027', 'the assertion is not a JWT');
          }
          record.assertion = claims;
          const fic = (opts.federated ?? []).find((f) => f.clientId === clientId && f.issuer === claims.iss);
          if (!fic) return refuse(res, record, 'AADSTS700211', `No matching federated identity record found for presented assertion issuer '${claims.iss}'.`);
          if (!verifyJwt(assertion, fic.signer)) return refuse(res, record, 'AADSTS700027', 'the assertion signature does not verify');
          if (claims.sub !== fic.subject) {
            return refuse(res, record, 'AADSTS700213', `No matching federated identity record found for presented assertion subject '${claims.sub}'.`);
          }
          const aud = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
          if (!aud.includes(fic.audience)) return refuse(res, record, 'AADSTS700212', `No matching federated identity record found for presented assertion audience '${claims.aud}'.`);
          if (typeof claims.exp !== 'number' || claims.exp <= now()) {
            return refuse(res, record, 'AADSTS700024', 'Client assertion is not within its valid time range.');
          }
        } else {
          const secret = form.get('client_secret');
          if (!secret || opts.clientSecrets?.[clientId] !== secret) return refuse(res, record, 'AADSTS7000215', 'Invalid client secret provided.');
        }
        record.ok = true;
        exchanges.push(record);
        const t = now();
        const ttl = provider.accessTokenTtl;
        const accessToken = signJwt(
          {
            aud: resource,
            iss: `https://sts.windows.net/${opts.tenantId}/`,
            iat: t,
            nbf: t,
            exp: t + ttl,
            tid: opts.tenantId,
            appid: clientId,
            oid: randomUUID(),
            sub: clientId,
          },
          signer,
        );
        return json(res, 200, { token_type: 'Bearer', expires_in: ttl, ext_expires_in: ttl, access_token: accessToken });
      }
      json(res, 404, { error: 'not_found', error_description: `${req.method} ${url.pathname}` });
    } catch (err) {
      json(res, 500, { error: 'server_error', error_description: String(err) });
    }
  });
  provider.url = `https://127.0.0.1:${await listen(server)}`;
  return provider;
}

// ---------------------------------------------------------------------------
// GitHub Actions runner OIDC endpoint (ACTIONS_ID_TOKEN_REQUEST_URL)
// ---------------------------------------------------------------------------

export interface RunnerOidc {
  /** ACTIONS_ID_TOKEN_REQUEST_URL (already carries a query string, as on a real runner). */
  requestUrl: string;
  requestToken: string;
  issuer: string;
  signer: Signer;
  /** Every ID token request: when, with which audience. */
  calls: Array<{ at: number; audience: string | null }>;
  stop: () => Promise<void>;
}

export async function startGitHubOidc(opts: { subject: string; idTokenTtl?: number; /** answer latency, as a real runner service has */ delayMs?: number }): Promise<RunnerOidc> {
  const signer = newSigner();
  const requestToken = `ghs_${randomUUID().replace(/-/g, '')}`;
  const issuer = 'https://token.actions.githubusercontent.com';
  const calls: RunnerOidc['calls'] = [];
  const server = createHttpServer(async (req, res) => {
    if (opts.delayMs) await new Promise((r) => setTimeout(r, opts.delayMs));
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method !== 'GET' || url.pathname !== '/idtoken') return json(res, 404, { message: 'not found' });
    if (req.headers.authorization !== `Bearer ${requestToken}`) return json(res, 401, { message: 'bad request token' });
    const audience = url.searchParams.get('audience');
    calls.push({ at: Date.now(), audience });
    const t = now();
    const value = signJwt(
      {
        iss: issuer,
        sub: opts.subject,
        aud: audience ?? 'https://github.com/azcp',
        iat: t,
        nbf: t,
        exp: t + (opts.idTokenTtl ?? 300),
        jti: randomUUID(),
        repository: opts.subject.split(':')[1],
      },
      signer,
    );
    json(res, 200, { count: calls.length, value });
  });
  const port = await listen(server);
  return {
    requestUrl: `http://127.0.0.1:${port}/idtoken?api-version=2.0`,
    requestToken,
    issuer,
    signer,
    calls,
    stop: () => close(server),
  };
}

// ---------------------------------------------------------------------------
// Azure Pipelines OIDC endpoint (System.OidcRequestUri)
// ---------------------------------------------------------------------------

export interface PipelinesOidc {
  /** SYSTEM_OIDCREQUESTURI */
  requestUri: string;
  systemAccessToken: string;
  issuer: string;
  signer: Signer;
  subjectFor: (serviceConnectionId: string) => string;
  calls: Array<{ at: number; serviceConnectionId: string | null; apiVersion: string | null }>;
  stop: () => Promise<void>;
}

export async function startPipelinesOidc(opts: { cert: TestCert; organizationId: string; idTokenTtl?: number }): Promise<PipelinesOidc> {
  const signer = newSigner();
  const systemAccessToken = `azdo-${randomUUID()}-${randomUUID()}`;
  const issuer = `https://vstoken.dev.azure.com/${opts.organizationId}`;
  const subjectFor = (id: string) => `sc://contoso/website/${id}`;
  const calls: PipelinesOidc['calls'] = [];
  const server = createHttpsServer({ cert: opts.cert.cert, key: opts.cert.key }, async (req, res) => {
    const url = new URL(req.url ?? '/', 'https://127.0.0.1');
    await readBody(req);
    if (req.method !== 'POST' || !url.pathname.endsWith('/oidctoken')) return json(res, 404, { message: 'not found' });
    if (req.headers.authorization !== `Bearer ${systemAccessToken}`) return json(res, 401, { message: 'TF400813: not authorized' });
    const serviceConnectionId = url.searchParams.get('serviceConnectionId');
    calls.push({ at: Date.now(), serviceConnectionId, apiVersion: url.searchParams.get('api-version') });
    if (!serviceConnectionId) return json(res, 400, { message: 'serviceConnectionId is required' });
    const t = now();
    const oidcToken = signJwt(
      { iss: issuer, sub: subjectFor(serviceConnectionId), aud: 'api://AzureADTokenExchange', iat: t, nbf: t, exp: t + (opts.idTokenTtl ?? 300) },
      signer,
    );
    json(res, 200, { oidcToken });
  });
  const port = await listen(server);
  return {
    requestUri: `https://127.0.0.1:${port}/contoso/website/_apis/distributedtask/hubs/build/plans/plan1/jobs/job1/oidctoken`,
    systemAccessToken,
    issuer,
    signer,
    subjectFor,
    calls,
    stop: () => close(server),
  };
}

// ---------------------------------------------------------------------------
// GitHub Actions artifact service (Results service, twirp)
// ---------------------------------------------------------------------------

export interface ArtifactService {
  /** ACTIONS_RESULTS_URL */
  resultsUrl: string;
  /** ACTIONS_RUNTIME_TOKEN: a JWT whose scp names the run and job (what @actions/artifact reads). */
  runtimeToken: string;
  /** expiresAt: when the artifact should expire (set from retentionDays), if asked. */
  created: Array<{ name: string; version: number; expiresAt?: string }>;
  finalized: Array<{ name: string; size: string; hash?: string }>;
  stop: () => Promise<void>;
}

/**
 * The Actions results service as @actions/artifact v6 talks to it:
 * CreateArtifact answers a signed upload URL (here: a blob in Azurite with a
 * SAS, so the zip really is uploaded), FinalizeArtifact records it.
 */
export async function startArtifactService(opts: { signedUploadUrl: (name: string) => string; signedDownloadUrl?: (name: string) => string }): Promise<ArtifactService> {
  const signer = newSigner();
  const runtimeToken = signJwt({ scp: 'Actions.ExampleScope Actions.Results:run-backend-1:job-backend-1', exp: now() + 3600 }, signer);
  const created: ArtifactService['created'] = [];
  const finalized: ArtifactService['finalized'] = [];
  const server = createHttpServer(async (req, res) => {
    const body = await readBody(req);
    if (req.headers.authorization !== `Bearer ${runtimeToken}`) return json(res, 401, { msg: 'unauthorized' });
    const method = (req.url ?? '').split('/').pop();
    const data = body ? JSON.parse(body) : {};
    if (method === 'CreateArtifact') {
      created.push({ name: data.name, version: data.version, expiresAt: data.expires_at ?? data.expiresAt });
      return json(res, 200, { ok: true, signed_upload_url: opts.signedUploadUrl(data.name) });
    }
    if (method === 'FinalizeArtifact') {
      finalized.push({ name: data.name, size: String(data.size), hash: data.hash });
      return json(res, 200, { ok: true, artifact_id: '4242' });
    }
    // Listing and downloading (the merge step): the finalized artifacts of
    // this run, with ids 5000 + their order, each at its upload blob.
    if (method === 'ListArtifacts') {
      const idFilter = data.id_filter ?? data.idFilter;
      const wanted = idFilter === undefined ? undefined : String(typeof idFilter === 'object' ? idFilter.value : idFilter);
      const artifacts = finalized
        .map((f, i) => ({ workflow_run_backend_id: 'run-backend-1', workflow_job_run_backend_id: 'job-backend-1', database_id: String(5000 + i), name: f.name, size: f.size, created_at: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString() }))
        .filter((a) => wanted === undefined || a.database_id === wanted);
      return json(res, 200, { artifacts });
    }
    if (method === 'GetSignedArtifactURL' && opts.signedDownloadUrl) {
      return json(res, 200, { signed_url: opts.signedDownloadUrl(data.name) });
    }
    json(res, 404, { msg: `unknown method ${method}` });
  });
  const port = await listen(server);
  return { resultsUrl: `http://127.0.0.1:${port}/`, runtimeToken, created, finalized, stop: () => close(server) };
}
