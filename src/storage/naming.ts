// AzCopy's naming, shared by every backend: what the last segment of a path
// means ('dir/*' = the folder's contents, 'dir/*.txt' = a wildcard over them),
// and the small stream helpers every scope is built from.
import picomatch from 'picomatch';
import type { Entry } from '../engine/types.ts';
import { escapeGlob } from './url-name.ts';
import type { ScopeEvents } from './side.ts';

/**
 * A local path's last segment as a folder plus a wildcard. As in AzCopy,
 * only '*' is a wildcard in a local path: '?', '[' and ']' are common in
 * real file names (report[1].txt, site[v2]), and read as a glob they named
 * other files — report[1].txt uploaded report1.txt. The wildcard goes to
 * picomatch with every other character escaped.
 */
export function splitWildcard(path: string): { base: string; contentsOnly: boolean; wildcard?: string } {
  const normalised = path.replace(/\\/g, '/');
  const slash = normalised.lastIndexOf('/');
  const last = normalised.slice(slash + 1);
  if (last === '*') return { base: path.slice(0, slash >= 0 ? slash : 0) || (slash === 0 ? '/' : '.'), contentsOnly: true };
  if (last.includes('*')) {
    return { base: slash >= 0 ? path.slice(0, slash) || '/' : '.', contentsOnly: true, wildcard: last.split('*').map(escapeGlob).join('*') };
  }
  return { base: path, contentsOnly: false };
}

/** Events for a second listing (the reconciliation): what the first reported is not reported again. */
export const QUIET: ScopeEvents = { onProblem: () => {}, onSkip: () => {} };

/** The part of a path up to and including its last '/'. */
export function parentPrefix(path: string): string {
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
export async function* byWildcard<T extends Entry>(items: AsyncIterable<T>, wildcard: string | undefined, prefix: string): AsyncGenerator<T> {
  if (!wildcard) return yield* items;
  const match = wildcardMatcher(wildcard, prefix);
  for await (const e of items) if (match(e.name)) yield e;
}

/** The same entries with `prefix` in front of each job name. */
export async function* renamed<T extends Entry>(items: AsyncIterable<T>, prefix: string): AsyncGenerator<T> {
  for await (const e of items) yield { ...e, name: prefix + e.name };
}

export async function* one<T>(item: T | undefined): AsyncGenerator<T> {
  if (item !== undefined) yield item;
}

/**
 * A destination of a one-object source: for each source entry, what the
 * destination holds where that entry goes (`stat` of its name), under the
 * source entry's name. Nothing there: nothing listed.
 */
export async function* foundAt<T extends Entry>(source: AsyncIterable<Entry>, stat: (name: string) => Promise<T | undefined>): AsyncGenerator<T> {
  for await (const e of source) {
    const found = await stat(e.name);
    if (found) yield { ...found, name: e.name };
  }
}
