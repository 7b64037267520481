// Downloads one blob to a local file, never leaving a partial file where
// the real one belongs: bytes go to a temporary file beside the target,
// which is verified and renamed into place only when complete.
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { lutimes, open, rename, rm, symlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Transform, addAbortSignal, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { BlobConnection } from './client.ts';
import type { BlobEntry } from './entry.ts';
import type { CheckMd5 } from '../../contract/options.ts';
import type { MemoryBudget } from '../../engine/limiter.ts';
import { DEFAULT_BLOCK_SIZE } from './upload.ts';
import { blobObjectUrl, rawRequest, sendRaw, serviceError } from './raw-request.ts';
import { watchBodyIdle, withBodyRetries, SDK_BODY_RETRIES } from '../retry.ts';
import { IntegrityError } from '../errors.ts';
import { tempPathFor, commitTempFile, type DiskCalls } from '../disk.ts';
import { takePiece, giveBackPiece } from '../buffer-pool.ts';
import { writeRangeBody } from '../range-body.ts';
import type { Verification } from '../side.ts';

export interface DownloadSettings {
  blockSize?: number;
  checkMd5: CheckMd5;
  /** Shared across all files: bounds the bytes buffered in memory. */
  memory: MemoryBudget;
  abortSignal?: AbortSignal;
  onBytes?: (n: number) => void;
  onWarning?: (message: string) => void;
  /** Creates the target's folder, refusing links below the destination root (see folderMakerUnder). */
  makeFolder: (dir: string) => Promise<void>;
  /** Writes, stamps and renames small files inline while the disk is fast (the side's one instance). */
  disk: DiskCalls;
}

/** Bodies up to this size are gathered in memory and written at once. */
const SMALL_BODY_BYTES = 1024 * 1024;

/** Blobs up to this many blocks come down in one streamed GET. */
const SINGLE_GET_BLOCKS = 4;

/** The largest range for which the service returns the range's MD5
 *  (x-ms-range-get-content-md5). */
export const RANGE_MD5_MAX = 4 * 1024 * 1024;


export async function downloadBlob(side: BlobConnection, blob: BlobEntry, target: string, s: DownloadSettings): Promise<{ bytes: number; verified: Verification }> {
  const check = s.checkMd5 !== 'NoCheck';
  if (check && !blob.md5 && blob.size > 0 && s.checkMd5 === 'FailIfDifferentOrMissing') {
    throw new IntegrityError('the blob has no Content-MD5, so its download cannot be verified (--check-md5 FailIfDifferentOrMissing); nothing was written');
  }
  await s.makeFolder(dirname(target));
  const temp = tempPathFor(target);
  const blockSize = s.blockSize ?? DEFAULT_BLOCK_SIZE;
  // Hash while the bytes arrive when there is something to check them against.
  const verify = !!blob.md5 && check;
  // No Content-MD5 to check the whole file against: ask the service for each
  // range's MD5 instead, which at least proves the bytes crossed the network
  // unchanged. It gives one for ranges up to 4 MiB only.
  const inTransit = !blob.md5 && check && blob.size > 0;
  const verified: Verification = verify || (check && blob.size === 0) ? 'end-to-end' : inTransit ? 'in-transit' : 'none';
  try {
    const got = inTransit
      ? await rangedGet(side, blob, temp, Math.min(blockSize, RANGE_MD5_MAX), { whole: false, ranges: true }, s)
      : blob.size <= blockSize * SINGLE_GET_BLOCKS
        ? await streamedGet(side, blob, temp, verify, s)
        : await rangedGet(side, blob, temp, blockSize, { whole: verify, ranges: false }, s);
    if (got.bytes !== blob.size) throw new IntegrityError(`downloaded ${got.bytes} bytes but the blob has ${blob.size}`);
    const mismatch = verify && got.md5 !== blob.md5 ? `MD5 mismatch: the blob says ${blob.md5}, the downloaded bytes hash to ${got.md5}` : got.rangeMismatch;
    if (mismatch) {
      if (s.checkMd5 === 'LogOnly') s.onWarning?.(`${blob.blobName}: ${mismatch}`);
      else throw new IntegrityError(mismatch);
    }
    await commitTempFile(temp, target, blob.mtimeMs, s.disk);
    return { bytes: blob.size, verified: got.rangesUnchecked ? 'none' : verified };
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
}

interface Got {
  bytes: number;
  md5?: string;
  /** The first range whose bytes did not hash to the MD5 the service sent with it. */
  rangeMismatch?: string;
  /** Ranges that came without an MD5 although one was asked for. */
  rangesUnchecked?: number;
}


/** Longer than any path a file system takes: such a blob is not a link's target. */
const MAX_LINK_TARGET = 4096;

/**
 * A blob marked as a symbolic link (--preserve-symlinks) becomes a link
 * whose target is the blob's body, verbatim. It is made beside the target
 * and renamed into place, so an existing file or link there is replaced,
 * never written through; its folder is made like any download's.
 */
export async function downloadLink(side: BlobConnection, blob: BlobEntry, target: string, s: Pick<DownloadSettings, 'abortSignal' | 'makeFolder'>): Promise<{ bytes: number }> {
  if (blob.size === 0 || blob.size > MAX_LINK_TARGET) throw new Error(`the blob is marked as a symbolic link but holds ${blob.size} bytes, not a link target`);
  await s.makeFolder(dirname(target));
  const body = await side.container.getBlobClient(blob.blobName).downloadToBuffer(0, undefined, {
    abortSignal: s.abortSignal,
    conditions: blob.etag ? { ifMatch: blob.etag } : undefined,
  });
  const linkTarget = body.toString('utf8');
  if (linkTarget.includes('\0')) throw new Error('the blob is marked as a symbolic link but its target contains a NUL character');
  const temp = tempPathFor(target);
  await symlink(linkTarget, temp);
  try {
    const t = new Date(blob.mtimeMs);
    await lutimes(temp, t, t);
    await rename(temp, target).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'EISDIR' || err.code === 'ENOTEMPTY' || err.code === 'EEXIST') throw new Error(`a folder already exists where the link "${target}" should go`);
      throw err;
    });
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
  return { bytes: body.length };
}

