// A local HTTPS stand-in for Azure Resource Manager's CDN purge, for tests
// (ARM cannot run here). It does what matters to azcp:
// - POST {endpoint id}/purge?api-version=V checks the bearer token (a JWT
//   whose aud is this server's origin, not expired), the api-version for
//   the endpoint kind, and the body ({contentPaths}, at most 100, each
//   starting with '/');
// - answers 202 with an Azure-AsyncOperation URL, which answers InProgress
//   `pollsBeforeDone` times and then Succeeded (or Failed, when told to).
import { createServer, type Server } from 'node:https';
import type { IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import type { TestCert } from './certs.ts';
import { decodeJwt } from './oidc.ts';

export interface PurgeCall {
  endpoint: string;
  apiVersion: string;
  contentPaths: string[];
  token: string;
}

export interface ArmStandIn {
  url: string;
  purges: PurgeCall[];
  polls: number;
  tokens: Set<string>;
  /** Refusals it answered (what a real ARM would refuse too). */
  refused: string[];
  /** 'fail': every purge operation ends Failed. Throttled: the next N purge requests are answered 429. */
  mode: 'ok' | 'fail';
  throttle: number;
  pollsBeforeDone: number;
  stop(): Promise<void>;
}

const API = { afdEndpoints: '2023-05-01', endpoints: '2024-02-01' } as const;
const ID = /^(\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/Microsoft\.Cdn\/profiles\/[^/]+\/(afdEndpoints|endpoints)\/[^/]+)\/purge$/i;

const body = (req: IncomingMessage) =>
  new Promise<string>((r) => {
    const c: Buffer[] = [];
    req.on('data', (d: Buffer) => c.push(d));
    req.on('end', () => r(Buffer.concat(c).toString('utf8')));
  });

export async function startArmStandIn(cert: TestCert): Promise<ArmStandIn> {
  const ops = new Map<string, { left: number }>();
  const arm: ArmStandIn = { url: '', purges: [], polls: 0, tokens: new Set(), refused: [], mode: 'ok', throttle: 0, pollsBeforeDone: 1, stop: async () => new Promise<void>((r) => server.close(() => r())) };
  const send = (res: import('node:http').ServerResponse, status: number, json: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(json));
  };
  const refuse = (res: import('node:http').ServerResponse, status: number, code: string, message: string) => {
    arm.refused.push(`${code}: ${message}`);
    send(res, status, { error: { code, message } });
  };
  const server: Server = createServer({ cert: cert.cert, key: cert.key }, async (req, res) => {
    const url = new URL(req.url ?? '/', arm.url);
    const auth = req.headers.authorization ?? '';
    const token = auth.replace(/^Bearer /, '');
    try {
      const claims = decodeJwt(token).claims;
      if (claims.aud !== arm.url) return refuse(res, 401, 'InvalidAuthenticationTokenAudience', `the token's audience ${claims.aud} is not ${arm.url}`);
      if (claims.exp * 1000 < Date.now()) return refuse(res, 401, 'ExpiredAuthenticationToken', 'expired');
    } catch {
      return refuse(res, 401, 'AuthenticationFailed', 'no bearer token');
    }
    arm.tokens.add(token);
    if (req.method === 'POST') {
      if (arm.throttle > 0) {
        arm.throttle--;
        return send(res, 429, { error: { code: 'TooManyRequests', message: 'throttled' } }, { 'retry-after': '0' });
      }
      const m = ID.exec(url.pathname);
      if (!m) return refuse(res, 404, 'NotFound', url.pathname);
      const apiVersion = url.searchParams.get('api-version') ?? '';
      const kind = m[2].toLowerCase() === 'afdendpoints' ? 'afdEndpoints' : 'endpoints';
      if (apiVersion !== API[kind]) return refuse(res, 400, 'InvalidApiVersionParameter', `api-version ${apiVersion} for ${kind}`);
      let parsed: { contentPaths?: unknown };
      try {
        parsed = JSON.parse(await body(req));
      } catch {
        return refuse(res, 400, 'InvalidRequestContent', 'not JSON');
      }
      const paths = parsed.contentPaths;
      if (!Array.isArray(paths) || paths.length === 0 || paths.length > 100 || !paths.every((p) => typeof p === 'string' && p.startsWith('/'))) {
        return refuse(res, 400, 'BadRequest', 'contentPaths: 1 to 100 paths starting with /');
      }
      arm.purges.push({ endpoint: m[1], apiVersion, contentPaths: paths, token });
      const id = randomUUID();
      ops.set(id, { left: arm.pollsBeforeDone });
      const op = `${arm.url}/subscriptions/x/providers/Microsoft.Cdn/operationResults/${id}?api-version=${apiVersion}`;
      res.writeHead(202, { 'azure-asyncoperation': op, location: op, 'retry-after': '0' });
      return res.end();
    }
    const op = /\/operationResults\/([0-9a-f-]+)$/.exec(url.pathname);
    if (req.method === 'GET' && op && ops.has(op[1])) {
      arm.polls++;
      const state = ops.get(op[1])!;
      if (state.left-- > 0) return send(res, 200, { status: 'InProgress' }, { 'retry-after': '0' });
      if (arm.mode === 'fail') return send(res, 200, { status: 'Failed', error: { code: 'PurgeFailed', message: 'the edge could not be purged' } });
      return send(res, 200, { status: 'Succeeded' });
    }
    refuse(res, 404, 'NotFound', `${req.method} ${url.pathname}`);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  arm.url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return arm;
}
