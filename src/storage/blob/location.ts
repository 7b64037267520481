// Parses a blob URL into a BlobLocation. Everything a later step needs to
// know about "where" is decided here, once, with errors that say what to
// write instead.
import { redact } from '../../auth/redact.ts';
import { registerSas } from '../../auth/secrets.ts';
import { UsageError } from '../../contract/errors.ts';
import type { RemoteLocation } from '../../contract/location.ts';
import { splitUrlName } from '../url-name.ts';
import { isPathStyle } from '../url.ts';

/** A blob URL: a remote location whose container is a blob container. */
export type BlobLocation = RemoteLocation & { kind: 'blob' };

export const CONTAINER_NAME = /^(?:\$root|\$web|\$logs|[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){2,62})$/;

/** Blob Storage takes every http(s) URL except the other Azure services' endpoints. */
export function claimsBlobUrl(url: URL): boolean {
  return !/\.(file|queue|table|dfs)\.core\./.test(url.hostname.toLowerCase());
}

/** A blob URL (already checked by checkStorageUrl and claimed) as a BlobLocation. */
export function parseBlobUrl(text: string, url: URL, role: string): BlobLocation {
  const host = url.hostname.toLowerCase();
  const pathStyle = isPathStyle(url);
  if (url.protocol === 'http:' && !pathStyle) {
    throw new UsageError(`the ${role} uses plain http to ${host}; Azure Storage needs https (http is only accepted for an emulator on a local address)`);
  }
  const segments = url.pathname.split('/').filter((_, i) => i > 0);
  let decoded: string[];
  try {
    decoded = segments.map((s) => decodeURIComponent(s));
  } catch {
    throw new UsageError(`the ${role} URL has a malformed %-escape in its path`);
  }
  let account: string;
  let origin = `${url.protocol}//${url.host}`;
  if (pathStyle) {
    account = decoded.shift() ?? '';
    if (!account) throw new UsageError(`the ${role} URL ${origin} names no account: write ${origin}/ACCOUNT/CONTAINER (for Azurite the account is devstoreaccount1)`);
    origin = `${origin}/${encodeURIComponent(account)}`;
  } else {
    account = host.split('.')[0];
  }
  const container = decoded.shift() ?? '';
  if (!container) {
    throw new UsageError(`the ${role} URL names no container: write ${pathStyle ? origin : `${url.protocol}//${url.host}`}/CONTAINER[/PATH]`);
  }
  if (!CONTAINER_NAME.test(container)) {
    throw new UsageError(`"${container}" is not a valid container name: 3 to 63 lowercase letters, digits and single hyphens, starting with a letter or digit`);
  }
  // Wildcards are decided on the path as written: a %-escaped '*', '?' or
  // '[' is a literal character of the name (see url-name.ts).
  const name = splitUrlName(segments.slice(segments.length - decoded.length), role);
  const path = (name.wildcard !== undefined || name.contentsOnly ? name.parents.join('/') : [...name.parents, name.last].join('/')).replace(/^\/+/, '');
  const { contentsOnly, wildcard } = name;
  const sas = url.search.length > 1 ? url.search.slice(1) : undefined;
  if (sas) {
    const params = new URLSearchParams(sas);
    if (!params.get('sig')) throw new UsageError(`the ${role} URL has a query string but no SAS signature (sig=); give a full SAS token or none`);
    // Signature first: a SAS in a URL is shown with its fields (…&sp=rl&sig=REDACTED).
    registerSas(sas, true);
  }
  return {
    kind: 'blob',
    remote: true,
    serviceUrl: origin,
    account,
    container,
    path,
    contentsOnly,
    wildcard,
    sas,
    pathStyle,
    display: redact(text),
  };
}

/** Encode a blob name for a URL path: every segment escaped, slashes kept. */
export function encodeBlobName(name: string): string {
  return name.split('/').map(encodeURIComponent).join('/');
}

