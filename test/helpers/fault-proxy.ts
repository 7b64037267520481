// A small HTTP proxy that sits between azcp and Azurite. It is the one thing
// the tests mock: a faulty or slow network. By default it forwards every
// request unchanged and counts what passes (requests, PUT body bytes); a
// `decide` function can make it answer with an error status, reset the
// connection, stall the response, or delay the request — deterministically
// when driven by `seededFaults` (a seeded PRNG).
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { BlobServiceClient } from '@azure/storage-blob';
import { startAzurite, DEV_ACCOUNT } from '../../scripts/azurite.mjs';
import { credential, seededRandom } from './trees.ts';

export type FaultAction =
  /** `after`: forward only once it settles (something the test does first,
   *  such as another writer's request, lands before this one). */
  | { kind: 'forward'; delayMs?: number; after?: Promise<unknown> }
  | { kind: 'status'; status: number; retryAfterSeconds?: number }
  | { kind: 'reset' }
  /** Forward the request, then hold the response for `ms` before sending it. */
  | { kind: 'stall'; ms: number }
  /** Forward the request; send the response's headers and half of its first
   *  body chunk, then cut the connection (a body that breaks off). */
  | { kind: 'truncate' }
  /** Forward the request; send the response's headers and half of its first
   *  body chunk, then send nothing more, keeping the connection open. */
  | { kind: 'stallBody' }
  /** Forward the request; send the response whole, with one byte of its body
   *  flipped (the middle of the first body chunk): corruption in transit
   *  that no length check can see. */
  | { kind: 'corruptBody' };

export interface ProxyRequestInfo {
  method: string;
  url: string;
  /** 0-based arrival index. */
  index: number;
}

export interface FaultProxy {
  port: number;
  /** Azurite's path-style service URL, through the proxy. */
  serviceUrl: string;
  requests: number;
  /** Sum of request body bytes of PUT requests that reached the upstream. */
  putBodyBytes: number;
  /** The same, by kind: 'block' (Put Block), 'blocklist', 'blob' (Put Blob), 'other'. */
  putBytesByKind: Record<string, number>;
  /** Faults injected, by kind ('status 503', 'reset', 'stall', ...). */
  injected: Record<string, number>;
  injectedTotal(): number;
  /** Every request seen: method, path (no query), action. */
  log: Array<{ method: string; path: string; action: string }>;
  resetCounters(): void;
  /** Resolves once no request is in flight to the upstream. */
  idle(): Promise<void>;
  setDecide(decide: (info: ProxyRequestInfo) => FaultAction): void;
  stop(): Promise<void>;
}

