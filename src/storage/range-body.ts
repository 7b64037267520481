// One downloaded range's response body, written in place into the
// temporary file as it arrives: the same for every remote backend's
// parallel download (blob/download.ts, file/download.ts). A body that
// stalls longer than the per-try timeout fails (so the range is retried), a
// body shorter or longer than asked for is an IntegrityError, and the range
// can be checked in transit against the MD5 the service sent for it.
import { createHash } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { IntegrityError } from './errors.ts';
import { watchBodyIdle } from './retry.ts';

export interface RangeResponse {
  readableStreamBody?: NodeJS.ReadableStream;
  /** The MD5 the service computed for the range (asked for with rangeGetContentMD5). */
  contentMD5?: Uint8Array;
}

export interface RangeBodyOptions {
  /** The longest the body may go without bringing a byte (the per-try timeout). */
  idleMs: number;
  /** A buffer of the range's size (storage/buffer-pool.ts's takePiece) to copy
   *  the bytes into, for a caller that hashes the whole object in order.
   *  The socket's chunks are let go at once: keeping them until their
   *  range's turn to be hashed held thousands of small buffers, and the
   *  garbage collector's work on those cost about as much CPU as the MD5
   *  itself (measured on 1 GiB of blob downloads: see bench/RESULTS.md). */
  copyInto?: Buffer;
  /** Keep the chunks instead, for the same purpose (share downloads: their
   *  4 MiB ranges measured no faster copied into pooled buffers, and the
   *  pool held ~80 MB more). */
  keepChunks?: boolean;
  /** Hash the range and compare it with the MD5 the service sent. */
  checkInTransit: boolean;
  /** Each chunk written (progress; the caller takes it back if the range is retried). */
  onBytes(n: number): void;
}

export interface RangeBodyResult {
  /** keepChunks: the body's chunks, in order. */
  chunks: Buffer[];
  /** checkInTransit: the service sent no MD5 for the range, so it went unchecked. */
  unchecked: boolean;
  /** checkInTransit: the MD5s differ; the message says how. */
  mismatch?: string;
}

export async function writeRangeBody(res: RangeResponse, handle: FileHandle, offset: number, count: number, o: RangeBodyOptions): Promise<RangeBodyResult> {
  if (!res.readableStreamBody) throw new Error('the service returned no body');
  const rangeHash = o.checkInTransit ? createHash('md5') : undefined;
  const chunks: Buffer[] = [];
  let filled = 0;
  const idle = watchBodyIdle(res.readableStreamBody, o.idleMs);
  try {
    for await (const chunk of res.readableStreamBody as AsyncIterable<Buffer>) {
      idle.touch();
      if (filled + chunk.length > count) throw new IntegrityError(`range at ${offset} brought more than the ${count} bytes asked for`);
      // Each chunk is written while it is still in the CPU's cache: writing
      // the gathered range in 256 KiB-8 MiB slices instead saved user time
      // but cost more system time, the kernel copying from a buffer no
      // longer cached (measured on 1 GiB: net CPU unchanged).
      await handle.write(chunk, 0, chunk.length, offset + filled);
      o.copyInto?.set(chunk, filled);
      if (o.keepChunks) chunks.push(chunk);
      filled += chunk.length;
      rangeHash?.update(chunk);
      o.onBytes(chunk.length);
    }
  } finally {
    idle.stop();
  }
  if (filled !== count) throw new IntegrityError(`range at ${offset} brought ${filled} bytes, expected ${count}`);
  if (!rangeHash) return { chunks, unchecked: false };
  const sent = res.contentMD5 ? Buffer.from(res.contentMD5).toString('base64') : undefined;
  const hashed = rangeHash.digest('base64');
  if (sent === undefined) return { chunks, unchecked: true };
  return {
    chunks,
    unchecked: false,
    mismatch: sent === hashed ? undefined : `MD5 mismatch in transit: the service sent bytes ${offset}-${offset + count - 1} with MD5 ${sent}, they arrived hashing to ${hashed}`,
  };
}
