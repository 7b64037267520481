// What a blob URL names as a source, destination or target, by AzCopy's
// rules: a path is a blob, or a virtual folder (copying `site` names its
// blobs `site/…`), or a whole container (copied under CONTAINER/).
import { basename } from 'node:path';
import { UsageError } from '../../contract/errors.ts';
import type { DestinationScope, ScopeEvents, ScopeRules, SourceScope, TargetScope } from '../side.ts';
import { QUIET, byWildcard, one, parentPrefix, renamed, wildcardMatcher, withSlash, foundAt } from '../naming.ts';
import type { BlobConnection } from './client.ts';
import type { BlobEntry } from './entry.ts';
import { listBlobs } from './list.ts';
import { getBlobEntry, hasBlobsUnder } from './objects.ts';
import { blobNameProblem } from './name.ts';

export async function blobSourceScope(side: BlobConnection, rules: ScopeRules, ev: ScopeEvents): Promise<SourceScope<BlobEntry>> {
  const { command, recursive } = rules;
  const loc = side.loc;
  const path = loc.path.replace(/\/+$/, '');
  const listing = (prefix: string, strip: string, rec: boolean, quiet?: boolean) =>
    listBlobs(side, { prefix, stripPrefix: strip, recursive: rec, onSkip: (quiet ? QUIET : ev).onSkip });
  if (path === '' && !loc.contentsOnly && command === 'copy') {
    // A whole container copies as a folder does: under CONTAINER/ (AzCopy's
    // rule; ".../CONTAINER/*" copies its contents).
    const namePrefix = `${loc.container}/`;
    return {
      namePrefix,
      single: false,
      list: (quiet) => renamed(listing('', '', recursive, quiet), namePrefix),
      listUnder: recursive ? (p, quiet) => renamed(listing(p, '', true, quiet), namePrefix) : undefined,
    };
  }
  if (loc.contentsOnly || path === '') {
    const prefix = withSlash(path);
    return {
      namePrefix: '',
      single: false,
      list: (quiet) => byWildcard(listing(prefix, prefix, recursive, quiet), loc.wildcard, ''),
      selects: loc.wildcard ? wildcardMatcher(loc.wildcard, '') : undefined,
      listUnder: recursive ? (p, quiet) => byWildcard(listing(prefix + p, prefix, true, quiet), loc.wildcard, '') : undefined,
    };
  }
  if (!loc.path.endsWith('/')) {
    const exact = await getBlobEntry(side, path, parentPrefix(path));
    if (exact) return { namePrefix: '', single: true, list: () => one(exact) };
    // A blob SAS (sr=b) names a blob, and cannot list what is under a folder.
    if (side.oneBlob) throw new UsageError(`the source "${loc.display}" does not exist: no blob ${path} in container "${loc.container}"`);
  }
  // A virtual folder — or nothing at all, which deserves its own message.
  const prefix = `${path}/`;
  if (!(await hasBlobsUnder(side, prefix))) {
    throw new UsageError(`the source "${loc.display}" does not exist: no blob of that name and nothing under ${prefix} in container "${loc.container}"`);
  }
  if (command === 'copy' && !recursive) {
    throw new UsageError(`the source "${loc.display}" is a virtual folder, not a blob: add --recursive to copy what is under it, or write ".../${basename(path)}/*"`);
  }
  const strip = command === 'copy' ? parentPrefix(path) : prefix;
  return {
    namePrefix: prefix.slice(strip.length),
    single: false,
    list: (quiet) => listing(prefix, strip, recursive, quiet),
    listUnder: recursive ? (p, quiet) => listing(prefix + p, strip, true, quiet) : undefined,
  };
}

/** A destination blob name, or why it cannot be one (never sent then). */
export function blobTarget(name: string): { target: string } | { reason: string } {
  const problem = blobNameProblem(name);
  return problem ? { reason: problem } : { target: name };
}

export async function blobDestinationScope(side: BlobConnection, source: SourceScope, rules: ScopeRules): Promise<DestinationScope<BlobEntry>> {
  const { recursive } = rules;
  const loc = side.loc;
  if (loc.wildcard) throw new UsageError(`the destination "${loc.display}" cannot contain a wildcard`);
  if (source.single) {
    let exactName: string | undefined;
    if (loc.path !== '' && !loc.path.endsWith('/') && !loc.contentsOnly) {
      // "container/a/b" names the blob itself, unless it is an existing virtual folder.
      // A blob SAS (sr=b) names the blob itself, and cannot list a folder.
      const exists = side.oneBlob || (await getBlobEntry(side, loc.path, ''));
      if (exists) exactName = loc.path;
      else {
        if (!(await hasBlobsUnder(side, `${loc.path}/`))) exactName = loc.path;
      }
    }
    const prefix = exactName ? '' : withSlash(loc.path);
    const blobNameFor = (n: string) => exactName ?? prefix + n;
    return {
      list: () => foundAt(source.list(), (n) => getBlobEntry(side, blobNameFor(n), '')),
      locate: (n) => blobTarget(blobNameFor(n)),
    };
  }
  if (side.oneBlob) throw new UsageError(`the destination "${loc.display}" has a blob SAS (sr=b), which grants one blob only, but the source is not one file or blob: use a container SAS`);
  const prefix = withSlash(loc.path);
  return {
    list: () => listBlobs(side, { prefix: prefix + source.namePrefix, stripPrefix: prefix, recursive }),
    listUnder: recursive ? (p) => listBlobs(side, { prefix: prefix + source.namePrefix + p, stripPrefix: prefix, recursive: true }) : undefined,
    locate: (n) => blobTarget(prefix + n),
  };
}

/**
 * What list and remove work on. A path naming one blob is that blob alone;
 * otherwise everything below the path, the wildcard choosing by first
 * segment. list names objects relative to the path, remove relative to the
 * container.
 */
export async function blobTargetScope(side: BlobConnection, use: 'list' | 'remove'): Promise<TargetScope<BlobEntry>> {
  const loc = side.loc;
  const single = loc.path && !loc.path.endsWith('/') && !loc.contentsOnly ? await getBlobEntry(side, loc.path, '') : undefined;
  const prefix = withSlash(loc.path);
  const strip = use === 'list' ? prefix : '';
  const everything = () => listBlobs(side, { prefix, stripPrefix: strip, recursive: true });
  return {
    single,
    async *list(signal) {
      // A wildcard in the URL chooses what is under the URL at all: only
      // names whose first segment below the path match it.
      const named = loc.wildcard ? wildcardMatcher(loc.wildcard, strip === '' ? prefix : '') : () => true;
      for await (const e of everything()) {
        // Cancelled (Ctrl-C, or nobody reads the listing any more): stop listing.
        signal?.throwIfAborted();
        if (named(e.name)) yield e;
      }
    },
    async any() {
      for await (const _ of listBlobs(side, { prefix, stripPrefix: '', recursive: true })) return true;
      return false;
    },
    relist: () =>
      single
        ? (async function* () {
            const still = await getBlobEntry(side, single.blobName, '');
            if (still) yield still;
          })()
        : listBlobs(side, { prefix, stripPrefix: '', recursive: true }),
  };
}
