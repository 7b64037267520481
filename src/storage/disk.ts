// Local files as any backend reads or writes them: times and hashes read one
// way everywhere, whole small files in one trip, the check that a file did
// not change under an upload, and downloads that never leave a partial
// file where the real one belongs (a temporary file beside it, renamed into
// place when complete).
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, readFile, renameSync, utimesSync, writeFileSync } from 'node:fs';
import { rename, stat, utimes, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { SourceChangedError } from './errors.ts';
import { InlineCalls } from './inline-calls.ts';

/**
 * A file's modification time in whole milliseconds, the one way every part
 * of azcp reads it. Rounded, not floored: setting a time with utimes() goes
 * through a double of seconds, so a download that stamps 12:00:00.800 reads
 * back as 12:00:00.799999952; flooring that gave .799, and every later sync
 * from the blob saw the source "newer" and downloaded everything again.
 */
export function fileTimeMs(mtimeMs: number): number {
  return Math.round(mtimeMs);
}

/** The MD5 of a local file, read in 1 MiB chunks. */
export async function md5OfFile(path: string): Promise<Buffer> {
  const hash = createHash('md5');
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) hash.update(chunk as Buffer);
  return hash.digest();
}

/**
 * A small file's bytes, all at once. The callback readFile does open, size,
 * read and close in one trip through the thread pool, where a FileHandle
 * costs a JavaScript round trip for each — on many small files that was the
 * largest client-side cost. A length other than the listed size means the
 * file changed after it was listed.
 */
export async function readWhole(path: string, size: number): Promise<Buffer> {
  const buf = await readFileOnce(path);
  if (buf.length !== size) throw new SourceChangedError(`the file changed size while uploading (listed ${size} bytes, now ${buf.length})`);
  return buf;
}

const readFileOnce = promisify(readFile);

export async function assertUnchanged(path: string, size: number, mtimeMs: number): Promise<void> {
  const now = await stat(path);
  if (now.size !== size || fileTimeMs(now.mtimeMs) !== Math.round(mtimeMs)) {
    throw new SourceChangedError(`the file changed while uploading (size ${size} → ${now.size}); not committed, run again to upload the new version`);
  }
}

/** Random per process, so two processes writing into one folder never pick
 *  the same temporary name; a counter makes each name in this process new.
 *  (Drawing random bytes for every file cost ~40 µs a file.) */
const TEMP_PREFIX = randomBytes(4).toString('hex');
let tempCounter = 0;

/** A temporary name beside `target`, never one that exists ('wx' opens it). */
export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.azcp-${TEMP_PREFIX}${(tempCounter++).toString(36)}.part`);
}

/**
 * The calls that put a downloaded file in place (a small body written at
 * once, its time set, the rename over the target): on the main thread while
 * the disk answers fast, through the thread pool once it does not
 * (inline-calls.ts). One per side, so a slow disk moves all of a job's.
 */
export class DiskCalls extends InlineCalls {
  writeFile(path: string, data: Buffer, flag: 'w' | 'wx', signal?: AbortSignal): Promise<void> {
    return this.call(() => writeFileSync(path, data, { flag }), () => writeFile(path, data, { flag, signal }));
  }

  utimes(path: string, time: Date): Promise<void> {
    return this.call(() => utimesSync(path, time, time), () => utimes(path, time, time));
  }

  rename(from: string, to: string): Promise<void> {
    return this.call(() => renameSync(from, to), () => rename(from, to));
  }
}

/**
 * Puts a complete temporary file in place as `target`. The local mtime
 * takes the source's time so the next sync sees them equal. rename()
 * replaces a link at the target itself, never what it points to (and 'wx'
 * never opens a temporary name that already exists).
 */
export async function commitTempFile(temp: string, target: string, mtimeMs: number, calls: DiskCalls): Promise<void> {
  const t = new Date(mtimeMs);
  await calls.utimes(temp, t);
  await calls.rename(temp, target).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'EISDIR' || err.code === 'ENOTEMPTY' || err.code === 'EEXIST') {
      throw new Error(`a folder already exists where the file "${target}" should go`);
    }
    throw err;
  });
}
