// Builds the SDK clients for one blob location, with azcp's own retry policy
// in place of the SDK's: the SDK retries only 500/503 and network errors,
// while throttling (429), gateway errors (502/504) and timeouts (408) are
// just as transient, and Retry-After should be honoured. The policy also
// counts retries so the report can say how rough the ride was.
import { BlobServiceClient, ContainerClient, newPipeline } from '@azure/storage-blob';
import { createDefaultHttpClient, type HttpClient, type PipelinePolicy, type PipelineRequest, type PipelineResponse, type SendRequest, type Pipeline as CorePipeline } from '@azure/core-rest-pipeline';
import type { TokenCredential } from '@azure/core-auth';
import type { BlobLocation } from './location.ts';
import type { AuthInputs } from '../contract/options.ts';
import { resolveAuth, type StorageAuth } from '../auth/credential.ts';
import { retryTuning, type RetryTuning } from '../contract/env.ts';

export interface TransferStats {
  /** Requests retried after a transient failure. */
  retries: number;
}

export interface BlobSide {
  loc: BlobLocation;
  auth: StorageAuth;
  service: BlobServiceClient;
  container: ContainerClient;
  stats: TransferStats;
  /** The per-try timeout (AZCP_TRY_TIMEOUT_MS), also the longest a response
   *  body may go without bringing a byte. */
  tryTimeoutMs: number;
  /** The SDK's request pipeline (auth + azcp's retries), for requests the
   *  SDK does too slowly (listing). Absent if the SDK changes shape. */
  raw?: { pipeline: CorePipeline; httpClient: HttpClient };
}

const RETRIABLE_STATUS = new Set([408, 429, 500, 502, 503, 504]);
const RETRIABLE_CODES = ['ECONNRESET', 'ETIMEDOUT', 'ESOCKETTIMEDOUT', 'ECONNREFUSED', 'EPIPE', 'EAI_AGAIN', 'REQUEST_SEND_ERROR', 'UND_ERR_SOCKET', 'ECONNABORTED'];

function isRetriableError(err: unknown): boolean {
  const e = err as { name?: string; code?: string; message?: string };
  if (e?.name === 'AbortError' && !/timeout|timed out/i.test(e.message ?? '')) return false;
  const text = `${e?.code ?? ''} ${e?.message ?? ''} ${e?.name ?? ''}`.toUpperCase();
  return RETRIABLE_CODES.some((c) => text.includes(c)) || /socket hang up|timed? ?out|aborted/i.test(e?.message ?? '');
}

function retryAfterMs(response: PipelineResponse): number | undefined {
  const h = response.headers.get('retry-after');
  if (!h) return undefined;
  const secs = Number(h);
  if (Number.isFinite(secs)) return Math.max(0, secs * 1000);
  const at = Date.parse(h);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

function sleep(ms: number, signal?: AbortSignalLike): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError());
    const timer = setTimeout(() => {
      signal?.removeEventListener?.('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError());
    };
    signal?.addEventListener?.('abort', onAbort, { once: true });
  });
}

type AbortSignalLike = { aborted: boolean; addEventListener?: AbortSignal['addEventListener']; removeEventListener?: AbortSignal['removeEventListener'] };

function abortError(): Error {
  const e = new Error('The operation was aborted.');
  e.name = 'AbortError';
  return e;
}

export function retryPolicy(tuning: RetryTuning, stats: TransferStats): PipelinePolicy {
  return {
    name: 'azcpRetryPolicy',
    async sendRequest(request: PipelineRequest, next: SendRequest): Promise<PipelineResponse> {
      // Only bodies that can be sent again are retried (Buffers, strings,
      // stream factories); a one-shot stream cannot be replayed.
      const replayable = request.body === undefined || request.body === null || typeof request.body !== 'object' || Buffer.isBuffer(request.body) || typeof request.body === 'function' || request.body instanceof Uint8Array;
      const outer = request.abortSignal;
      for (let attempt = 1; ; attempt++) {
        let delay: number | undefined;
        // The per-try timeout is ours, not the HTTP client's: its timeout
        // surfaces as a bare AbortError, indistinguishable from the user
        // cancelling, and so was never retried. A try of our own that runs
        // out is aborted through its own signal and retried like a reset.
        const attemptAbort = new AbortController();
        let timedOut = false;
        const onOuterAbort = () => attemptAbort.abort();
        if (outer?.aborted) throw abortError();
        outer?.addEventListener('abort', onOuterAbort, { once: true });
        const timer = tuning.tryTimeoutMs > 0 ? setTimeout(() => ((timedOut = true), attemptAbort.abort()), tuning.tryTimeoutMs) : undefined;
        request.abortSignal = attemptAbort.signal;
        let keepLink = false;
        try {
          const response = await next(request);
          if (!RETRIABLE_STATUS.has(response.status) || attempt >= tuning.maxTries || !replayable || unnamedCopySourceFailure(request, response)) {
            // A streamed body is read after this returns: the job's cancel
            // must still reach it, and the link goes when the stream ends.
            const body = response.readableStreamBody as NodeJS.ReadableStream & { once?: (e: string, f: () => void) => void } | undefined;
            if (body && outer && typeof body.once === 'function') {
              keepLink = true;
              body.once('close', () => outer.removeEventListener?.('abort', onOuterAbort));
            }
            return response;
          }
          delay = retryAfterMs(response);
          // Drain an unread error body so the socket can be reused.
          (response.readableStreamBody as NodeJS.ReadableStream | undefined)?.resume?.();
        } catch (err) {
          if (outer?.aborted || attempt >= tuning.maxTries || !replayable) throw timedOut && !outer?.aborted ? tryTimeoutError(tuning.tryTimeoutMs, err) : err;
          if (!timedOut && !isRetriableError(err)) throw err;
        } finally {
          if (timer) clearTimeout(timer);
          if (!keepLink) outer?.removeEventListener?.('abort', onOuterAbort);
          request.abortSignal = outer;
        }
        const backoff = Math.min(tuning.maxDelayMs, tuning.baseDelayMs * 2 ** (attempt - 1));
        const wait = delay !== undefined ? Math.min(delay, tuning.maxDelayMs) : Math.random() * backoff;
        stats.retries++;
        await sleep(wait, outer);
      }
    },
  };
}

