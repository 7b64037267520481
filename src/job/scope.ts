// Decides what a job's names are. Both sides of a copy or sync are listed
// as streams of Entry whose `name` is the same string on both sides for the
// same object; each side knows how to turn a name back into a local path or
// a blob name. Folder naming follows AzCopy: copying folder `site` puts its
// files under `site/`, `site/*` copies only its contents, and sync always
// works on contents.
import { stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import picomatch from 'picomatch';
import type { Entry } from '../engine/types.ts';
import type { LocalLocation } from '../contract/location.ts';
import type { BlobConnection } from '../storage/blob/client.ts';
import { walkLocal, type WalkProblem } from '../storage/local/walk.ts';
import type { LocalEntry } from '../storage/local/entry.ts';
import { safeLocalPath } from '../storage/local/paths.ts';
import { fileTimeMs } from '../storage/disk.ts';
import { listBlobs } from '../storage/blob/list.ts';
import { getBlobEntry } from '../storage/blob/objects.ts';
import type { BlobEntry } from '../storage/blob/entry.ts';
import { blobNameProblem } from '../storage/blob/name.ts';
import { UsageError } from '../contract/errors.ts';
import { ensureFolder, FolderError } from '../storage/folders.ts';

export interface ScopeEvents {
  onProblem: (p: WalkProblem) => void;
  onSkip: (path: string, reason: string) => void;
  /** A linked folder of a local source that is not followed (its job name). */
  onUnfollowedLink?: (name: string, path: string) => void;
}

export interface SourceScope {
  kind: 'local' | 'blob';
  /** Prepended to every name (copying folder `site` → `site/`); filters see names without it. */
  namePrefix: string;
  /** One object named by the user, not a folder. */
  single: boolean;
  /** The source's objects. `quiet`: a second listing (the reconciliation)
   *  does not report again what the first already reported. */
  list(quiet?: boolean): AsyncIterable<LocalEntry | BlobEntry>;
  /** The names a wildcard in the source chose (`site*`): the destination is
   *  compared, and deleted from, under those names only. Absent: all names. */
  selects?: (name: string) => boolean;
  display: string;
}

const QUIET: ScopeEvents = { onProblem: () => {}, onSkip: () => {} };

export interface DestinationScope {
  kind: 'local' | 'blob';
  list(): AsyncIterable<LocalEntry | BlobEntry>;
  /** Local path or blob name for a job name; a reason if it cannot be one. */
  locate(name: string): { target: string } | { reason: string };
  display: string;
  /** Local: the folder the user named. Links at or above it are followed (the
   *  user chose them); below it nothing is written through a link. */
  root?: string;
  /** Local: makes the root before any transfer, or refuses the job (exit 2). */
  prepare?(): Promise<void>;
}

/** Makes a local destination's root, as a UsageError naming the path and the OS's reason. */
async function prepareRoot(root: string, display: string): Promise<void> {
  await ensureFolder(root).catch((err) => {
    if (err instanceof FolderError) throw new UsageError(`the destination "${display}" cannot be written: ${err.message}`);
    throw err;
  });
}

function parentPrefix(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i + 1);
}

export function withSlash(path: string): string {
  return path === '' || path.endsWith('/') ? path : `${path}/`;
}

/**
 * Whether a name's first segment (below `prefix`) matches a location's
 * wildcard. The wildcard's literal characters come escaped ('\\*' for a
 * %2A in a URL); `windows: false` keeps '\\' an escape on every OS.
 */
export function wildcardMatcher(wildcard: string, prefix: string): (name: string) => boolean {
  // The regex alone, and literalBrackets false: otherwise picomatch also
  // accepts the pattern's own text, so '[ab].txt' would take a blob named
  // "[ab].txt" as well as a.txt and b.txt.
  const re = picomatch.makeRe(wildcard, { dot: true, windows: false, literalBrackets: false });
  return (name) => re.test(name.slice(prefix.length).split('/')[0]);
}

/** Keeps entries whose first segment (below the name prefix) matches the wildcard. */
async function* byWildcard<T extends Entry>(items: AsyncIterable<T>, wildcard: string | undefined, prefix: string): AsyncGenerator<T> {
  if (!wildcard) return yield* items;
  const match = wildcardMatcher(wildcard, prefix);
  for await (const e of items) if (match(e.name)) yield e;
}

