// --list-of-files: keeps the entries of a sorted listing whose names the
// list names — a listed path is a file, or a folder with everything below
// it — by walking the listing and the sorted list side by side. Memory holds
// only the listed paths that are prefixes of the current name (at most the
// depth of the tree), however long the list and the listing are.
import type { Entry } from './types.ts';
import { compareUtf8 } from './order.ts';

/**
 * `entries` ascending by compareUtf8(name), `list` ascending too (and free
 * of duplicates). Names are compared without `namePrefix` (the list's paths
 * are relative to the source, as the filters' are).
 */
export async function* keepListed<T extends Entry>(entries: AsyncIterable<T>, list: AsyncIterable<string>, namePrefix = ''): AsyncGenerator<T> {
  const paths = list[Symbol.asyncIterator]();
  let next = await paths.next();
  // Listed paths x with x <= name < x + '0': exactly the string prefixes of
  // the name that a later name may still fall under ('/' sorts just before
  // '0', so everything under x/ lies in that range). A chain, longest on top.
  const open: string[] = [];
  try {
    for await (const e of entries) {
      const name = namePrefix && e.name.startsWith(namePrefix) ? e.name.slice(namePrefix.length) : e.name;
      while (open.length && compareUtf8(name, open[open.length - 1] + '0') >= 0) open.pop();
      while (!next.done && compareUtf8(next.value, name) <= 0) {
        if (compareUtf8(name, next.value + '0') < 0) open.push(next.value);
        next = await paths.next();
      }
      if (open.some((x) => name === x || name.startsWith(`${x}/`))) yield e;
    }
  } finally {
    await paths.return?.();
  }
}

/**
 * The paths of a sorted list reduced to the ranges a listing must cover: a
 * path under a listed folder is dropped (the folder covers it). What is
 * left is ascending and no two overlap, so listings under each, one after
 * another in this order, are ascending too — except for a sibling that sorts
 * between a folder's own name and its contents ("a" < "a-b" < "a/x"), which
 * unionOfListings merges.
 */
export async function* outermost(list: AsyncIterable<string>): AsyncGenerator<string> {
  // The paths yielded so far that a later path may still lie under (the
  // same chain of prefixes as in keepListed).
  const chain: string[] = [];
  for await (const p of list) {
    while (chain.length && compareUtf8(p, chain[chain.length - 1] + '0') >= 0) chain.pop();
    if (chain.some((f) => p.startsWith(`${f}/`))) continue;
    chain.push(p);
    yield p;
  }
}

/**
 * The objects under each listed path (`under(p)`: the path itself and
 * everything below it, ascending), as one strictly ascending listing. A
 * path's listing is opened only when the merged output reaches the path,
 * so the listings open at once are those of prefixes of the current name.
 */
export async function* unionOfListings<T extends Entry>(list: AsyncIterable<string>, under: (path: string) => AsyncIterable<T>, namePrefix = ''): AsyncGenerator<T> {
  const paths = outermost(list)[Symbol.asyncIterator]();
  let next = await paths.next();
  const open: Array<{ it: AsyncIterator<T>; head: T; key: string }> = [];
  const keyOf = (e: T) => (namePrefix && e.name.startsWith(namePrefix) ? e.name.slice(namePrefix.length) : e.name);
  let last: string | undefined;
  try {
    for (;;) {
      let min = -1;
      for (let i = 0; i < open.length; i++) if (min < 0 || compareUtf8(open[i].key, open[min].key) < 0) min = i;
      if (!next.done && (min < 0 || compareUtf8(next.value, open[min].key) <= 0)) {
        const it = under(next.value)[Symbol.asyncIterator]();
        const first = await it.next();
        if (!first.done) open.push({ it, head: first.value, key: keyOf(first.value) });
        next = await paths.next();
        continue;
      }
      if (min < 0) return;
      const s = open[min];
      // Two listed paths can both hold one object only if one is a prefix
      // of the other's listing range; it is given once.
      if (last === undefined || compareUtf8(s.key, last) > 0) {
        last = s.key;
        yield s.head;
      }
      const r = await s.it.next();
      if (r.done) open.splice(min, 1);
      else {
        s.head = r.value;
        s.key = keyOf(r.value);
      }
    }
  } finally {
    for (const s of open) await s.it.return?.();
    await paths.return(undefined);
  }
}
