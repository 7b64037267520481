// Pipeline policies every Azure SDK backend installs.
import type { Pipeline, PipelinePolicy, PipelineRequest, PipelineResponse, SendRequest } from '@azure/core-rest-pipeline';
import type { RetryTuning } from '../contract/env.ts';
import { retryPolicy, type RetryStats } from './retry.ts';

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

/**
 * Puts azcp's policies into the core pipeline a storage SDK builds with the
 * first client made from `sdkPipeline` (the SDK's newPipeline(), made with
 * one try, so the SDK retries nothing itself): azcp's retry policy
 * (retry.ts) in place of the SDK's, and the IPv6 literal fix when the
 * endpoint is one. The SDK shares that core pipeline with every client
 * derived from the first, so call this right after making it. Returns the
 * core pipeline, or undefined if a future SDK moves it (its own retries
 * then still apply).
 *
 * The form-data policy goes: no storage request has a form body, and its
 * `typeof FormData` test makes Node load its bundled fetch implementation
 * (undici) on the first request of every job, 10–25 ms of start-up here.
 *
 * The tracing policy goes too: it reports spans to an OpenTelemetry
 * instrumenter registered in-process through @azure/core-tracing, which a
 * command-line tool never has, yet it builds every span's attributes
 * anyway, parsing and sanitising the request's URL each time (~25–45 µs a
 * request in a profile; ~4% of the instructions of a 300-file download).
 */
export function useAzcpPolicies(sdkPipeline: unknown, serviceUrl: string, tuning: RetryTuning, stats: RetryStats): Pipeline | undefined {
  const core = (sdkPipeline as { _corePipeline?: Pipeline })._corePipeline;
  if (core) {
    core.removePolicy({ name: 'formDataPolicy' });
    core.removePolicy({ name: 'tracingPolicy' });
    core.removePolicy({ name: 'storageRetryPolicy' });
    core.addPolicy(retryPolicy(tuning, stats), { phase: 'Retry' });
    if (serviceUrl.includes('://[')) core.addPolicy(ipv6LiteralHostPolicy);
  }
  return core;
}