/** The same entries with `prefix` in front of each job name. */
async function* renamed<T extends Entry>(items: AsyncIterable<T>, prefix: string): AsyncGenerator<T> {
  for await (const e of items) yield { ...e, name: prefix + e.name };
}

async function* one<T>(item: T | undefined): AsyncGenerator<T> {
  if (item !== undefined) yield item;
}

export async function localSourceScope(loc: LocalLocation, command: 'copy' | 'sync', recursive: boolean, ev: ScopeEvents, links: { follow?: boolean; preserve?: boolean } = {}): Promise<SourceScope> {
  const info = await stat(loc.path).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') throw new UsageError(`the source "${loc.display}" does not exist`);
    if (err.code === 'EACCES') throw new UsageError(`the source "${loc.display}" cannot be read (permission denied)`);
    throw new UsageError(`the source "${loc.display}" cannot be read: ${err.message}`);
  });
  if (info.isFile()) {
    if (loc.contentsOnly) throw new UsageError(`the source "${loc.display}" is a file, not a folder`);
    const entry: LocalEntry = { name: basename(loc.path), size: info.size, mtimeMs: fileTimeMs(info.mtimeMs), absPath: loc.path };
    return { kind: 'local', namePrefix: '', single: true, list: () => one(entry), display: loc.display };
  }
  if (!info.isDirectory()) throw new UsageError(`the source "${loc.display}" is neither a file nor a folder`);
  if (!recursive && !loc.contentsOnly && command === 'copy') {
    throw new UsageError(`the source "${loc.display}" is a folder: add --recursive to copy it with its subfolders, or write "${loc.display.replace(/[\\/]$/, '')}/*" for the files at its top level`);
  }
  const namePrefix = command === 'copy' && !loc.contentsOnly ? `${basename(loc.path)}/` : '';
  const walkRecursive = recursive || (!loc.contentsOnly && command === 'copy');
  return {
    kind: 'local',
    namePrefix,
    single: false,
    list: (quiet) => byWildcard(walkLocal(loc.path, namePrefix, { recursive: walkRecursive, followSymlinks: links.follow, preserveSymlinks: links.preserve, ...(quiet ? QUIET : ev) }), loc.wildcard, namePrefix),
    selects: loc.wildcard ? wildcardMatcher(loc.wildcard, namePrefix) : undefined,
    display: loc.display,
  };
}

export async function blobSourceScope(side: BlobConnection, command: 'copy' | 'sync', recursive: boolean, ev: ScopeEvents): Promise<SourceScope> {
  const loc = side.loc;
  const path = loc.path.replace(/\/+$/, '');
  const listing = (prefix: string, strip: string, rec: boolean, quiet?: boolean) =>
    listBlobs(side, { prefix, stripPrefix: strip, recursive: rec, onSkip: (quiet ? QUIET : ev).onSkip });
  if (path === '' && !loc.contentsOnly && command === 'copy') {
    // A whole container copies as a folder does: under CONTAINER/ (AzCopy's
    // rule; ".../CONTAINER/*" copies its contents).
    const namePrefix = `${loc.container}/`;
    return { kind: 'blob', namePrefix, single: false, list: (quiet) => renamed(listing('', '', recursive, quiet), namePrefix), display: loc.display };
  }
  if (loc.contentsOnly || path === '') {
    const prefix = withSlash(path);
    return {
      kind: 'blob',
      namePrefix: '',
      single: false,
      list: (quiet) => byWildcard(listing(prefix, prefix, recursive, quiet), loc.wildcard, ''),
      selects: loc.wildcard ? wildcardMatcher(loc.wildcard, '') : undefined,
      display: loc.display,
    };
  }
  if (!loc.path.endsWith('/')) {
    const exact = await getBlobEntry(side, path, parentPrefix(path));
    if (exact) return { kind: 'blob', namePrefix: '', single: true, list: () => one(exact), display: loc.display };
  }
  // A virtual folder — or nothing at all, which deserves its own message.
  const prefix = `${path}/`;
  const first = await side.container.listBlobsFlat({ prefix }).byPage({ maxPageSize: 1 }).next();
  if (first.done || first.value.segment.blobItems.length === 0) {
    throw new UsageError(`the source "${loc.display}" does not exist: no blob of that name and nothing under ${prefix} in container "${loc.container}"`);
  }
  if (command === 'copy' && !recursive) {
    throw new UsageError(`the source "${loc.display}" is a virtual folder, not a blob: add --recursive to copy what is under it, or write ".../${basename(path)}/*"`);
  }
  const strip = command === 'copy' ? parentPrefix(path) : prefix;
  return { kind: 'blob', namePrefix: prefix.slice(strip.length), single: false, list: (quiet) => listing(prefix, strip, recursive, quiet), display: loc.display };
}

