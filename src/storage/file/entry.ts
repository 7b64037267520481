// One file (or, for remove, one directory) in a share as a job sees it:
// plain JSON data (planned deletions travel through deletions.jsonl and come
// back through JSON.parse).
import type { Entry } from '../../engine/types.ts';
import type { ObjectHeaders } from '../../contract/headers.ts';

export interface FileEntry extends Entry {
  /** The path in the share (the Entry name is relative to the job root). */
  fullName: string;
  /** The service's last-modified time (mtimeMs is the file's last-write time, which azcp sets from the source). */
  lastModifiedMs: number;
  etag?: string;
  contentType?: string;
  /** The other content headers: read per file (Get File Properties), a listing carries none. */
  headers?: ObjectHeaders;
  metadata?: Record<string, string>;
  /** A directory (listed by remove only, after the files under it). */
  directory?: true;
}
