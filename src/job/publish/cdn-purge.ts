// Purging a CDN after a deploy, through Azure Resource Manager:
//   Front Door Standard/Premium: POST {endpoint id}/purge?api-version=2023-05-01 (afdEndpoints)
//   classic Azure CDN:           POST {endpoint id}/purge?api-version=2024-02-01 (endpoints)
// with {"contentPaths": [...]}, at most 100 paths a request (the service's
// limit). ARM answers 202 with an Azure-AsyncOperation URL to poll until its
// status is Succeeded, Failed or Canceled. The token goes only to the ARM
// endpoint's own origin: a polling URL elsewhere is refused, not followed.
import { request } from 'node:https';
import { abortError } from '../../engine/pool.ts';

export const PURGE_BATCH = 100;
const API_VERSION = { afdEndpoints: '2023-05-01', endpoints: '2024-02-01' } as const;
const MAX_POLL_WAIT_MS = 30_000;

export interface PurgeRequest {
  endpoint: string;
  paths: string[];
  wait: boolean;
  signal?: AbortSignal;
  arm: string;
  token: () => Promise<string>;
  onProgress?: (message: string) => void;
}

export interface PurgeResult {
  status: 'Succeeded' | 'Failed' | 'Started';
  /** The operations to watch, when not waited for. */
  operations: string[];
  error?: string;
}

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

const MAX_TRIES = 4;

/** One ARM request, tried again on throttling (429) and server errors, after Retry-After or 1, 2, 4 s. */
async function send(method: 'GET' | 'POST', url: string, token: () => Promise<string>, body: string | undefined, signal?: AbortSignal): Promise<Reply> {
  for (let attempt = 1; ; attempt++) {
    const r = await sendOnce(method, url, await token(), body, signal);
    if ((r.status !== 429 && r.status < 500) || attempt === MAX_TRIES) return r;
    const after = Number(header(r, 'retry-after'));
    await sleep(Math.min(MAX_POLL_WAIT_MS, Number.isFinite(after) && after >= 0 ? after * 1000 : 1000 * 2 ** (attempt - 1)), signal);
  }
}

function sendOnce(method: 'GET' | 'POST', url: string, token: string, body: string | undefined, signal?: AbortSignal): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method,
        signal,
        headers: {
          authorization: `Bearer ${token}`,
          accept: 'application/json',
          ...(body !== undefined ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** ARM's error body ({"error":{"code","message"}}) as one line. */
function armError(r: Reply): string {
  try {
    const e = JSON.parse(r.body).error;
    if (e?.code || e?.message) return `${r.status} ${e.code ?? ''}: ${e.message ?? ''}`.trim();
  } catch {
    // not JSON
  }
  return `${r.status} ${r.body.slice(0, 200)}`;
}

const header = (r: Reply, name: string) => {
  const v = r.headers[name];
  return Array.isArray(v) ? v[0] : v;
};

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(abortError(signal));
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(t), reject(abortError(signal))), { once: true });
  });

export function batches(paths: string[], size = PURGE_BATCH): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < paths.length; i += size) out.push(paths.slice(i, i + size));
  return out;
}

/** Purges `paths` from one endpoint, in batches; waits for each operation to end when asked. */
export async function purgeEndpoint(p: PurgeRequest): Promise<PurgeResult> {
  const kind = /\/afdEndpoints\//i.test(p.endpoint) ? 'afdEndpoints' : 'endpoints';
  const url = `${p.arm}${p.endpoint}/purge?api-version=${API_VERSION[kind]}`;
  const operations: string[] = [];
  for (const batch of batches(p.paths)) {
    const r = await send('POST', url, p.token, JSON.stringify({ contentPaths: batch }), p.signal);
    if (r.status === 200) continue;
    if (r.status !== 202) return { status: 'Failed', operations, error: armError(r) };
    const op = header(r, 'azure-asyncoperation') ?? header(r, 'location');
    if (!op) continue;
    if (new URL(op).origin !== p.arm) return { status: 'Failed', operations, error: `ARM answered with an operation at ${new URL(op).origin}, not ${p.arm}; not followed` };
    operations.push(op);
  }
  if (!p.wait) return { status: operations.length ? 'Started' : 'Succeeded', operations };
  for (const op of operations) {
    for (;;) {
      const r = await send('GET', op, p.token, undefined, p.signal);
      if (r.status >= 400) return { status: 'Failed', operations, error: armError(r) };
      let status = 'InProgress';
      let error: string | undefined;
      try {
        const body = JSON.parse(r.body || '{}');
        status = body.status ?? (r.status === 200 ? 'Succeeded' : 'InProgress');
        if (body.error) error = `${body.error.code ?? ''}: ${body.error.message ?? ''}`;
      } catch {
        status = r.status === 200 ? 'Succeeded' : 'InProgress';
      }
      if (/^succeeded$/i.test(status)) break;
      if (/^(failed|canceled|cancelled)$/i.test(status)) return { status: 'Failed', operations, error: error ?? `the purge operation ended ${status}` };
      const after = Number(header(r, 'retry-after'));
      p.onProgress?.(`purge of ${p.endpoint}: ${status}`);
      await sleep(Math.min(MAX_POLL_WAIT_MS, Number.isFinite(after) && after >= 0 ? after * 1000 : 10_000), p.signal);
    }
  }
  return { status: 'Succeeded', operations };
}