async function streamedGet(side: BlobConnection, blob: BlobEntry, temp: string, verify: boolean, s: DownloadSettings): Promise<Got> {
  // Streamed to disk, so it holds little; it still weighs up to a block, so
  // that 32 MiB blobs do not all stream at once, while small ones are bound
  // only by the job's concurrency.
  return s.memory.run(Math.min(blob.size, s.blockSize ?? DEFAULT_BLOCK_SIZE), async () => {
    let reported = 0;
    let tries = 0;
    const counted = { ...s, onBytes: (n: number) => ((reported += n), s.onBytes?.(n)) };
    return withBodyRetries(
      side.stats,
      s.abortSignal,
      (answered) => ((reported = 0), getIntoFile(side, blob, temp, verify, counted, answered, tries++ === 0)),
      () => s.onBytes?.(-reported),
    );
  });
}

/** `fresh`: the first try, which must create the temporary file (a retry rewrites its own). */
async function getIntoFile(side: BlobConnection, blob: BlobEntry, temp: string, verify: boolean, s: DownloadSettings, onAnswered: () => void, fresh: boolean): Promise<Got> {
  const body = side.raw ? await rawGetBody(side, blob, s) : await sdkGetBody(side, blob, s);
  onAnswered();
  const idle = watchBodyIdle(body, side.tryTimeoutMs);
  // Hashed only when there is an MD5 to check it against.
  const hash = verify ? createHash('md5') : undefined;
  let bytes = 0;
  if (blob.size <= SMALL_BODY_BYTES) {
    // A small body is gathered and written with one writeFile: for many
    // small files the per-file stream machinery (a transform, a write
    // stream, a pipeline with its abort plumbing) cost more CPU than the
    // bytes.
    const chunks: Buffer[] = [];
    // A cancelled job ends the body at once, as the pipeline's signal does below.
    if (s.abortSignal) addAbortSignal(s.abortSignal, body as Readable);
    try {
      for await (const chunk of body as AsyncIterable<Buffer>) {
        idle.touch();
        hash?.update(chunk);
        bytes += chunk.length;
        s.onBytes?.(chunk.length);
        chunks.push(chunk);
        if (bytes > blob.size) break; // longer than listed: the caller reports the mismatch
      }
    } finally {
      idle.stop();
    }
    await s.disk.writeFile(temp, chunks.length === 1 ? chunks[0] : Buffer.concat(chunks), fresh ? 'wx' : 'w', s.abortSignal);
    return { bytes, md5: hash?.digest('base64') };
  }
  const tap = new Transform({
    transform(chunk: Buffer, _enc, done) {
      idle.touch();
      hash?.update(chunk);
      bytes += chunk.length;
      s.onBytes?.(chunk.length);
      done(null, chunk);
    },
  });
  try {
    await pipeline(body, tap, createWriteStream(temp, { flags: fresh ? 'wx' : 'w' }), { signal: s.abortSignal });
  } finally {
    idle.stop();
  }
  return { bytes, md5: hash?.digest('base64') };
}

/**
 * Get Blob written by azcp and sent through the SDK's pipeline (auth,
 * retries): on many small files the SDK's response mapping costs about as
 * much client CPU as the HTTP itself. If-Match: a blob replaced since it
 * was listed fails rather than arriving as a mix of versions.
 */
async function rawGetBody(side: BlobConnection, blob: BlobEntry, s: DownloadSettings): Promise<NodeJS.ReadableStream> {
  const request = rawRequest(blobObjectUrl(side.container.url, blob.blobName), 'GET', s.abortSignal);
  if (blob.etag) request.headers.set('If-Match', blob.etag);
  request.streamResponseStatusCodes = new Set([200]);
  const response = await sendRaw(side, request);
  if (response.status !== 200) throw serviceError(request, response, response.bodyAsText ?? '');
  if (!response.readableStreamBody) throw new Error('the service returned no body');
  return response.readableStreamBody;
}

