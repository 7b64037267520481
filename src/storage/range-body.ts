// One downloaded range's response body, written in place into the
// temporary file as it arrives: the same for every remote backend's
// parallel download (file/download.ts; blob/download.ts does the same
// inline and can move here). A body that stalls longer than the per-try
// timeout fails (so the range is retried), a body shorter than asked for is
// an IntegrityError, and the range can be checked in transit against the
// MD5 the service sent for it.
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
  /** Keep the chunks (the caller hashes the whole object in order). */
  keepChunks: boolean;
  /** Hash the range and compare it with the MD5 the service sent. */
  checkInTransit: boolean;
  /** Each chunk written (progress; the caller takes it back if the range is retried). */
  onBytes(n: number): void;
}

export interface RangeBodyResult {
  chunks: Buffer[];
  /** checkInTransit: the service sent no MD5 for the range, so it went unchecked. */
  unchecked: boolean;
  /** checkInTransit: the MD5s differ; the message says how. */
  mismatch?: string;
}

export async function writeRangeBody(res: RangeResponse, handle: FileHandle, offset: number, count: number, o: RangeBodyOptions): Promise<RangeBodyResult> {
  if (!res.readableStreamBody) throw new Error('the service returned no body');
  const chunks: Buffer[] = [];
  const rangeHash = o.checkInTransit ? createHash('md5') : undefined;
  let at = offset;
  const idle = watchBodyIdle(res.readableStreamBody, o.idleMs);
  try {
    for await (const chunk of res.readableStreamBody as AsyncIterable<Buffer>) {
      idle.touch();
      await handle.write(chunk, 0, chunk.length, at);
      at += chunk.length;
      if (o.keepChunks) chunks.push(chunk);
      rangeHash?.update(chunk);
      o.onBytes(chunk.length);
    }
  } finally {
    idle.stop();
  }
  if (at - offset !== count) throw new IntegrityError(`range at ${offset} brought ${at - offset} bytes, expected ${count}`);
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
