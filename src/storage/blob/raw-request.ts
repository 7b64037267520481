// Requests azcp sends itself through the SDK's pipeline (so auth, azcp's
// retries and redaction all apply) for the hot paths where the SDK's
// generic request and response mapping costs more than the request: listing
// pages and small-file Put Blob.
import { createPipelineRequest, RestError, type PipelineRequest, type PipelineResponse } from '@azure/core-rest-pipeline';
import type { BlobConnection } from './client.ts';

/** The service version azcp speaks for raw requests (the SDK pins its own for the rest). */
export const RAW_API_VERSION = '2025-01-05';

export function rawRequest(url: string, method: 'GET' | 'PUT', abortSignal?: AbortSignal): PipelineRequest {
  // http is refused by default; the location parser only lets it through for loopback emulators.
  const request = createPipelineRequest({ url, method, allowInsecureConnection: true, abortSignal });
  request.headers.set('x-ms-version', RAW_API_VERSION);
  return request;
}

export async function sendRaw(side: BlobConnection, request: PipelineRequest): Promise<PipelineResponse> {
  const { pipeline, httpClient } = side.raw!;
  return pipeline.sendRequest(httpClient, request);
}

/** The service's error as the SDK would have thrown it: status, error code
 *  and message, so the job describes and classifies it the same way. */
export function serviceError(request: PipelineRequest, response: PipelineResponse, body: string): RestError {
  const code = response.headers.get('x-ms-error-code') ?? /<Code>([^<]+)<\/Code>/.exec(body)?.[1];
  const message = /<Message>([^<]+)<\/Message>/.exec(body)?.[1]?.split('\n')[0] ?? `HTTP ${response.status}`;
  const err = new RestError(`${code ? `${code}: ` : ''}${message}`, { statusCode: response.status, code, request, response });
  (err as RestError & { details?: { errorCode?: string } }).details = { errorCode: code };
  return err;
}