async function sdkGetBody(side: BlobConnection, blob: BlobEntry, s: DownloadSettings): Promise<NodeJS.ReadableStream> {
  const res = await side.container.getBlobClient(blob.blobName).download(0, undefined, {
    abortSignal: s.abortSignal,
    maxRetryRequests: SDK_BODY_RETRIES,
    conditions: blob.etag ? { ifMatch: blob.etag } : undefined,
  });
  if (!res.readableStreamBody) throw new Error('the service returned no body');
  return res.readableStreamBody;
}

/**
 * Ranges download in parallel and are written where they belong. With
 * `check.whole` they are also hashed in order as they complete, for the
 * blob's Content-MD5; a range may only start within `window` ranges of the
 * next one to hash, so the buffers waiting for their turn stay bounded. With
 * `check.ranges` each range is hashed on its own and compared with the MD5
 * the service sends with it (ranges of at most RANGE_MD5_MAX).
 */
async function rangedGet(
  side: BlobConnection,
  blob: BlobEntry,
  temp: string,
  blockSize: number,
  check: { whole: boolean; ranges: boolean },
  s: DownloadSettings,
): Promise<Got> {
  const client = side.container.getBlobClient(blob.blobName);
  const handle = await open(temp, 'wx');
  const hash = check.whole ? createHash('md5') : undefined;
  let rangeMismatch: string | undefined;
  let rangesUnchecked = 0;
  const finished = new Map<number, Buffer>();
  /** Ranges fetched and waiting for their turn to be hashed: how to let each go. */
  const hashed = new Map<number, () => void>();
  let nextToHash = 0;
  const window = Math.max(2, Math.floor(s.memory.capacity / blockSize));
  let wake: (() => void) | undefined;
  let bytes = 0;
  /** One range, its chunks written in place as they come. To be hashed
   *  with the whole blob, they are also copied into a range-sized buffer,
   *  returned for hashing. A body that breaks off is fetched again
   *  (positional writes make the second try overwrite the first). */
  const fetchRange = async (offset: number, count: number): Promise<Buffer | undefined> => {
    let reported = 0;
    const buffer = hash ? takePiece(blockSize, count) : undefined;
    return withBodyRetries(
      side.stats,
      s.abortSignal,
      async (answered) => {
        reported = 0;
        // The body streamed, not the SDK's copying into a buffer of its own.
        // ifMatch: if the blob is replaced mid-download, fail rather than
        // stitch two versions together.
        const res = await client.download(offset, count, {
          abortSignal: s.abortSignal,
          conditions: blob.etag ? { ifMatch: blob.etag } : undefined,
          maxRetryRequests: SDK_BODY_RETRIES,
          rangeGetContentMD5: check.ranges,
        });
        answered();
        const r = await writeRangeBody(res, handle, offset, count, {
          idleMs: side.tryTimeoutMs,
          copyInto: buffer,
          checkInTransit: check.ranges,
          onBytes: (n) => {
            reported += n;
            s.onBytes?.(n);
          },
        });
        if (r.unchecked) rangesUnchecked++;
        else if (r.mismatch) rangeMismatch ??= r.mismatch;
        return buffer;
      },
      () => s.onBytes?.(-reported),
    );
  };
  try {
    const ranges = Math.ceil(blob.size / blockSize);
    let failure: unknown;
    const tasks: Array<Promise<void>> = [];
    for (let i = 0; i < ranges && !failure; i++) {
      while (hash && i >= nextToHash + window && !failure) await new Promise<void>((r) => (wake = r));
      tasks.push(
        s.memory.run(Math.min(blockSize, blob.size - i * blockSize), async () => {
          if (failure) return;
          const offset = i * blockSize;
          const count = Math.min(blockSize, blob.size - offset);
          try {
            const buffer = await fetchRange(offset, count);
            bytes += count;
            if (!hash || !buffer) return;
            finished.set(i, buffer);
            for (let next = finished.get(nextToHash); next; next = finished.get(nextToHash)) {
              hash.update(next);
              finished.delete(nextToHash);
              giveBackPiece(next, blockSize);
              hashed.get(nextToHash)?.();
              hashed.delete(nextToHash++);
            }
            // A range's buffer stays in memory until its turn to be hashed:
            // it keeps its share of the budget until then, so the budget
            // bounds every range buffer (and the spares can be reused).
            if (nextToHash <= i && !failure) await new Promise<void>((r) => hashed.set(i, r));
          } catch (err) {
            failure ??= err;
            for (const release of hashed.values()) release();
            hashed.clear();
          } finally {
            wake?.();
          }
        }),
      );
    }
    await Promise.all(tasks);
    if (failure) throw failure;
    return { bytes, md5: hash?.digest('base64'), rangeMismatch, rangesUnchecked };
  } finally {
    await handle.close();
  }
}
