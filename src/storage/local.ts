// The local side: a directory walk that yields files in exactly the order a
// blob listing uses (UTF-8 bytes of the full relative name), safe target
// paths for downloads, and atomic writes.
import { opendir, stat, lstat, realpath, readlink } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, sep, isAbsolute, resolve, relative } from 'node:path';
import { compareUtf8 } from '../engine/order.ts';
import type { Entry } from '../engine/types.ts';

export interface LocalEntry extends Entry {
  /** Absolute path on disk. */
  absPath: string;
  /** With --preserve-symlinks: the entry is this link, whose body is its target. */
  linkTarget?: string;
}

/** Blob metadata that marks a blob as a symbolic link (AzCopy's key). */
export const SYMLINK_METADATA_KEY = 'is_symlink';

export interface WalkProblem {
  path: string;
  error: string;
}

export interface WalkOptions {
  recursive: boolean;
  /** Called for anything that could not be read. The walk goes on; the job
   *  treats any problem as an enumeration error (no deletions). */
  onProblem?: (p: WalkProblem) => void;
  /** Called for entries deliberately left out (symlinked folders, sockets…). */
  onSkip?: (path: string, reason: string) => void;
  /** Walk into linked folders too. Names keep the link's path; a folder
   *  already on the current descent path (a loop) is a problem, not walked. */
  followSymlinks?: boolean;
  /** Called for a linked folder that is not followed, with its job name:
   *  what the destination holds under that name must not look deleted. */
  onUnfollowedLink?: (name: string, path: string) => void;
  /** Every link is an entry of its own (body: the link's target), never followed. */
  preserveSymlinks?: boolean;
}

/**
 * Walks `dir` and yields its files with names relative to `dir`, prefixed
 * with `namePrefix`, in UTF-8 byte order of the full name.
 *
 * Why the sort key has a trailing '/': a folder `a` holds names `a/…`, so in
 * a flat listing it sorts where `a/` sorts — after `a-b` and `a.txt`, before
 * `a0`. Sorting each folder's entries by that key and descending into folders
 * in place yields the whole tree in flat byte order, holding only one folder
 * listing per level in memory.
 */
export async function* walkLocal(dir: string, namePrefix: string, options: WalkOptions, ancestors = new Set<string>()): AsyncGenerator<LocalEntry> {
  // Loop protection, only needed when links to folders are followed.
  let real: string | undefined;
  if (options.followSymlinks) {
    try {
      real = await realpath(dir);
    } catch (err) {
      options.onProblem?.({ path: dir, error: (err as Error).message });
      return;
    }
    if (ancestors.has(real)) {
      options.onProblem?.({ path: dir, error: `symbolic link loop: ${real} is already being walked (not followed again)` });
      return;
    }
    ancestors.add(real);
  }
  try {
    yield* walkFolder(dir, namePrefix, options, ancestors);
  } finally {
    if (real) ancestors.delete(real);
  }
}

async function* walkFolder(dir: string, namePrefix: string, options: WalkOptions, ancestors: Set<string>): AsyncGenerator<LocalEntry> {
  const entries: Array<{ key: string; name: string; isDir: boolean; abs: string; size: number; mtimeMs: number; linkTarget?: string }> = [];
  try {
    const handle = await opendir(dir);
    for await (const d of handle) {
      const abs = join(dir, d.name);
      let isDir = d.isDirectory();
      let isFile = d.isFile();
      let info: { size: number; mtimeMs: number } | undefined;
      if (d.isSymbolicLink() && options.preserveSymlinks) {
        try {
          const [linkTarget, own] = await Promise.all([readlink(abs), lstat(abs)]);
          const name = namePrefix + d.name;
          entries.push({ key: name, name, isDir: false, abs, size: Buffer.byteLength(linkTarget), mtimeMs: fileTimeMs(own.mtimeMs), linkTarget });
        } catch (err) {
          options.onProblem?.({ path: abs, error: (err as Error).message });
        }
        continue;
      }
      if (d.isSymbolicLink()) {
        // Follow links to files; a linked folder could loop or leave the tree.
        try {
          const target = await stat(abs);
          if (target.isDirectory() && !options.followSymlinks) {
            options.onSkip?.(abs, 'symbolic link to a folder (not followed)');
            options.onUnfollowedLink?.(namePrefix + d.name, abs);
            continue;
          }
          isDir = target.isDirectory();
          isFile = target.isFile();
          info = target;
        } catch (err) {
          options.onProblem?.({ path: abs, error: `broken symbolic link: ${(err as Error).message}` });
          continue;
        }
      }
      if (!isDir && !isFile) {
        options.onSkip?.(abs, 'not a regular file');
        continue;
      }
      if (isDir && !options.recursive) continue;
      if (isFile && !info) {
        try {
          info = await lstat(abs);
        } catch (err) {
          options.onProblem?.({ path: abs, error: (err as Error).message });
          continue;
        }
      }
      const name = namePrefix + d.name;
      entries.push({
        key: isDir ? `${name}/` : name,
        name,
        isDir,
        abs,
        size: info?.size ?? 0,
        mtimeMs: fileTimeMs(info?.mtimeMs ?? 0),
      });
    }
  } catch (err) {
    options.onProblem?.({ path: dir, error: (err as Error).message });
    return;
  }
  entries.sort((a, b) => compareUtf8(a.key, b.key));
  for (const e of entries) {
    if (e.isDir) yield* walkLocal(e.abs, `${e.name}/`, options, ancestors);
    else if (e.linkTarget !== undefined) yield { name: e.name, size: e.size, mtimeMs: e.mtimeMs, absPath: e.abs, linkTarget: e.linkTarget };
    else yield { name: e.name, size: e.size, mtimeMs: e.mtimeMs, absPath: e.abs };
  }
}

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

/** Reasons a blob name cannot become a local path. */
export function unsafeNameReason(name: string): string | undefined {
  if (name.length === 0) return 'empty name';
  if (name.startsWith('/')) return 'name starts with "/" (absolute path)';
  if (name.includes('\\')) return 'name contains a backslash';
  if (/^[A-Za-z]:/.test(name)) return 'name starts with a drive letter';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'name contains a control character';
  if (name.endsWith('/')) return 'name ends with "/" (a folder marker, not a file)';
  const segments = name.split('/');
  if (segments.some((s) => s === '..')) return 'name contains a ".." segment (would leave the destination folder)';
  if (segments.some((s) => s === '.')) return 'name contains a "." segment';
  if (segments.slice(0, -1).some((s) => s === '')) return 'name contains an empty path segment ("//")';
  return undefined;
}

/**
 * Where blob `name` lands under `root`, or an error reason. Checked twice: by
 * the name's shape, and by resolving the result and making sure it is inside
 * root (belt and braces for platforms with other separators).
 */
export function safeLocalPath(root: string, name: string): { path: string } | { reason: string } {
  const reason = unsafeNameReason(name);
  if (reason) return { reason };
  const target = resolve(root, ...name.split('/'));
  const rel = relative(root, target);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || rel.split(sep).includes('..')) {
    return { reason: 'name resolves outside the destination folder' };
  }
  return { path: target };
}

/** The MD5 of a local file, read in 1 MiB chunks. */
export async function md5OfFile(path: string): Promise<Buffer> {
  const hash = createHash('md5');
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) hash.update(chunk as Buffer);
  return hash.digest();
}
