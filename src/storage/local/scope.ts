// What a local path names as a source or destination, by AzCopy's rules:
// copying folder `site` names its files `site/…`, `site/*` and sync work on
// its contents, and one file may be copied to a new name.
import { readdir, stat } from 'node:fs/promises';
import type { Dirent } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Entry } from '../../engine/types.ts';
import type { LocalLocation } from '../../contract/location.ts';
import { UsageError } from '../../contract/errors.ts';
import type { DestinationScope, ScopeEvents, ScopeRules, SourceScope } from '../side.ts';
import { QUIET, byWildcard, one, wildcardMatcher } from '../naming.ts';
import { fileTimeMs } from '../disk.ts';
import { ensureFolder, FolderError } from '../folders.ts';
import { walkLocal } from './walk.ts';
import { safeLocalPath } from './paths.ts';
import type { LocalEntry } from './entry.ts';

/** Makes a local destination's root, as a UsageError naming the path and the OS's reason. */
async function prepareRoot(root: string, display: string): Promise<void> {
  await ensureFolder(root).catch((err) => {
    if (err instanceof FolderError) throw new UsageError(`the destination "${display}" cannot be written: ${err.message}`);
    throw err;
  });
}

export async function localSourceScope(loc: LocalLocation, rules: ScopeRules, ev: ScopeEvents): Promise<SourceScope<LocalEntry>> {
  const { command, recursive } = rules;
  const info = await stat(loc.path).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') throw new UsageError(`the source "${loc.display}" does not exist`);
    if (err.code === 'EACCES') throw new UsageError(`the source "${loc.display}" cannot be read (permission denied)`);
    throw new UsageError(`the source "${loc.display}" cannot be read: ${err.message}`);
  });
  if (info.isFile()) {
    if (loc.contentsOnly) throw new UsageError(`the source "${loc.display}" is a file, not a folder`);
    const entry: LocalEntry = { name: basename(loc.path), size: info.size, mtimeMs: fileTimeMs(info.mtimeMs), absPath: loc.path };
    return { namePrefix: '', single: true, list: () => one(entry) };
  }
  if (!info.isDirectory()) throw new UsageError(`the source "${loc.display}" is neither a file nor a folder`);
  if (!recursive && !loc.contentsOnly && command === 'copy') {
    throw new UsageError(`the source "${loc.display}" is a folder: add --recursive to copy it with its subfolders, or write "${loc.display.replace(/[\\/]$/, '')}/*" for the files at its top level`);
  }
  const namePrefix = command === 'copy' && !loc.contentsOnly ? `${basename(loc.path)}/` : '';
  const walkRecursive = recursive || (!loc.contentsOnly && command === 'copy');
  return {
    namePrefix,
    single: false,
    list: (quiet) => byWildcard(walkLocal(loc.path, namePrefix, { recursive: walkRecursive, followSymlinks: rules.followSymlinks, preserveSymlinks: rules.preserveSymlinks, ...(quiet ? QUIET : ev) }), loc.wildcard, namePrefix),
    selects: loc.wildcard ? wildcardMatcher(loc.wildcard, namePrefix) : undefined,
    emptyFolders: walkRecursive ? () => emptyLocalFolders(loc.path, namePrefix) : undefined,
  };
}

/** The folders below `dir` with nothing in them at all, as job names. Links are not followed. */
async function* emptyLocalFolders(dir: string, namePrefix: string): AsyncGenerator<string> {
  let names: Dirent[];
  try {
    names = await readdir(dir, { withFileTypes: true });
  } catch {
    return; // the file walk reports what cannot be read
  }
  for (const d of names) {
    if (!d.isDirectory()) continue;
    const name = `${namePrefix}${d.name}`;
    const inner = await readdir(join(dir, d.name)).catch(() => undefined);
    if (inner?.length === 0) yield name;
    else if (inner) yield* emptyLocalFolders(join(dir, d.name), `${name}/`);
  }
}

/**
 * The destination for a source. A single source object may be renamed (a
 * target that is not a folder). `root` is the folder the user named: links
 * at or above it are followed (the user chose them); below it nothing is
 * written through a link.
 */
export async function localDestinationScope(loc: LocalLocation, source: SourceScope, rules: ScopeRules, ev: ScopeEvents): Promise<DestinationScope<LocalEntry> & { root: string }> {
  const { recursive, preserveSymlinks } = rules;
  if (loc.wildcard) throw new UsageError(`the destination "${loc.display}" cannot contain a wildcard`);
  const info = await stat(loc.path).catch(() => undefined);
  if (source.single) {
    const intoFolder = info?.isDirectory() || /[\\/]$/.test(loc.display) || loc.contentsOnly;
    const locate = (n: string): { target: string } | { reason: string } => {
      if (!intoFolder) return { target: loc.path };
      const safe = safeLocalPath(loc.path, n);
      return 'path' in safe ? { target: safe.path } : safe;
    };
    const root = intoFolder ? loc.path : dirname(loc.path);
    return { list: () => existingFiles(source.list(), locate), locate, root, prepare: () => prepareRoot(root, loc.display) };
  }
  if (info && !info.isDirectory()) throw new UsageError(`the destination "${loc.display}" is a file; a folder is needed to receive many objects`);
  const root = loc.path;
  const scopeDir = source.namePrefix ? join(root, ...source.namePrefix.split('/').filter(Boolean)) : root;
  return {
    // With --preserve-symlinks the destination's links are compared as links.
    list: () => walkLocal(scopeDir, source.namePrefix, { recursive, preserveSymlinks, ...ev }),
    locate: (n) => {
      const safe = safeLocalPath(root, n);
      return 'path' in safe ? { target: safe.path } : safe;
    },
    root,
    prepare: () => prepareRoot(root, loc.display),
  };
}

/** The destination files that a (single-object) source would land on. */
export async function* existingFiles(entries: AsyncIterable<Entry>, locate: DestinationScope['locate']): AsyncGenerator<LocalEntry> {
  for await (const e of entries) {
    const where = locate(e.name);
    if (!('target' in where)) continue;
    const s = await stat(where.target).catch(() => undefined);
    if (s?.isFile()) yield { name: e.name, size: s.size, mtimeMs: fileTimeMs(s.mtimeMs), absPath: where.target };
  }
}
