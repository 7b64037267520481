// A file in a share as a server-side copy source: a URL another service
// (Blob Storage, or another share) can read it from, with the source's
// SAS, a read SAS signed with its account key, or a bearer token
// (storage/source-access.ts, as for blobs).
import { generateFileSASQueryParameters, ShareSASPermissions } from '@azure/storage-file-share';
import type { CopySource } from '../side.ts';
import { sourceAccess } from '../source-access.ts';
import { encodeObjectPath } from '../remote-url.ts';
import type { FileConnection } from './client.ts';
import type { FileEntry } from './entry.ts';
import { getFileEntry } from './objects.ts';

/** withProperties: also the other content headers (Cache-Control, Content-Encoding, ...), which a copy keeps (--s2s-preserve-properties). */
export async function fileCopySource(c: FileConnection, e: FileEntry, withProperties = false): Promise<CopySource> {
  // A listing carries no Content-MD5, content type or other headers: the copy should keep them.
  const full = e.md5 === undefined || (withProperties && !e.headers) ? ((await getFileEntry(c, e.fullName, '')) ?? e) : e;
  const access = await fileAccess(c, e.fullName);
  return {
    ...access, size: full.size, mtimeMs: full.mtimeMs, md5: full.md5, contentType: full.contentType, metadata: full.metadata,
    ...(withProperties && full.headers ? { headers: full.headers } : {}),
  };
}

function fileAccess(c: FileConnection, path: string): Promise<Pick<CopySource, 'url' | 'authorization'>> {
  return sourceAccess({
    owner: c,
    auth: c.auth,
    url: `${c.loc.serviceUrl}/${encodeURIComponent(c.loc.container)}/${encodeObjectPath(path)}`,
    signReadSas: (startsOn, expiresOn) =>
      generateFileSASQueryParameters({ shareName: c.loc.container, permissions: ShareSASPermissions.parse('r'), startsOn, expiresOn }, c.sharedKey!).toString(),
    noun: 'file',
  });
}
