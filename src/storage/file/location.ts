// Parses a share URL into a FileLocation: https://ACCOUNT.file.core.windows.net/SHARE[/DIR/PATH][?SAS],
// or a path-style URL (http://127.0.0.1:PORT/devstoreaccount1/SHARE/…) that
// AZCP_FILE_ENDPOINT or --from-to names a share.
import type { RemoteLocation } from '../../contract/location.ts';
import { containerNameRule, parseRemoteUrl } from '../remote-url.ts';
import { underFileEndpoint } from '../url.ts';
import { SHARE_NAME } from './name.ts';

/** A share URL: a remote location whose container is an Azure Files share. */
export type FileLocation = RemoteLocation & { kind: 'file' };

/** Azure Files takes its own endpoint's hosts and every URL under AZCP_FILE_ENDPOINT. */
export function claimsFileUrl(url: URL): boolean {
  return /\.file\.core\./.test(url.hostname.toLowerCase()) || underFileEndpoint(url);
}

/** Told by --from-to: any URL whose host is not another Azure service's endpoint. */
export function claimsFileUrlWhenTold(url: URL): boolean {
  return claimsFileUrl(url) || !/\.(blob|queue|table|dfs|web)\.core\./.test(url.hostname.toLowerCase());
}

export function parseFileUrl(text: string, url: URL, role: string): FileLocation {
  return parseRemoteUrl(text, url, role, {
    kind: 'file',
    noun: 'share',
    nameProblem: containerNameRule(SHARE_NAME, 'share'),
  }) as FileLocation;
}
