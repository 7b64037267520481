// Requests azcp sends itself through the SDK's pipeline (so auth, azcp's
// retries and redaction all apply) for the hot paths where the SDK's
// generic request and response mapping costs more than the request: listing
// pages and small-file Put Blob.
import { createPipelineRequest, RestError, type PipelineRequest, type PipelineResponse } from '@azure/core-rest-pipeline';
import type { BlobConnection } from './client.ts';

/** The service version azcp speaks for raw requests (the SDK pins its own for the rest). */
export const RAW_API_VERSION = '2025-01-05';

/**
 * The URL of one blob in a container, exactly as the SDK's
 * `container.getBlobClient(name).url` spells it (each name segment
 * URI-encoded, then the SDK's path escaping), without building a client:
 * the client's constructor (its own URL parsing, pipeline options and
 * account lookup) cost ~0.1 ms a file, a tenth of the client CPU of a
 * many-small-file download. test/blob-object-url.test.ts holds it to the
 * SDK's spelling for hostile names.
 */
export function blobObjectUrl(containerUrl: string, blobName: string): string {
  const segments = blobName.split('/');
  // The URL parser resolves these away, so the request would name another
  // blob (or the container); the SDK does the same for 'a/../b' silently.
  if (segments.some((seg) => seg === '.' || seg === '..')) throw new Error(`the blob name "${blobName}" has a '.' or '..' segment, which a URL cannot address`);
  const url = new URL(containerUrl);
  const name = segments.map(encodeURIComponent).join('/');
  url.pathname = url.pathname.endsWith('/') ? `${url.pathname}${name}` : `${url.pathname}/${name}`;
  url.pathname = sdkPathEscape(url.pathname);
  return url.toString();
}

/** The SDK's escaping of a URL path: '/' kept, a '%' already there kept (so
 *  escapes stay single), "'" and '+' encoded. */
function sdkPathEscape(path: string): string {
  return encodeURIComponent(path).replace(/%2F/g, '/').replace(/'/g, '%27').replace(/\+/g, '%20').replace(/%25/g, '%');
}

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
