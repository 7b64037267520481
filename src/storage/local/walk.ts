// The local walk: a folder's files in exactly the order a blob listing uses
// (UTF-8 bytes of the full relative name, see engine/tree-walk.ts), with
// the link rules: links to files are followed, linked folders only with
// --follow-symlinks (loops refused), every link kept as itself with
// --preserve-symlinks.
import type { Dirent } from 'node:fs';
import { join } from 'node:path';
import { walkInByteOrder, leaf, folder, type TreeChild } from '../../engine/tree-walk.ts';
import { fileTimeMs } from '../disk.ts';
import { mapInOrder } from '../../engine/pool.ts';
import type { LocalEntry } from './entry.ts';
import type { ListingProblem } from '../side.ts';
import { WalkCalls } from './walk-calls.ts';

export interface WalkOptions {
  recursive: boolean;
  /** Called for anything that could not be read. The walk goes on; the job
   *  treats any problem as an enumeration error (no deletions). */
  onProblem?: (p: ListingProblem) => void;
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
  /** The file-system calls the walk makes (walk-calls.ts); a fresh set for each walk unless given. */
  calls?: WalkCalls;
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
/** A folder to read, and (only when linked folders are followed) the real
 *  paths of the folders on the way down to it, for loop protection. */
interface LocalDir {
  abs: string;
  ancestors?: Ancestor;
}
interface Ancestor {
  real: string;
  parent?: Ancestor;
}

function isAncestor(real: string, chain: Ancestor | undefined): boolean {
  for (let a = chain; a; a = a.parent) if (a.real === real) return true;
  return false;
}

/**
 * Walks `dir` and yields its files with names relative to `dir`, prefixed
 * with `namePrefix`, in UTF-8 byte order of the full name.
 */
export function walkLocal(dir: string, namePrefix: string, options: WalkOptions): AsyncGenerator<LocalEntry> {
  const calls = options.calls ?? new WalkCalls();
  return walkInByteOrder<LocalEntry, LocalDir>({ abs: dir }, namePrefix, (d, prefix) => readLocalDir(d, prefix, options, calls));
}

/** One folder's children, for walkInByteOrder; a folder that cannot be read is reported and gives none. */
async function readLocalDir(at: LocalDir, namePrefix: string, options: WalkOptions, calls: WalkCalls): Promise<Array<TreeChild<LocalEntry, LocalDir>>> {
  const dir = at.abs;
  // Loop protection, only needed when links to folders are followed.
  let ancestors: Ancestor | undefined;
  if (options.followSymlinks) {
    let real: string;
    try {
      real = await calls.realpath(dir);
    } catch (err) {
      options.onProblem?.({ path: dir, error: (err as Error).message });
      return [];
    }
    if (isAncestor(real, at.ancestors)) {
      options.onProblem?.({ path: dir, error: `symbolic link loop: ${real} is already being walked (not followed again)` });
      return [];
    }
    ancestors = { real, parent: at.ancestors };
  }
  let dirents: Dirent[];
  try {
    dirents = await calls.readdir(dir);
  } catch (err) {
    options.onProblem?.({ path: dir, error: (err as Error).message });
    return [];
  }
  // Inline calls answer at once; once the walk has moved to the thread
  // pool (a slow file system, walk-calls.ts), each entry's stat is made at
  // once rather than one after another (see mapInOrder). What they found is
  // reported in the folder's order, so a walk's problems and skips read the
  // same from run to run.
  const outcomes = await mapInOrder(dirents, STATS_IN_FLIGHT, (d) => readLocalEntry(dir, d, namePrefix, ancestors, options, calls));
  const children: Array<TreeChild<LocalEntry, LocalDir>> = [];
  for (const o of outcomes) {
    if (o.problem) options.onProblem?.(o.problem);
    if (o.skip) options.onSkip?.(o.skip.path, o.skip.reason);
    if (o.unfollowed) options.onUnfollowedLink?.(o.unfollowed.name, o.unfollowed.path);
    if (o.child) children.push(o.child);
  }
  return children;
}

/** Stats at once within one folder once they go through the thread pool:
 *  enough to keep it busy, few enough that a huge folder does not queue a
 *  million requests. */
const STATS_IN_FLIGHT = 32;

/** What one folder entry turned out to be; at most one of child, problem, skip. */
interface EntryOutcome {
  child?: TreeChild<LocalEntry, LocalDir>;
  problem?: ListingProblem;
  skip?: { path: string; reason: string };
  /** A linked folder left out: what the destination holds under its name must not look deleted. */
  unfollowed?: { name: string; path: string };
}

async function readLocalEntry(dir: string, d: Dirent, namePrefix: string, ancestors: Ancestor | undefined, options: WalkOptions, calls: WalkCalls): Promise<EntryOutcome> {
  const abs = join(dir, d.name);
  const name = namePrefix + d.name;
  let isDir = d.isDirectory();
  let isFile = d.isFile();
  let info: { size: number; mtimeMs: number } | undefined;
  if (d.isSymbolicLink() && options.preserveSymlinks) {
    try {
      const [linkTarget, own] = await Promise.all([calls.readlink(abs), calls.lstat(abs)]);
      return { child: leaf(name, { name, size: Buffer.byteLength(linkTarget), mtimeMs: fileTimeMs(own.mtimeMs), absPath: abs, linkTarget }) };
    } catch (err) {
      return { problem: { path: abs, error: (err as Error).message } };
    }
  }
  if (d.isSymbolicLink()) {
    // Follow links to files; a linked folder could loop or leave the tree.
    try {
      const target = await calls.stat(abs);
      if (target.isDirectory() && !options.followSymlinks) {
        return { skip: { path: abs, reason: 'symbolic link to a folder (not followed)' }, unfollowed: { name, path: abs } };
      }
      isDir = target.isDirectory();
      isFile = target.isFile();
      info = target;
    } catch (err) {
      return { problem: { path: abs, error: `broken symbolic link: ${(err as Error).message}` } };
    }
  }
  if (!isDir && !isFile) return { skip: { path: abs, reason: 'not a regular file' } };
  if (isDir) return options.recursive ? { child: folder(name, { abs, ancestors }) } : {};
  if (!info) {
    try {
      info = await calls.lstat(abs);
    } catch (err) {
      return { problem: { path: abs, error: (err as Error).message } };
    }
  }
  return { child: leaf(name, { name, size: info.size, mtimeMs: fileTimeMs(info.mtimeMs), absPath: abs }) };
}
