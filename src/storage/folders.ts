// Making local folders, one path component at a time.
//
// Why not mkdir({ recursive: true }): where a file system answers ENOENT
// for a folder whose parent exists (under /proc, for one), Node's recursive
// mkdir retries for ever at full CPU, and a synchronous one blocks the very
// signal handlers that would end it. Why lstat below a root: a download
// must never write through a symbolic link inside its destination
// (`dest/sym -> ../outside` plus a blob `sym/x` would otherwise create
// `outside/x`).
import { mkdirSync, statSync } from 'node:fs';
import { mkdir, stat, lstat } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep, join } from 'node:path';

/** A folder that cannot be made or used; `reason` is the OS's or ours. */
export class FolderError extends Error {
  override name = 'FolderError';
  constructor(readonly path: string, readonly reason: string) {
    super(`cannot create the folder "${path}": ${reason}`);
  }
}

function osReason(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  const known: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EROFS: 'read-only file system',
    ENOSPC: 'no space left on the device',
    ENOTDIR: 'a part of the path is a file, not a folder',
    // Only reached after the parent was found: the file system refuses new folders here.
    ENOENT: 'this file system does not allow creating folders here',
  };
  const text = (e?.code && known[e.code]) ?? e?.message ?? String(err);
  return e?.code ? `${text} (${e.code})` : text;
}

/** ENOTDIR names no culprit: say which file stands where a folder should be. */
function folderError(path: string, err: unknown): FolderError {
  if ((err as NodeJS.ErrnoException).code === 'ENOTDIR') {
    for (let at = dirname(path); at !== dirname(at); at = dirname(at)) {
      let info;
      try {
        info = statSync(at);
      } catch {
        continue; // missing, or itself below the file: look higher
      }
      if (!info.isDirectory()) return new FolderError(at, 'a file is in the way (not a folder)');
      break;
    }
  }
  return new FolderError(path, osReason(err));
}

/**
 * Makes `dir` and any missing parents, following links on the way: the
 * caller names a place the user chose (a destination root, a job folder).
 * Throws FolderError naming the first component that cannot be made.
 */
export async function ensureFolder(dir: string): Promise<void> {
  const path = resolve(dir);
  const info = await stat(path).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return undefined;
    throw folderError(path, err);
  });
  if (info) {
    if (!info.isDirectory()) throw new FolderError(path, 'a file is in the way (not a folder)');
    return;
  }
  const parent = dirname(path);
  if (parent === path) throw new FolderError(path, 'the file system root does not exist');
  await ensureFolder(parent);
  await mkdir(path).catch(async (err: NodeJS.ErrnoException) => {
    // Made meanwhile by a concurrent transfer or process: fine if a folder.
    if (err.code === 'EEXIST' && (await stat(path).catch(() => undefined))?.isDirectory()) return;
    throw new FolderError(path, osReason(err));
  });
}

/** ensureFolder, for the few callers that cannot wait (the job folder is opened in a constructor). */
export function ensureFolderSync(dir: string): void {
  const path = resolve(dir);
  let info;
  try {
    info = statSync(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw folderError(path, err);
  }
  if (info) {
    if (!info.isDirectory()) throw new FolderError(path, 'a file is in the way (not a folder)');
    return;
  }
  const parent = dirname(path);
  if (parent === path) throw new FolderError(path, 'the file system root does not exist');
  ensureFolderSync(parent);
  try {
    mkdirSync(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST' && statSync(path, { throwIfNoEntry: false })?.isDirectory()) return;
    throw new FolderError(path, osReason(err));
  }
}

/** Why a path below a destination root is refused. */
export class LinkInPathError extends Error {
  override name = 'LinkInPathError';
}

/**
 * A per-job maker of folders below `root`. The root itself (and anything
 * above it) may be a link: the user named it. Every component below it is
 * checked with lstat and made one at a time; a component that is a
 * symbolic link, or not a folder, refuses the transfer. Results are cached,
 * so many files in one folder cost one check per folder per job.
 */
export function folderMakerUnder(root: string): (dir: string) => Promise<void> {
  const base = resolve(root);
  const checked = new Map<string, Promise<void>>();
  const component = (path: string): Promise<void> => {
    let p = checked.get(path);
    if (!p) {
      p = checkComponent(base, path);
      // A failure is not remembered: the next file may find the folder fixed.
      p.catch(() => checked.delete(path));
      checked.set(path, p);
    }
    return p;
  };
  const rootReady = () => component(base);
  return async (dir) => {
    const rel = relative(base, resolve(dir));
    if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) throw new LinkInPathError(`"${dir}" is outside the destination folder "${base}"`);
    await rootReady();
    let at = base;
    for (const part of rel === '' ? [] : rel.split(sep)) {
      at = join(at, part);
      await component(at);
    }
  };
}

async function checkComponent(base: string, path: string, again = false): Promise<void> {
  if (path === base) return ensureFolder(base);
  const shown = relative(dirname(base), path);
  const info = await lstat(path).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return undefined;
    throw new FolderError(path, osReason(err));
  });
  if (!info) {
    try {
      await mkdir(path);
      return;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || again) throw new FolderError(path, osReason(err));
    }
    // Made meanwhile by someone else: look at what it is.
    return checkComponent(base, path, true);
  }
  if (info.isSymbolicLink()) throw new LinkInPathError(`path goes through a symbolic link (${shown}); nothing is written through links`);
  if (!info.isDirectory()) throw new LinkInPathError(`path goes through a file (${shown}), which is not a folder`);
}
