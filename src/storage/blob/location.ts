// Parses a blob URL into a BlobLocation. Everything a later step needs to
// know about "where" is decided here, once, with errors that say what to
// write instead.
import type { RemoteLocation } from '../../contract/location.ts';
import { containerNameRule, parseRemoteUrl } from '../remote-url.ts';
import { underFileEndpoint } from '../url.ts';

/** A blob URL: a remote location whose container is a blob container. */
export type BlobLocation = RemoteLocation & { kind: 'blob' };

export const CONTAINER_NAME = /^(?:\$root|\$web|\$logs|[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){2,62})$/;

/** Blob Storage takes every http(s) URL except the other Azure services' endpoints and the URLs under AZCP_FILE_ENDPOINT (shares). */
export function claimsBlobUrl(url: URL): boolean {
  return !/\.(file|queue|table|dfs)\.core\./.test(url.hostname.toLowerCase()) && !underFileEndpoint(url);
}

/** A blob URL (already checked by checkStorageUrl and claimed) as a BlobLocation. */
export function parseBlobUrl(text: string, url: URL, role: string): BlobLocation {
  return parseRemoteUrl(text, url, role, {
    kind: 'blob',
    noun: 'container',
    nameProblem: containerNameRule(CONTAINER_NAME, 'container'),
  }) as BlobLocation;
}

