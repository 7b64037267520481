// Downloads one file from a share into a local file, with the same safety
// as a blob download (blob/download.ts): the bytes go to a temporary file
// beside the target, verified, and renamed into place only when complete;
// the folder is made by the local side (never through a link).
//
// Ranges of at most 4 MiB come down in parallel and are written in place.
// A file with Content-MD5 is hashed in order as the ranges arrive and
// checked whole; one without is checked range by range against the MD5
// the service sends for each (it does so for ranges up to 4 MiB).
import { createHash } from 'node:crypto';
import { open, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { CheckMd5 } from '../../contract/options.ts';
import type { MemoryBudget } from '../../engine/limiter.ts';
import { commitTempFile, tempPathFor, type DiskCalls } from '../disk.ts';
import { IntegrityError } from '../errors.ts';
import { SDK_BODY_RETRIES, withBodyRetries } from '../retry.ts';
import { writeRangeBody } from '../range-body.ts';
import type { Verification } from '../side.ts';
import type { FileConnection } from './client.ts';
import type { FileEntry } from './entry.ts';
import { fileClient } from './objects.ts';
import { MAX_RANGE } from './upload.ts';

export interface FileDownloadSettings {
  checkMd5: CheckMd5;
  /** Shared across all files: bounds the bytes buffered in memory. */
  memory: MemoryBudget;
  abortSignal?: AbortSignal;
  onBytes?: (n: number) => void;
  onWarning?: (message: string) => void;
  makeFolder: (dir: string) => Promise<void>;
  /** Stamps and renames the file inline while the disk is fast (the side's one instance). */
  disk: DiskCalls;
}

export async function downloadFromShare(c: FileConnection, file: FileEntry, target: string, s: FileDownloadSettings): Promise<{ bytes: number; verified: Verification }> {
  const check = s.checkMd5 !== 'NoCheck';
  if (check && !file.md5 && file.size > 0 && s.checkMd5 === 'FailIfDifferentOrMissing') {
    throw new IntegrityError('the file has no Content-MD5, so its download cannot be verified (--check-md5 FailIfDifferentOrMissing); nothing was written');
  }
  await s.makeFolder(dirname(target));
  const temp = tempPathFor(target);
  const whole = !!file.md5 && check;
  const inTransit = !file.md5 && check && file.size > 0;
  let verified: Verification = whole || (check && file.size === 0) ? 'end-to-end' : inTransit ? 'in-transit' : 'none';
  const client = fileClient(c, file.fullName);
  const handle = await open(temp, 'wx');
  try {
    const hash = whole ? createHash('md5') : undefined;
    const ranges = Math.ceil(file.size / MAX_RANGE);
    const finished = new Map<number, Buffer[]>();
    let nextToHash = 0;
    let mismatch: string | undefined;
    let unchecked = 0;
    let failure: unknown;
    let wake: (() => void) | undefined;
    // Ranges held for hashing stay within the budget's bytes.
    const window = Math.max(2, Math.floor(s.memory.capacity / MAX_RANGE));
    const tasks: Array<Promise<void>> = [];
    for (let i = 0; i < ranges && !failure; i++) {
      // Ranges waiting to be hashed in order stay within a window.
      while (hash && i >= nextToHash + window && !failure) await new Promise<void>((r) => (wake = r));
      tasks.push(
        s.memory.run(Math.min(MAX_RANGE, file.size - i * MAX_RANGE), async () => {
          if (failure) return;
          const offset = i * MAX_RANGE;
          const count = Math.min(MAX_RANGE, file.size - offset);
          try {
            let reported = 0;
            const got = await withBodyRetries(
              c.stats,
              s.abortSignal,
              async (answered) => {
                reported = 0;
                const res = await client.download(offset, count, { abortSignal: s.abortSignal, rangeGetContentMD5: inTransit, maxRetryRequests: SDK_BODY_RETRIES });
                answered();
                const r = await writeRangeBody(res, handle, offset, count, {
                  idleMs: c.tryTimeoutMs,
                  keepChunks: !!hash,
                  checkInTransit: inTransit,
                  onBytes: (n) => {
                    reported += n;
                    s.onBytes?.(n);
                  },
                });
                if (r.unchecked) unchecked++;
                else if (r.mismatch) mismatch ??= r.mismatch;
                return r.chunks;
              },
              () => s.onBytes?.(-reported),
            );
            if (hash) {
              finished.set(i, got);
              for (let parts = finished.get(nextToHash); parts; parts = finished.get(nextToHash)) {
                for (const p of parts) hash.update(p);
                finished.delete(nextToHash++);
              }
            }
          } catch (err) {
            failure ??= err;
          } finally {
            wake?.();
          }
        }),
      );
    }
    await Promise.all(tasks);
    if (failure) throw failure;
    await handle.close();
    const md5 = hash?.digest('base64');
    if (whole && md5 !== file.md5) mismatch = `MD5 mismatch: the file says ${file.md5}, the downloaded bytes hash to ${md5}`;
    if (mismatch) {
      if (s.checkMd5 === 'LogOnly') s.onWarning?.(`${file.fullName}: ${mismatch}`);
      else throw new IntegrityError(mismatch);
    }
    if (unchecked) verified = 'none';
    await commitTempFile(temp, target, file.mtimeMs, s.disk);
    return { bytes: file.size, verified };
  } catch (err) {
    await handle.close().catch(() => {});
    await rm(temp, { force: true });
    throw err;
  }
}
