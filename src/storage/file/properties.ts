// Property drift on a share: a file whose bytes are current but whose
// headers or metadata differ from what the job would set gets Set File
// Properties and/or Set Metadata, never a new upload. Set File Properties
// replaces every content header (an absent one is cleared), so the file's
// Content-MD5 goes back with it, and it names the last-write time
// `preserve`: that time is the source's, which sync compares. Set Metadata
// replaces all metadata, so azcp's own key (the link marker) is kept.
import type { WriteProps } from '../side.ts';
import type { FileConnection } from './client.ts';
import type { FileEntry } from './entry.ts';
import { fileClient } from './objects.ts';
import { SYMLINK_METADATA_KEY } from './upload.ts';

export async function setFileProperties(c: FileConnection, e: FileEntry, props: WriteProps, parts: { headers: boolean; metadata: boolean }): Promise<void> {
  const client = fileClient(c, e.fullName);
  if (parts.headers) {
    const h = props.headers;
    await client.setProperties({
      fileHttpHeaders: {
        fileContentType: h.contentType,
        fileCacheControl: h.cacheControl,
        fileContentEncoding: h.contentEncoding,
        fileContentLanguage: h.contentLanguage,
        fileContentDisposition: h.contentDisposition,
        fileContentMD5: e.md5 ? Buffer.from(e.md5, 'base64') : undefined,
      },
      lastWriteTime: 'preserve',
    });
  }
  if (parts.metadata) {
    const own: Record<string, string> = {};
    for (const [k, v] of Object.entries(e.metadata ?? {})) if (k === SYMLINK_METADATA_KEY) own[k] = v;
    await client.setMetadata({ ...props.metadata, ...own });
  }
}
