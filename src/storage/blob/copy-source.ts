// A blob as a server-side copy source: a URL the destination service can
// read it from (with the source's SAS, a read SAS signed with its account
// key, or a bearer token), and the properties the copy carries along.
import { ContainerSASPermissions, generateBlobSASQueryParameters } from '@azure/storage-blob';
import { registerSecret } from '../../auth/redact.ts';
import { registerSas } from '../../auth/secrets.ts';
import type { CopySource } from '../side.ts';
import type { BlobConnection } from './client.ts';
import type { BlobEntry } from './entry.ts';
import { encodeBlobName } from './location.ts';

/** A credential for the source, made once and reused while it has this
 *  much life left: every new one is registered for redaction, and the set
 *  of registered secrets is scanned on every redact() — one per blob would
 *  slow a job down as it goes (and a token per blob would start, with the
 *  Azure CLI credential, one `az` process per blob). */
const RENEW_BEFORE_MS = 60 * 60_000;
const SAS_LIFETIME_MS = 24 * 60 * 60_000;
const TOKEN_RENEW_BEFORE_MS = 5 * 60_000;
const sourceCredentials = new WeakMap<BlobConnection, { query?: string; bearer?: string; expiresAt: number }>();

/** Where the destination service reads `blob` from, and what the copy carries along. */
export async function blobCopySource(src: BlobConnection, blob: BlobEntry, withProperties = true): Promise<CopySource> {
  const access = await sourceAccess(src, blob);
  const out: CopySource = { ...access, size: blob.size, mtimeMs: blob.mtimeMs, md5: blob.md5, contentType: blob.contentType, metadata: blob.metadata, tier: blob.tier };
  if (withProperties) {
    out.headers = { cacheControl: blob.cacheControl, contentEncoding: blob.contentEncoding, contentLanguage: blob.contentLanguage, contentDisposition: blob.contentDisposition };
    // The listing gives only how many tags a blob has: read them for those that have any.
    if (blob.tagCount) out.tags = (await src.container.getBlobClient(blob.blobName).getTags()).tags;
  }
  return out;
}

async function sourceAccess(src: BlobConnection, blob: BlobEntry): Promise<Pick<CopySource, 'url' | 'authorization'>> {
  const base = `${src.loc.serviceUrl}/${encodeURIComponent(src.loc.container)}/${encodeBlobName(blob.blobName)}`;
  switch (src.auth.kind) {
    case 'sas':
      return { url: `${base}?${src.auth.sas}` };
    case 'key': {
      // A read-only SAS for the source container, so the destination account
      // can read its blobs. It is registered for redaction before it exists anywhere.
      let cached = sourceCredentials.get(src);
      if (!cached?.query || cached.expiresAt - Date.now() < RENEW_BEFORE_MS) {
        const expiresAt = Date.now() + SAS_LIFETIME_MS;
        const query = generateBlobSASQueryParameters(
          {
            containerName: src.loc.container,
            permissions: ContainerSASPermissions.parse('r'),
            startsOn: new Date(Date.now() - 5 * 60_000),
            expiresOn: new Date(expiresAt),
          },
          src.sharedKey!,
        ).toString();
        registerSas(query);
        sourceCredentials.set(src, (cached = { query, expiresAt }));
      }
      return { url: `${base}?${cached.query}` };
    }
    case 'token': {
      let cached = sourceCredentials.get(src);
      if (!cached?.bearer || cached.expiresAt - Date.now() < TOKEN_RENEW_BEFORE_MS) {
        const token = await src.auth.credential.getToken('https://storage.azure.com/.default');
        if (!token) throw new Error('could not get a token to read the source blob');
        registerSecret(token.token);
        sourceCredentials.set(src, (cached = { bearer: token.token, expiresAt: token.expiresOnTimestamp }));
      }
      return { url: base, authorization: { scheme: 'Bearer', value: cached.bearer! } };
    }
    default:
      return { url: base };
  }
}
