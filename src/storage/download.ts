// Downloads one blob to a local file, never leaving a partial file where
// the real one belongs: bytes go to a temporary file beside the target,
// which is verified and renamed into place only when complete.
import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, rename, rm, stat, utimes } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { BlobSide } from './blob-client.ts';
import type { BlobEntry } from './blob.ts';
import type { Limiter } from '../engine/limiter.ts';
import { DEFAULT_BLOCK_SIZE } from './upload.ts';

export interface DownloadSettings {
  blockSize?: number;
  checkMd5: 'FailIfDifferent' | 'LogOnly' | 'NoCheck';
  blockLimiter: Limiter;
  abortSignal?: AbortSignal;
  onBytes?: (n: number) => void;
  onWarning?: (message: string) => void;
}

export class IntegrityError extends Error {
  override name = 'IntegrityError';
}

/** Blobs up to this many blocks come down in one streamed GET. */
const SINGLE_GET_BLOCKS = 4;

function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.azcp-${randomBytes(4).toString('hex')}.part`);
}

export async function downloadBlob(side: BlobSide, blob: BlobEntry, target: string, s: DownloadSettings): Promise<{ bytes: number }> {
  await mkdir(dirname(target), { recursive: true });
  const existing = await stat(target).catch(() => undefined);
  if (existing?.isDirectory()) throw new Error(`a folder already exists where the file "${target}" should go`);
  const temp = tempPathFor(target);
  const blockSize = s.blockSize ?? DEFAULT_BLOCK_SIZE;
  try {
    let md5: string | undefined;
    if (blob.size <= blockSize * SINGLE_GET_BLOCKS) md5 = await streamedGet(side, blob, temp, s);
    else await rangedGet(side, blob, temp, blockSize, s);
    const written = (await stat(temp)).size;
    if (written !== blob.size) throw new IntegrityError(`downloaded ${written} bytes but the blob has ${blob.size}`);
    if (blob.md5 && s.checkMd5 !== 'NoCheck') {
      md5 ??= await md5OfFile(temp);
      if (md5 !== blob.md5) {
        const message = `MD5 mismatch: the blob says ${blob.md5}, the downloaded bytes hash to ${md5}`;
        if (s.checkMd5 === 'FailIfDifferent') throw new IntegrityError(message);
        s.onWarning?.(`${blob.blobName}: ${message}`);
      }
    }
    // The local mtime takes the source's time so the next sync sees them equal.
    const t = new Date(blob.mtimeMs);
    await utimes(temp, t, t);
    await rename(temp, target);
    return { bytes: blob.size };
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
}

async function md5OfFile(path: string): Promise<string> {
  const { createReadStream } = await import('node:fs');
  const hash = createHash('md5');
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) hash.update(chunk as Buffer);
  return hash.digest('base64');
}

async function streamedGet(side: BlobSide, blob: BlobEntry, temp: string, s: DownloadSettings): Promise<string> {
  return s.blockLimiter.run(async () => {
    const client = side.container.getBlobClient(blob.blobName);
    const res = await client.download(0, undefined, {
      abortSignal: s.abortSignal,
      // The SDK re-requests the rest of the body if the stream breaks.
      maxRetryRequests: 5,
      conditions: blob.etag ? { ifMatch: blob.etag } : undefined,
    });
    if (!res.readableStreamBody) throw new Error('the service returned no body');
    const hash = createHash('md5');
    const tap = new Transform({
      transform(chunk: Buffer, _enc, done) {
        hash.update(chunk);
        s.onBytes?.(chunk.length);
        done(null, chunk);
      },
    });
    await pipeline(res.readableStreamBody, tap, createWriteStream(temp), { signal: s.abortSignal });
    return hash.digest('base64');
  });
}

async function rangedGet(side: BlobSide, blob: BlobEntry, temp: string, blockSize: number, s: DownloadSettings): Promise<void> {
  const client = side.container.getBlobClient(blob.blobName);
  const handle = await open(temp, 'w');
  try {
    const ranges = Math.ceil(blob.size / blockSize);
    let failure: unknown;
    await Promise.all(
      Array.from({ length: ranges }, (_, i) =>
        s.blockLimiter.run(async () => {
          if (failure) return;
          const offset = i * blockSize;
          const count = Math.min(blockSize, blob.size - offset);
          try {
            const buf = Buffer.allocUnsafe(count);
            // ifMatch: if the blob is replaced mid-download, fail rather
            // than stitch two versions together.
            await client.downloadToBuffer(buf, offset, count, {
              abortSignal: s.abortSignal,
              conditions: blob.etag ? { ifMatch: blob.etag } : undefined,
              maxRetryRequestsPerBlock: 5,
              concurrency: 1,
            });
            await handle.write(buf, 0, count, offset);
            s.onBytes?.(count);
          } catch (err) {
            failure ??= err;
          }
        }),
      ),
    );
    if (failure) throw failure;
  } finally {
    await handle.close();
  }
}
