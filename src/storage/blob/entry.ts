// One blob as a job sees it: plain JSON data (planned deletions travel
// through deletions.jsonl and come back through JSON.parse).
import type { BlobItem } from '@azure/storage-blob';
import type { Entry } from '../../engine/types.ts';

export interface BlobEntry extends Entry {
  /** Full blob name in the container (the Entry name is relative to the job root). */
  blobName: string;
  etag?: string;
  contentType?: string;
  cacheControl?: string;
  contentEncoding?: string;
  contentLanguage?: string;
  contentDisposition?: string;
  /** Blob index tags the blob carries (the listing gives the count only). */
  tagCount?: number;
  metadata?: Record<string, string>;
  lastModifiedMs: number;
}

/** Metadata key that carries the source file's mtime (rclone uses the same key). */
export const MTIME_METADATA_KEY = 'mtime';

/** Blob metadata that marks a blob as a symbolic link (AzCopy's key). */
export const SYMLINK_METADATA_KEY = 'is_symlink';

export function entryFromBlobItem(item: BlobItem, rootPrefix: string): BlobEntry {
  const props = item.properties;
  const lastModifiedMs = props.lastModified ? props.lastModified.getTime() : 0;
  const metaTime = item.metadata?.[MTIME_METADATA_KEY];
  const parsed = metaTime ? Date.parse(metaTime) : NaN;
  const md5 = props.contentMD5 ? Buffer.from(props.contentMD5).toString('base64') : undefined;
  return {
    name: item.name.slice(rootPrefix.length),
    blobName: item.name,
    size: props.contentLength ?? 0,
    mtimeMs: Number.isNaN(parsed) ? lastModifiedMs : parsed,
    lastModifiedMs,
    md5,
    tier: props.accessTier,
    etag: props.etag,
    contentType: props.contentType,
    ...(props.cacheControl ? { cacheControl: props.cacheControl } : {}),
    ...(props.contentEncoding ? { contentEncoding: props.contentEncoding } : {}),
    ...(props.contentLanguage ? { contentLanguage: props.contentLanguage } : {}),
    ...(props.contentDisposition ? { contentDisposition: props.contentDisposition } : {}),
    ...(props.tagCount ? { tagCount: props.tagCount } : {}),
    metadata: item.metadata,
  };
}
