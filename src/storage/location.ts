// Parses what a user wrote as a source or destination into a Location.
// Everything a later step needs to know about "where" is decided here, once,
// with errors that say what to write instead.
import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { registerSecret, redact } from '../auth/redact.ts';
import { UsageError } from '../contract/errors.ts';
import type { LocalLocation, Location, RemoteLocation } from '../contract/location.ts';
import { splitUrlName } from './url-name.ts';

/** A blob URL: a remote location whose container is a blob container. */
export type BlobLocation = RemoteLocation & { kind: 'blob' };

const CONTAINER_NAME = /^(?:\$root|\$web|\$logs|[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){2,62})$/;

export function parseLocation(raw: string, role: 'source' | 'destination' | 'target'): Location {
  if (typeof raw !== 'string' || raw.trim() === '') {
    throw new UsageError(`the ${role} is missing: give a local path or a blob URL such as https://ACCOUNT.blob.core.windows.net/CONTAINER/PATH`);
  }
  const text = raw.trim();
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) return parseUrl(text, role);
  if (/^[a-z]{2,}:/i.test(text) && !/^[a-z]:[\\/]/i.test(text)) {
    throw new UsageError(`the ${role} "${redact(text)}" is neither a local path nor an http(s) URL`);
  }
  return parseLocal(text);
}

function splitWildcard(path: string): { base: string; contentsOnly: boolean; wildcard?: string } {
  const normalised = path.replace(/\\/g, '/');
  const slash = normalised.lastIndexOf('/');
  const last = normalised.slice(slash + 1);
  if (last === '*') return { base: path.slice(0, slash >= 0 ? slash : 0) || (slash === 0 ? '/' : '.'), contentsOnly: true };
  if (/[*?[]/.test(last)) {
    if (/[*?[]/.test(normalised.slice(0, Math.max(slash, 0)))) {
      throw new UsageError(`wildcards are only allowed in the last part of a path: "${path}"`);
    }
    return { base: slash >= 0 ? path.slice(0, slash) || '/' : '.', contentsOnly: true, wildcard: last };
  }
  return { base: path, contentsOnly: false };
}

function parseLocal(text: string): LocalLocation {
  refuseInnerWildcard(text);
  const { base, contentsOnly, wildcard } = splitWildcard(text);
  const path = resolve(base);
  return { kind: 'local', remote: false, path, contentsOnly, wildcard, display: text };
}

/**
 * A wildcard before the last segment ("T", "*", "a.txt") would otherwise be
 * looked for as a folder literally named "*" and reported as missing. The
 * filters say the same thing without it.
 */
function refuseInnerWildcard(text: string): void {
  const segments = text.replace(/\\/g, '/').split('/');
  const inner = segments.slice(0, -1).findIndex((s) => /[*?[]/.test(s));
  if (inner < 0) return;
  const folder = segments.slice(0, inner).join('/') || (text.startsWith('/') ? '/' : '.');
  const last = segments[segments.length - 1];
  // The same selection as a regular expression over paths relative to the folder.
  const regex = segments
    .slice(inner)
    .map((s) => s.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]'))
    .join('/');
  throw new UsageError(
    `wildcards are allowed only in the last segment of a local path, not in "${segments[inner]}" of "${text}". ` +
      `Give the folder and choose files with a filter: "${folder}" --recursive --include-regex "^${regex}$" ` +
      `(or --include-pattern "${last || '*'}" for that file name at any depth).`,
  );
}

function parseUrl(text: string, role: string): BlobLocation {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`the ${role} "${redact(text)}" is not a valid URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new UsageError(`the ${role} uses ${url.protocol.replace(':', '')}://, which azcp does not support: use a blob URL (https://ACCOUNT.blob.core.windows.net/CONTAINER) or a local path`);
  }
  if (url.username || url.password) {
    throw new UsageError(`the ${role} URL must not carry a user name or password; use --auth or a SAS token`);
  }
  // The URL parser silently resolves '.' and '..' segments; a user who wrote
  // them almost certainly did not mean the result, so refuse instead.
  const rawPath = text.replace(/^[a-z]+:\/\/[^/?#]*/i, '').split(/[?#]/)[0];
  if (rawPath.split('/').some((s) => s === '..' || s === '.' || /^%2e(%2e)?$/i.test(s))) {
    throw new UsageError(`the ${role} URL has a '.' or '..' segment; write the blob path without them`);
  }
  const host = url.hostname.toLowerCase();
  const bareHost = host.replace(/^\[|\]$/g, '');
  const pathStyle = isIP(bareHost) !== 0 || host === 'localhost' || !host.includes('.');
  if (/\.(file|queue|table)\.core\./.test(host)) {
    throw new UsageError(`the ${role} is an Azure ${host.split('.')[1]} endpoint; azcp moves blobs: use ACCOUNT.blob.core.windows.net`);
  }
  if (/\.dfs\.core\./.test(host)) {
    throw new UsageError(`the ${role} uses the Data Lake endpoint (.dfs.); use the blob endpoint instead: ${host.replace('.dfs.', '.blob.')}`);
  }
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
    registerSecret(params.get('sig'));
    registerSecret(sas);
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

