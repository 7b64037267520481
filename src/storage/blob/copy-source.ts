// A blob as a server-side copy source: a URL the destination service can
// read it from (with the source's SAS, a read SAS signed with its account
// key, or a bearer token: storage/source-access.ts), and the properties the
// copy carries along.
import { ContainerSASPermissions, generateBlobSASQueryParameters } from '@azure/storage-blob';
import type { CopySource } from '../side.ts';
import { sourceAccess } from '../source-access.ts';
import { encodeObjectPath } from '../remote-url.ts';
import type { BlobConnection } from './client.ts';
import type { BlobEntry } from './entry.ts';

/** Where the destination service reads `blob` from, and what the copy carries along. */
export async function blobCopySource(src: BlobConnection, blob: BlobEntry, withProperties = true): Promise<CopySource> {
  const access = await blobAccess(src, blob);
  const out: CopySource = { ...access, size: blob.size, mtimeMs: blob.mtimeMs, md5: blob.md5, contentType: blob.contentType, metadata: blob.metadata, tier: blob.tier };
  if (withProperties) {
    out.headers = { cacheControl: blob.cacheControl, contentEncoding: blob.contentEncoding, contentLanguage: blob.contentLanguage, contentDisposition: blob.contentDisposition };
    // The listing gives only how many tags a blob has: read them for those that have any.
    if (blob.tagCount) out.tags = (await src.container.getBlobClient(blob.blobName).getTags()).tags;
  }
  return out;
}

function blobAccess(src: BlobConnection, blob: BlobEntry): Promise<Pick<CopySource, 'url' | 'authorization'>> {
  return sourceAccess({
    owner: src,
    auth: src.auth,
    url: `${src.loc.serviceUrl}/${encodeURIComponent(src.loc.container)}/${encodeObjectPath(blob.blobName)}`,
    // A read-only SAS for the source container, so the destination account can read its blobs.
    signReadSas: (startsOn, expiresOn) =>
      generateBlobSASQueryParameters({ containerName: src.loc.container, permissions: ContainerSASPermissions.parse('r'), startsOn, expiresOn }, src.sharedKey!).toString(),
    noun: 'blob',
  });
}
