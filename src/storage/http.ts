// Pipeline policies every Azure SDK backend installs.
import type { PipelinePolicy, PipelineRequest, PipelineResponse, SendRequest } from '@azure/core-rest-pipeline';

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
