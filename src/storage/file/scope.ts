// What a share URL names as a source, destination or target, by AzCopy's
// rules as for blobs (blob/scope.ts): a path is a file, or a directory
// (copying `site` names its files `site/…`), or the whole share (copied
// under SHARE/). Directories are real here: a path that is neither a file
// nor a directory does not exist.
import { basename } from 'node:path';
import { UsageError } from '../../contract/errors.ts';
import type { DestinationScope, ScopeEvents, ScopeRules, SourceScope, TargetScope } from '../side.ts';
import { byWildcard, one, parentPrefix, renamed, wildcardMatcher, withSlash, foundAt } from '../naming.ts';
import type { FileConnection } from './client.ts';
import type { FileEntry } from './entry.ts';
import { emptyDirectories, listFiles } from './list.ts';
import { directoryExists, getFileEntry } from './objects.ts';
import { fileNameProblem } from './name.ts';

const trimmed = (path: string) => path.replace(/\/+$/, '');

export async function fileSourceScope(c: FileConnection, rules: ScopeRules, ev: ScopeEvents): Promise<SourceScope<FileEntry>> {
  const { command, recursive } = rules;
  const loc = c.loc;
  const path = trimmed(loc.path);
  const listing = (dir: string, strip: string, rec: boolean, quiet?: boolean) =>
    listFiles(c, { dir, strip, recursive: rec, onProblem: quiet ? undefined : (p, error) => ev.onProblem({ path: p, error }) });
  const under = (full: string, strip: string, quiet?: boolean) => listPath(c, full, strip, (dir) => listing(dir, strip, true, quiet));
  if (path === '' && !loc.contentsOnly && command === 'copy') {
    // A whole share copies as a folder does: under SHARE/ (AzCopy's rule).
    const namePrefix = `${loc.container}/`;
    return {
      namePrefix,
      single: false,
      list: (quiet) => renamed(listing('', '', recursive, quiet), namePrefix),
      listUnder: recursive ? (p, quiet) => renamed(under(trimmed(p), '', quiet), namePrefix) : undefined,
      emptyFolders: recursive ? () => prefixed(emptyDirectories(c, '', ''), namePrefix) : undefined,
    };
  }
  if (loc.contentsOnly || path === '') {
    if (!(await directoryExists(c, path))) throw new UsageError(`the source "${loc.display}" does not exist: no directory ${path} in share "${loc.container}"`);
    const prefix = withSlash(path);
    return {
      namePrefix: '',
      single: false,
      list: (quiet) => byWildcard(listing(path, prefix, recursive, quiet), loc.wildcard, ''),
      selects: loc.wildcard ? wildcardMatcher(loc.wildcard, '') : undefined,
      listUnder: recursive ? (p, quiet) => byWildcard(under(prefix + trimmed(p), prefix, quiet), loc.wildcard, '') : undefined,
      emptyFolders: recursive ? () => emptyDirectories(c, path, prefix) : undefined,
    };
  }
  if (!loc.path.endsWith('/')) {
    const exact = await getFileEntry(c, path, parentPrefix(path));
    if (exact) return { namePrefix: '', single: true, list: () => one(exact) };
    // A file SAS (sr=f) names a file, and cannot ask whether a directory is there.
    if (c.oneFile) throw new UsageError(`the source "${loc.display}" does not exist: no file ${path} in share "${loc.container}"`);
  }
  if (!(await directoryExists(c, path))) {
    throw new UsageError(`the source "${loc.display}" does not exist: no file or directory of that name in share "${loc.container}"`);
  }
  if (command === 'copy' && !recursive) {
    throw new UsageError(`the source "${loc.display}" is a directory, not a file: add --recursive to copy what is under it, or write ".../${basename(path)}/*"`);
  }
  const prefix = `${path}/`;
  const strip = command === 'copy' ? parentPrefix(path) : prefix;
  return {
    namePrefix: prefix.slice(strip.length),
    single: false,
    list: (quiet) => listing(path, strip, recursive, quiet),
    listUnder: recursive ? (p, quiet) => under(prefix + trimmed(p), strip, quiet) : undefined,
    emptyFolders: recursive ? () => emptyDirectories(c, path, strip) : undefined,
  };
}