export async function startFaultProxy(upstreamPort: number, account: string, decide: (info: ProxyRequestInfo) => FaultAction = () => ({ kind: 'forward' })): Promise<FaultProxy> {
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let index = 0;
  const state = {
    requests: 0,
    putBodyBytes: 0,
    putBytesByKind: {} as Record<string, number>,
    injected: {} as Record<string, number>,
    log: [] as Array<{ method: string; path: string; action: string }>,
  };
  const note = (kind: string) => (state.injected[kind] = (state.injected[kind] ?? 0) + 1);
  const later = (ms: number, fn: () => void) => {
    const t = setTimeout(() => {
      timers.delete(t);
      fn();
    }, ms);
    timers.add(t);
  };

  let inFlight = 0;
  const forward = (req: IncomingMessage, res: ServerResponse, holdMs = 0, cut?: 'truncate' | 'stallBody' | 'corruptBody') => {
    inFlight++;
    const up = httpRequest(
      { host: '127.0.0.1', port: upstreamPort, method: req.method, path: req.url, headers: req.headers },
      (upRes) => {
        const send = () => {
          if (res.destroyed) {
            upRes.resume();
            return;
          }
          res.writeHead(upRes.statusCode ?? 502, upRes.headers);
          if (cut === 'corruptBody') {
            let flipped = false;
            upRes.on('data', (chunk: Buffer) => {
              if (!flipped && chunk.length > 0) {
                chunk = Buffer.from(chunk);
                chunk[chunk.length >> 1] ^= 0xff;
                flipped = true;
              }
              res.write(chunk);
            });
            upRes.on('end', () => res.end());
            return;
          }
          if (cut) {
            upRes.once('data', (chunk: Buffer) => {
              res.write(chunk.subarray(0, Math.max(1, chunk.length >> 1)), () => {
                if (cut === 'truncate') res.socket?.destroy();
                // stallBody: silence, until the client gives up or the proxy stops.
              });
              upRes.destroy();
            });
            return;
          }
          upRes.pipe(res);
        };
        if (holdMs > 0) later(holdMs, send);
        else send();
      },
    );
    up.on('error', () => res.destroy());
    up.on('close', () => inFlight--);
    res.on('close', () => {
      if (!res.writableFinished) up.destroy();
    });
    if (req.method === 'PUT') {
      const kind = putKind(req.url ?? '/', req.headers);
      req.on('data', (chunk: Buffer) => {
        state.putBodyBytes += chunk.length;
        state.putBytesByKind[kind] = (state.putBytesByKind[kind] ?? 0) + chunk.length;
      });
    }
    req.pipe(up);
  };

  const server: Server = createServer((req, res) => {
    state.requests++;
    const info: ProxyRequestInfo = { method: req.method ?? 'GET', url: req.url ?? '/', index: index++ };
    const action = decideRef.current(info);
    const path = (req.url ?? '').split('?')[0];
    const label = action.kind === 'status' ? `status ${action.status}` : action.kind;
    state.log.push({ method: info.method, path, action: label });
    switch (action.kind) {
      case 'forward':
        if (action.after) {
          const go = () => forward(req, res);
          action.after.then(go, go);
        } else if (action.delayMs) later(action.delayMs, () => forward(req, res));
        else forward(req, res);
        return;
      case 'status': {
        note(label);
        req.resume();
        const headers: Record<string, string> = { 'content-type': 'application/xml', 'x-ms-error-code': action.status === 429 ? 'TooManyRequests' : action.status === 503 ? 'ServerBusy' : 'InternalError' };
        if (action.retryAfterSeconds !== undefined) headers['retry-after'] = String(action.retryAfterSeconds);
        req.on('end', () => {
          res.writeHead(action.status, headers);
          res.end(`<?xml version="1.0" encoding="utf-8"?><Error><Code>${headers['x-ms-error-code']}</Code><Message>injected by the test proxy</Message></Error>`);
        });
        return;
      }
      case 'reset':
        note('reset');
        req.socket.destroy();
        return;
      case 'stall':
        note('stall');
        forward(req, res, action.ms);
        return;
      case 'truncate':
      case 'stallBody':
      case 'corruptBody':
        note(action.kind);
        forward(req, res, 0, action.kind);
        return;
    }
  });
  const decideRef = { current: decide };
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    serviceUrl: `http://127.0.0.1:${port}/${account}`,
    get requests() {
      return state.requests;
    },
    get putBodyBytes() {
      return state.putBodyBytes;
    },
    get putBytesByKind() {
      return state.putBytesByKind;
    },
    get injected() {
      return state.injected;
    },
    get log() {
      return state.log;
    },
    injectedTotal: () => Object.values(state.injected).reduce((a, b) => a + b, 0),
    resetCounters: () => {
      state.requests = 0;
      state.putBodyBytes = 0;
      state.putBytesByKind = {};
      state.injected = {};
      state.log = [];
    },
    idle: async () => {
      while (inFlight > 0) await new Promise((r) => setTimeout(r, 20));
    },
    setDecide: (d) => (decideRef.current = d),
    stop: async () => {
      for (const t of timers) clearTimeout(t);
      for (const s of sockets) s.destroy();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

function putKind(url: string, headers: IncomingMessage['headers']): string {
  const comp = new URL(url, 'http://x').searchParams.get('comp');
  if (comp === 'block' || comp === 'blocklist') return comp;
  if (!comp && headers['x-ms-blob-type']) return 'blob';
  return 'other';
}


/**
 * A decide function that injects a fault into `share` of the requests
 * (which ones: a seeded PRNG), taking the kinds in turn, so that every kind
 * is injected once five faults have been (a random pick of the kind left
 * out a kind in 27 faults on a clean machine's run: the test that counts
 * them failed by chance). The same request (method + path + query) is
 * never faulted more than `maxInARow` times in a row, so every transfer can
 * finish within the client's retry budget.
 */
export function seededFaults(opts: { seed: number; share: number; kinds: FaultAction[]; maxInARow?: number; skipFirst?: number }): (info: ProxyRequestInfo) => FaultAction {
  const rnd = seededRandom(opts.seed);
  const streak = new Map<string, number>();
  const maxInARow = opts.maxInARow ?? 2;
  let faults = 0;
  return (info) => {
    const key = `${info.method} ${info.url}`;
    const roll = rnd();
    if (info.index < (opts.skipFirst ?? 0)) return { kind: 'forward' };
    const run = streak.get(key) ?? 0;
    if (roll < opts.share && run < maxInARow) {
      streak.set(key, run + 1);
      return opts.kinds[faults++ % opts.kinds.length]!;
    }
    streak.delete(key);
    return { kind: 'forward' };
  };
}

export interface ProxiedAzurite {
  proxy: FaultProxy;
  /** Talks to Azurite directly, around the proxy: for setup and checks. */
  service: BlobServiceClient;
  /** Makes `container` (around the proxy) with one blob per name, holding "bytes of NAME". */
  seed(container: string, names: string[]): Promise<void>;
  stop(): Promise<void>;
}

/** An in-memory Azurite with a fault proxy in front of it. */
export async function startProxiedAzurite(): Promise<ProxiedAzurite> {
  const azurite = await startAzurite();
  const proxy = await startFaultProxy(azurite.port, DEV_ACCOUNT);
  const service = new BlobServiceClient(azurite.serviceUrl, credential);
  return {
    proxy,
    service,
    seed: async (container, names) => {
      const c = service.getContainerClient(container);
      await c.create();
      for (const name of names) await c.getBlockBlobClient(name).upload(`bytes of ${name}`, Buffer.byteLength(`bytes of ${name}`));
    },
    stop: async () => {
      await proxy.stop();
      await azurite.stop();
    },
  };
}
