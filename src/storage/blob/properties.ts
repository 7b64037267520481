// Property drift: a blob whose bytes are current but whose headers or
// metadata differ from what the job would set gets Set Blob HTTP Headers
// and/or Set Blob Metadata, never a new upload. Set Blob HTTP Headers
// replaces every header (an absent one is cleared), so the blob's
// Content-MD5 goes back with it; Set Blob Metadata replaces all metadata, so
// azcp's own keys (the source time sync compares, the link marker) are kept.
import type { WriteProps } from '../side.ts';
import type { BlobConnection } from './client.ts';
import { MTIME_METADATA_KEY, SYMLINK_METADATA_KEY, type BlobEntry } from './entry.ts';

export async function setBlobProperties(c: BlobConnection, e: BlobEntry, props: WriteProps, parts: { headers: boolean; metadata: boolean }): Promise<void> {
  const client = c.container.getBlobClient(e.blobName);
  if (parts.headers) {
    const h = props.headers;
    await client.setHTTPHeaders({
      blobContentType: h.contentType,
      blobCacheControl: h.cacheControl,
      blobContentEncoding: h.contentEncoding,
      blobContentLanguage: h.contentLanguage,
      blobContentDisposition: h.contentDisposition,
      blobContentMD5: e.md5 ? Buffer.from(e.md5, 'base64') : undefined,
    });
  }
  if (parts.metadata) {
    const own: Record<string, string> = {};
    for (const [k, v] of Object.entries(e.metadata ?? {})) if (k === MTIME_METADATA_KEY || k === SYMLINK_METADATA_KEY) own[k] = v;
    await client.setMetadata({ ...props.metadata, ...own });
  }
}