/**
 * listUnder for one listed path (--list-of-files): the file of that path,
 * or else everything in the directory of that path. A name is a file or a
 * directory on a share, never both, so this is what a string prefix
 * listing gives the caller (`path` and what is under `path/`), in order,
 * in one Get File Properties for a file and a listing per directory for a
 * directory, never a walk of the share.
 */
async function* listPath(c: FileConnection, full: string, strip: string, directory: (dir: string) => AsyncIterable<FileEntry>): AsyncGenerator<FileEntry> {
  const file = await getFileEntry(c, full, strip);
  if (file) {
    yield file;
    return;
  }
  yield* directory(full);
}

async function* prefixed(names: AsyncIterable<string>, prefix: string): AsyncGenerator<string> {
  for await (const n of names) yield prefix + n;
}

/** A destination path in the share, or why it cannot be one (never sent then). */
export function fileTarget(path: string): { target: string } | { reason: string } {
  const problem = fileNameProblem(path);
  return problem ? { reason: problem } : { target: path };
}

export async function fileDestinationScope(c: FileConnection, source: SourceScope, rules: ScopeRules): Promise<DestinationScope<FileEntry>> {
  const loc = c.loc;
  if (loc.wildcard) throw new UsageError(`the destination "${loc.display}" cannot contain a wildcard`);
  const path = trimmed(loc.path);
  if (source.single) {
    // "share/a/b" names the file itself, unless it is an existing directory.
    // A file SAS (sr=f) names the file itself, and cannot ask whether a directory is there.
    const exactName = path !== '' && !loc.path.endsWith('/') && !loc.contentsOnly && (c.oneFile || !(await directoryExists(c, path))) ? path : undefined;
    const prefix = exactName ? '' : withSlash(path);
    const pathFor = (n: string) => exactName ?? prefix + n;
    return {
      list: () => foundAt(source.list(), (n) => getFileEntry(c, pathFor(n), '')),
      locate: (n) => fileTarget(pathFor(n)),
    };
  }
  if (c.oneFile) throw new UsageError(`the destination "${loc.display}" has a file SAS (sr=f), which grants one file only, but the source is not one file: use a share SAS (sr=s)`);
  const prefix = withSlash(path);
  const root = trimmed(prefix + source.namePrefix);
  return {
    list: () => listFiles(c, { dir: root, strip: prefix, recursive: rules.recursive }),
    listUnder: rules.recursive
      ? (p) => listPath(c, trimmed(prefix + source.namePrefix + p), prefix, (dir) => listFiles(c, { dir, strip: prefix, recursive: true }))
      : undefined,
    locate: (n) => fileTarget(prefix + n),
  };
}

/**
 * What list and remove work on: a path naming one file is that file alone;
 * otherwise every file below the directory, the wildcard choosing by first
 * segment. list names files relative to the path, remove relative to the share.
 */
export async function fileTargetScope(c: FileConnection, use: 'list' | 'remove'): Promise<TargetScope<FileEntry>> {
  const loc = c.loc;
  const path = trimmed(loc.path);
  const single = path && !loc.path.endsWith('/') && !loc.contentsOnly ? await getFileEntry(c, path, '') : undefined;
  const prefix = withSlash(path);
  const strip = use === 'list' ? prefix : '';
  const everything = (s: string) => listFiles(c, { dir: path, strip: s, recursive: true });
  return {
    single,
    async *list(signal) {
      const named = loc.wildcard ? wildcardMatcher(loc.wildcard, strip === '' ? prefix : '') : () => true;
      for await (const e of everything(strip)) {
        signal?.throwIfAborted();
        if (named(e.name)) yield e;
      }
    },
    async any() {
      for await (const _ of everything('')) return true;
      return false;
    },
    relist: () =>
      single
        ? (async function* () {
            const still = await getFileEntry(c, single.fullName, '');
            if (still) yield still;
          })()
        : everything(''),
  };
}
