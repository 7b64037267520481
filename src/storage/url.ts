// The rules every URL backend shares: what makes a storage URL at all, which
// hosts address the account in the path, and the endpoints azcp does not serve.
import { isIP } from 'node:net';
import { redact } from '../auth/redact.ts';
import { UsageError } from '../contract/errors.ts';
import { fileEndpoint } from '../contract/env.ts';

/** A valid http(s) URL without user info or '.'/'..' segments, or a UsageError saying what to write. */
export function checkStorageUrl(text: string, role: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`the ${role} "${redact(text)}" is not a valid URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new UsageError(`the ${role} uses ${url.protocol.replace(':', '')}://, which azcp does not support: use a blob URL (https://ACCOUNT.blob.core.windows.net/CONTAINER), a share URL (https://ACCOUNT.file.core.windows.net/SHARE) or a local path`);
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
  return url;
}

/** The account is the first path segment (an IP address, localhost, a dotless host: emulators, custom endpoints). */
export function isPathStyle(url: URL): boolean {
  const host = url.hostname.toLowerCase();
  const bareHost = host.replace(/^\[|\]$/g, '');
  return isIP(bareHost) !== 0 || host === 'localhost' || !host.includes('.');
}

/** The URL is at or below AZCP_FILE_ENDPOINT: a share, whatever its host looks like. */
export function underFileEndpoint(url: URL, env: NodeJS.ProcessEnv = process.env): boolean {
  const endpoint = fileEndpoint(env);
  if (!endpoint) return false;
  const here = `${url.protocol}//${url.host}${url.pathname}`.toLowerCase();
  return here === endpoint || here.startsWith(`${endpoint}/`);
}

/** Why no backend takes this URL: the Azure endpoints azcp does not serve, each with what to write instead. */
export function unclaimedUrlMessage(url: URL, role: string): string {
  const host = url.hostname.toLowerCase();
  if (/\.(queue|table)\.core\./.test(host)) {
    return `the ${role} is an Azure ${host.split('.')[1]} endpoint; azcp moves blobs and files: use ACCOUNT.blob.core.windows.net or ACCOUNT.file.core.windows.net`;
  }
  if (/\.dfs\.core\./.test(host)) {
    return `the ${role} uses the Data Lake endpoint (.dfs.); use the blob endpoint instead: ${host.replace('.dfs.', '.blob.')}`;
  }
  return `the ${role} "${redact(url.toString())}" is not a storage URL azcp knows`;
}
