// Include/exclude filters with AzCopy's meaning, compiled once into a single
// predicate. The predicate runs once per listed object (millions of times in
// a large sync), so every pattern, path and regex is prepared up front and
// the predicate only contains the checks the user actually asked for.
//
// An entry is kept when it passes every active check; each exclude is its
// own check, so an exclude always wins over an include.
import picomatch from 'picomatch';
import type { FilterOptions } from '../contract/options.ts';
import type { Entry } from './types.ts';

export type EntryFilter = (entry: Entry) => boolean;

const KEEP_ALL: EntryFilter = () => true;

/** True when at least one filter is set, i.e. makeFilter would not keep everything. */
export function hasFilters(opts: FilterOptions): boolean {
  return (
    opts.includePattern.length > 0 ||
    opts.excludePattern.length > 0 ||
    opts.includePath.length > 0 ||
    opts.excludePath.length > 0 ||
    opts.includeRegex.length > 0 ||
    opts.excludeRegex.length > 0 ||
    opts.includeAfter !== undefined ||
    opts.includeBefore !== undefined
  );
}

/** The part of a '/'-separated relative name after the last '/'. */
export function baseName(name: string): string {
  return name.slice(name.lastIndexOf('/') + 1);
}

/**
 * Compiles `;`-split globs (`*`, `?`, `[abc]`, also `{a,b}`) into one
 * name-matcher. Case-sensitive; `*` matches dotfiles, as in AzCopy.
 * `windows: false` keeps '\' a literal character on every OS, so a pattern
 * means the same thing on a Windows agent as on Linux.
 */
export function compileGlobs(patterns: string[]): (baseName: string) => boolean {
  const regexes = patterns.map((p) => picomatch.makeRe(p, { dot: true, windows: false }));
  if (regexes.length === 1) {
    const [only] = regexes;
    return (s) => only.test(s);
  }
  return (s) => regexes.some((re) => re.test(s));
}

/**
 * Compiles path prefixes into a matcher: a name matches a path when it is
 * that path or lies below it. `dir` matches `dir` and `dir/x`, never `dir2`.
 * An empty path (the root) matches everything.
 */
export function compilePaths(paths: string[]): (name: string) => boolean {
  if (paths.includes('')) return () => true;
  const exact = new Set(paths);
  const prefixes = paths.map((p) => p + '/');
  return (name) => exact.has(name) || prefixes.some((prefix) => name.startsWith(prefix));
}

function compileRegexes(sources: string[]): (name: string) => boolean {
  // No 'g' or 'y' flag: those make RegExp.test stateful (lastIndex).
  const regexes = sources.map((s) => new RegExp(s));
  return (name) => regexes.some((re) => re.test(name));
}

/** Builds the keep/drop predicate for listed entries. */
export function makeFilter(opts: FilterOptions): EntryFilter {
  // Cheapest checks first, so most rejections cost a number comparison.
  const checks: EntryFilter[] = [];

  const { includeAfter, includeBefore } = opts;
  if (includeAfter !== undefined) checks.push((e) => e.mtimeMs >= includeAfter);
  if (includeBefore !== undefined) checks.push((e) => e.mtimeMs <= includeBefore);

  if (opts.includePath.length > 0) {
    const under = compilePaths(opts.includePath);
    checks.push((e) => under(e.name));
  }
  if (opts.excludePath.length > 0) {
    const under = compilePaths(opts.excludePath);
    checks.push((e) => !under(e.name));
  }

  if (opts.includePattern.length > 0) {
    const matches = compileGlobs(opts.includePattern);
    checks.push((e) => matches(baseName(e.name)));
  }
  if (opts.excludePattern.length > 0) {
    const matches = compileGlobs(opts.excludePattern);
    checks.push((e) => !matches(baseName(e.name)));
  }

  if (opts.includeRegex.length > 0) {
    const matches = compileRegexes(opts.includeRegex);
    checks.push((e) => matches(e.name));
  }
  if (opts.excludeRegex.length > 0) {
    const matches = compileRegexes(opts.excludeRegex);
    checks.push((e) => !matches(e.name));
  }

  if (checks.length === 0) return KEEP_ALL;
  if (checks.length === 1) return checks[0];
  return (entry) => {
    for (const check of checks) if (!check(entry)) return false;
    return true;
  };
}

/** Passes through the entries of a (sorted) listing that `keep` accepts; order is preserved. */
export async function* filterEntries(entries: AsyncIterable<Entry>, keep: EntryFilter): AsyncGenerator<Entry> {
  for await (const entry of entries) if (keep(entry)) yield entry;
}