/**
 * Destination scope for a source. `sourceName` is the single source object's
 * job name when the source is one object: the destination may rename it.
 */
export async function localDestinationScope(loc: LocalLocation, source: SourceScope, recursive: boolean, ev: ScopeEvents, preserveSymlinks = false): Promise<DestinationScope> {
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
    return { kind: 'local', list: () => existingFiles(source.list(), locate), locate, display: loc.display, root, prepare: () => prepareRoot(root, loc.display) };
  }
  if (info && !info.isDirectory()) throw new UsageError(`the destination "${loc.display}" is a file; a folder is needed to receive many objects`);
  const root = loc.path;
  const scopeDir = source.namePrefix ? join(root, ...source.namePrefix.split('/').filter(Boolean)) : root;
  return {
    kind: 'local',
    // With --preserve-symlinks the destination's links are compared as links.
    list: () => walkLocal(scopeDir, source.namePrefix, { recursive, preserveSymlinks, ...ev }),
    locate: (n) => {
      const safe = safeLocalPath(root, n);
      return 'path' in safe ? { target: safe.path } : safe;
    },
    display: loc.display,
    root,
    prepare: () => prepareRoot(root, loc.display),
  };
}

/** The destination files that a (single-object) source would land on. */
async function* existingFiles(entries: AsyncIterable<Entry>, locate: DestinationScope['locate']): AsyncGenerator<LocalEntry> {
  for await (const e of entries) {
    const where = locate(e.name);
    if (!('target' in where)) continue;
    const s = await stat(where.target).catch(() => undefined);
    if (s?.isFile()) yield { name: e.name, size: s.size, mtimeMs: fileTimeMs(s.mtimeMs), absPath: where.target };
  }
}

/** A destination blob name, or why it cannot be one (never sent then). */
function blobTarget(name: string): { target: string } | { reason: string } {
  const problem = blobNameProblem(name);
  return problem ? { reason: problem } : { target: name };
}

export async function blobDestinationScope(side: BlobConnection, source: SourceScope, recursive: boolean): Promise<DestinationScope> {
  const loc = side.loc;
  if (loc.wildcard) throw new UsageError(`the destination "${loc.display}" cannot contain a wildcard`);
  if (source.single) {
    let exactName: string | undefined;
    if (loc.path !== '' && !loc.path.endsWith('/') && !loc.contentsOnly) {
      // "container/a/b" names the blob itself, unless it is an existing virtual folder.
      const exists = await getBlobEntry(side, loc.path, '');
      if (exists) exactName = loc.path;
      else {
        const under = side.container.listBlobsFlat({ prefix: `${loc.path}/` }).byPage({ maxPageSize: 1 });
        const first = await under.next();
        if (first.done || first.value.segment.blobItems.length === 0) exactName = loc.path;
      }
    }
    const prefix = exactName ? '' : withSlash(loc.path);
    const blobNameFor = (n: string) => exactName ?? prefix + n;
    return {
      kind: 'blob',
      list: () =>
        (async function* () {
          for await (const e of source.list()) {
            const found = await getBlobEntry(side, blobNameFor(e.name), '');
            if (found) yield { ...found, name: e.name };
          }
        })(),
      locate: (n) => blobTarget(blobNameFor(n)),
      display: loc.display,
    };
  }
  const prefix = withSlash(loc.path);
  return {
    kind: 'blob',
    list: () => listBlobs(side, { prefix: prefix + source.namePrefix, stripPrefix: prefix, recursive }),
    locate: (n) => blobTarget(prefix + n),
    display: loc.display,
  };
}
