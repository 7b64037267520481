// A file in a share as a server-side copy source: a URL another service
// (Blob Storage, or another share) can read it from, with the source's
// SAS, a read SAS signed with its account key, or a bearer token.
import { generateFileSASQueryParameters, ShareSASPermissions } from '@azure/storage-file-share';
import { registerSecret } from '../../auth/redact.ts';
import { registerSas } from '../../auth/secrets.ts';
import type { CopySource } from '../side.ts';
import type { FileConnection } from './client.ts';
import type { FileEntry } from './entry.ts';
import { encodeFilePath } from './location.ts';
import { getFileEntry } from './objects.ts';

/** As for blobs (blob/copy-source.ts): one credential per source while it has this much life left. */
const RENEW_BEFORE_MS = 60 * 60_000;
const SAS_LIFETIME_MS = 24 * 60 * 60_000;
const TOKEN_RENEW_BEFORE_MS = 5 * 60_000;
const cache = new WeakMap<FileConnection, { query?: string; bearer?: string; expiresAt: number }>();

export async function fileCopySource(c: FileConnection, e: FileEntry): Promise<CopySource> {
  // A listing carries no Content-MD5 or content type: the copy should keep them.
  const full = e.md5 === undefined ? ((await getFileEntry(c, e.fullName, '')) ?? e) : e;
  const access = await sourceAccess(c, e.fullName);
  return { ...access, size: full.size, mtimeMs: full.mtimeMs, md5: full.md5, contentType: full.contentType, metadata: full.metadata };
}

async function sourceAccess(c: FileConnection, path: string): Promise<Pick<CopySource, 'url' | 'authorization'>> {
  const base = `${c.loc.serviceUrl}/${encodeURIComponent(c.loc.container)}/${encodeFilePath(path)}`;
  switch (c.auth.kind) {
    case 'sas':
      return { url: `${base}?${c.auth.sas}` };
    case 'key': {
      let cached = cache.get(c);
      if (!cached?.query || cached.expiresAt - Date.now() < RENEW_BEFORE_MS) {
        const expiresAt = Date.now() + SAS_LIFETIME_MS;
        const query = generateFileSASQueryParameters(
          { shareName: c.loc.container, permissions: ShareSASPermissions.parse('r'), startsOn: new Date(Date.now() - 5 * 60_000), expiresOn: new Date(expiresAt) },
          c.sharedKey!,
        ).toString();
        // Registered for redaction before it exists anywhere else.
        registerSas(query);
        cache.set(c, (cached = { query, expiresAt }));
      }
      return { url: `${base}?${cached.query}` };
    }
    case 'token': {
      let cached = cache.get(c);
      if (!cached?.bearer || cached.expiresAt - Date.now() < TOKEN_RENEW_BEFORE_MS) {
        const token = await c.auth.credential.getToken('https://storage.azure.com/.default');
        if (!token) throw new Error('could not get a token to read the source file');
        registerSecret(token.token);
        cache.set(c, (cached = { bearer: token.token, expiresAt: token.expiresOnTimestamp }));
      }
      return { url: base, authorization: { scheme: 'Bearer', value: cached.bearer! } };
    }
    default:
      return { url: base };
  }
}