/**
 * A bare 500 (no error code) to a copy-from-URL request is an answer, not a
 * hiccup: Azure names its transient 500s (InternalError, OperationTimedOut),
 * while emulators answer a bare 500 for source-auth combinations they do not
 * implement. Retrying it only delays the fallback to another copy API.
 */
function unnamedCopySourceFailure(request: PipelineRequest, response: PipelineResponse): boolean {
  return response.status === 500 && request.headers.has('x-ms-copy-source') && !response.headers.get('x-ms-error-code');
}

function tryTimeoutError(ms: number, cause: unknown): Error {
  const e = new Error(`no answer within ${ms} ms (AZCP_TRY_TIMEOUT_MS), after every retry`);
  e.name = 'TimeoutError';
  (e as { code?: string }).code = 'ETIMEDOUT';
  (e as { cause?: unknown }).cause = cause;
  return e;
}


/**
 * Lets requests reach an IPv6 literal endpoint (http://[::1]:10000/...).
 * The HTTP client hands Node the URL's hostname, which for IPv6 keeps its
 * brackets; Node then looks up "[::1]" as a host name and fails with
 * ENOTFOUND before any request is sent. The bare address goes to Node
 * instead; the URL (and so the signed request) is unchanged.
 */
export const ipv6LiteralHostPolicy: PipelinePolicy = {
  name: 'azcpIpv6LiteralHost',
  sendRequest(request: PipelineRequest, next: SendRequest): Promise<PipelineResponse> {
    const { hostname } = new URL(request.url);
    if (hostname.startsWith('[') && hostname.endsWith(']')) {
      request.requestOverrides = { ...request.requestOverrides, hostname: hostname.slice(1, -1) };
    }
    return next(request);
  },
};

/** The service URL with the SAS attached when SAS is the auth. */
export function serviceUrlWithSas(loc: BlobLocation, auth: StorageAuth): string {
  return auth.kind === 'sas' ? `${loc.serviceUrl}?${auth.sas}` : loc.serviceUrl;
}

export async function openBlobSide(
  loc: BlobLocation,
  authInputs: AuthInputs,
  hostCredential?: TokenCredential,
  tuning: RetryTuning = retryTuning(),
): Promise<BlobSide> {
  const auth = await resolveAuth(loc, authInputs, hostCredential);
  const stats: TransferStats = { retries: 0 };
  const pipeline = newPipeline(auth.credential, {
    keepAliveOptions: { enable: true },
    // Our policy replaces the SDK's; one try here means "no SDK retries".
    retryOptions: { maxTries: 1 },
  });
  const service = new BlobServiceClient(serviceUrlWithSas(loc, auth), pipeline);
  // The storage SDK builds its core pipeline when the first client is made
  // and shares it with every client derived from it; swap the retry policy
  // there. If a future SDK moves this, the SDK's own retries still apply.
  const core = (pipeline as unknown as { _corePipeline?: CorePipeline })._corePipeline;
  if (core) {
    core.removePolicy({ name: 'storageRetryPolicy' });
    core.addPolicy(retryPolicy(tuning, stats), { phase: 'Retry' });
    if (loc.serviceUrl.includes('://[')) core.addPolicy(ipv6LiteralHostPolicy);
  }
  return {
    loc,
    auth,
    service,
    container: service.getContainerClient(loc.container),
    stats,
    tryTimeoutMs: tuning.tryTimeoutMs,
    raw: core ? { pipeline: core, httpClient: createDefaultHttpClient() } : undefined,
  };
}
