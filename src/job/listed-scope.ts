// Both sides of a job narrowed to --list-of-files. A short list next to a
// big container is served by one listing per listed path (when the
// backend offers listUnder), not by a listing of everything; a long list
// walks the whole listing beside the sorted list. Either way the result is
// strictly ascending (the merge-join checks it) and holds the listed paths
// and what lies under them, nothing else.
import type { Entry } from '../engine/types.ts';
import { keepListed, unionOfListings } from '../engine/listed.ts';
import type { DestinationScope, SourceScope } from '../storage/side.ts';
import type { ListOfFiles } from './list-of-files.ts';

/** Up to this many listed paths, each is listed on its own (one request or a few per path). */
export const LIST_BY_PATH_MAX = 1000;

export function byPath(scope: { listUnder?: unknown }, listed: ListOfFiles): boolean {
  return !!scope.listUnder && listed.count <= LIST_BY_PATH_MAX;
}

export function listedSource<E extends Entry>(source: SourceScope<E>, listed: ListOfFiles | undefined, quiet?: boolean): AsyncIterable<E> {
  if (!listed) return source.list(quiet);
  const base = byPath(source, listed) ? unionOfListings(listed.paths(), (p) => source.listUnder!(p, quiet), source.namePrefix) : source.list(quiet);
  return keepListed(base, listed.paths(), source.namePrefix);
}

export function listedDestination<E extends Entry>(destination: DestinationScope<E>, listed: ListOfFiles | undefined, namePrefix: string): AsyncIterable<E> {
  if (!listed) return destination.list();
  const base = byPath(destination, listed) ? unionOfListings(listed.paths(), (p) => destination.listUnder!(p), namePrefix) : destination.list();
  return keepListed(base, listed.paths(), namePrefix);
}
