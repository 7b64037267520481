// Uploads one local file to a share.
//
// The file is created at its full size, its bytes go in ranges of at most
// 4 MiB (the service's limit) sent in parallel, each inside a slot of the
// job's block limiter (which bounds the buffers in memory across all
// files), and last its properties are set: Content-MD5 (of exactly the
// bytes sent) and the last-write time taken from the source's mtime. That
// time is set last on purpose: an object of the source's size and time is
// one an earlier run finished (job/resume.ts), so a file cut off half way
// must not carry it. Until then the file carries the oldest time there is
// (UNFINISHED; the ranges are written preserving it), so no rule by time
// ever prefers a half-written file: sync --overwrite ifSourceNewer would
// otherwise keep it as "newer than its source".
//
// A large file is created with a marker in its metadata naming the source
// (size and mtime). A rerun that finds the marker asks the service which
// ranges the file holds (List Ranges) and sends only the others: after a
// kill -9, `jobs resume` sends what is missing, not the whole file again.
import { createHash } from 'node:crypto';
import type { FileHttpHeaders, ShareFileClient } from '@azure/storage-file-share';
import type { WriteProps } from '../side.ts';
import type { MemoryBudget } from '../../engine/limiter.ts';
import { assertUnchanged, readWhole } from '../disk.ts';
import type { FileConnection } from './client.ts';
import { fileClient } from './objects.ts';
import { sendPiecesInOrder } from '../ordered-pieces.ts';
import { uploadHeaders } from '../upload-headers.ts';

/** The largest range Put Range takes. */
export const MAX_RANGE = 4 * 1024 * 1024;
/** The last-write time of a file whose bytes are not all written yet. */
export const UNFINISHED = new Date(0);
/** Metadata key of an unfinished upload: the source's size and mtime. */
export const PENDING_METADATA_KEY = 'azcppending';
/** Metadata that marks a file as a symbolic link (as for blobs: AzCopy's key). */
export const SYMLINK_METADATA_KEY = 'is_symlink';

export interface FileUploadSettings {
  putMd5: boolean;
  contentType?: string;
  guessMimeType: boolean;
  cacheControl?: string;
  metadata: Record<string, string>;
  /** This file's headers and metadata as the job resolved them (header rules); absent: the settings above. */
  props?: WriteProps;
  /** Shared across all files: bounds the bytes buffered in memory. */
  memory: MemoryBudget;
  abortSignal?: AbortSignal;
  onBytes?: (n: number) => void;
  guessType: (name: string) => string | undefined;
}

export interface FileUploadResult {
  bytes: number;
  bytesSent: number;
  /** Ranges an earlier run had written, not sent again. */
  rangesReused: number;
}

interface Source {
  absPath: string;
  size: number;
  mtimeMs: number;
  linkTarget?: string;
}

const fingerprint = (s: Source) => `${s.size}:${Math.round(s.mtimeMs)}`;

function headersFor(path: string, s: FileUploadSettings, md5?: Buffer): FileHttpHeaders {
  const h = uploadHeaders(path, s);
  return {
    fileContentType: h.contentType,
    fileCacheControl: h.cacheControl,
    fileContentEncoding: h.contentEncoding,
    fileContentLanguage: h.contentLanguage,
    fileContentDisposition: h.contentDisposition,
    fileContentMD5: md5,
  };
}

export async function uploadToShare(c: FileConnection, source: Source, path: string, s: FileUploadSettings): Promise<FileUploadResult> {
  const client = fileClient(c, path);
  const link = source.linkTarget !== undefined;
  const base = s.props?.metadata ?? s.metadata;
  const metadata = link ? { ...base, [SYMLINK_METADATA_KEY]: 'true' } : { ...base };
  const lastWriteTime = new Date(Math.round(source.mtimeMs));
  const abortSignal = s.abortSignal;
  if (source.size <= MAX_RANGE || link) {
    // The whole file is one buffer: it weighs its size in the budget.
    return s.memory.run(link ? source.linkTarget!.length : source.size, async () => {
      const body = link ? Buffer.from(source.linkTarget!) : await readWhole(source.absPath, source.size);
      const md5 = createHash('md5').update(body).digest();
      const headers = headersFor(path, s, md5);
      if (body.length === 0) {
        // Nothing to write: created complete, time and all, in one request.
        await client.create(0, { fileHttpHeaders: headers, metadata, lastWriteTime, abortSignal });
        return { bytes: 0, bytesSent: 0, rangesReused: 0 };
      }
      await client.create(body.length, { metadata, lastWriteTime: UNFINISHED, abortSignal });
      await client.uploadRange(body, 0, body.length, { abortSignal, fileLastWrittenMode: 'Preserve' });
      await client.setProperties({ fileHttpHeaders: headers, lastWriteTime, abortSignal });
      s.onBytes?.(body.length);
      return { bytes: body.length, bytesSent: body.length, rangesReused: 0 };
    });
  }
  const held = await rangesHeld(client, source, s);
  if (!held) await client.create(source.size, { metadata: { ...metadata, [PENDING_METADATA_KEY]: fingerprint(source) }, lastWriteTime: UNFINISHED, abortSignal });
  const { md5, sent, reused } = await sendRanges(client, source, held ?? [], s);
  await assertUnchanged(source.absPath, source.size, source.mtimeMs);
  await client.setProperties({ fileHttpHeaders: headersFor(path, s, s.putMd5 ? md5 : undefined), lastWriteTime, abortSignal });
  // The marker goes last: until here a rerun may still reuse the ranges.
  await client.setMetadata(metadata, { abortSignal });
  return { bytes: source.size, bytesSent: sent, rangesReused: reused };
}

/** The ranges an unfinished upload of this same source left in the file, or undefined: start afresh. */
async function rangesHeld(client: ShareFileClient, source: Source, s: FileUploadSettings): Promise<Array<{ start: number; end: number }> | undefined> {
  let props;
  try {
    props = await client.getProperties({ abortSignal: s.abortSignal });
  } catch (err) {
    if ((err as { statusCode?: number }).statusCode === 404) return undefined;
    throw err;
  }
  if (props.contentLength !== source.size || props.metadata?.[PENDING_METADATA_KEY] !== fingerprint(source)) return undefined;
  const list = await client.getRangeList({ abortSignal: s.abortSignal });
  return (list.rangeList ?? []).map((r) => ({ start: r.start, end: r.end }));
}

/** Whether [start, end] lies inside one of the held ranges (they come sorted and merged). */
function covered(held: Array<{ start: number; end: number }>, start: number, end: number): boolean {
  return held.some((r) => r.start <= start && r.end >= end);
}

/**
 * Ranges are read in file order (one running MD5 gives the file's
 * Content-MD5 in one pass) and sent in parallel. A range the file already
 * holds is read and hashed but not sent.
 */
function sendRanges(client: ShareFileClient, source: Source, held: Array<{ start: number; end: number }>, s: FileUploadSettings) {
  return sendPiecesInOrder(source.absPath, source.size, MAX_RANGE, s, (p) =>
    covered(held, p.offset, p.offset + p.length - 1)
      ? undefined
      : () => client.uploadRange(p.buf, p.offset, p.length, { abortSignal: s.abortSignal, fileLastWrittenMode: 'Preserve' }),
  );
}
