import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeFilter, hasFilters, filterEntries, baseName } from '../src/engine/filters.ts';
import type { FilterOptions } from '../src/contract/options.ts';
import type { Entry } from '../src/engine/types.ts';

const none: FilterOptions = { includePattern: [], excludePattern: [], includePath: [], excludePath: [], includeRegex: [], excludeRegex: [] };
const filter = (over: Partial<FilterOptions>) => makeFilter({ ...none, ...over });
const entry = (name: string, mtimeMs = 1000): Entry => ({ name, size: 1, mtimeMs });

/** The names in `all` that the filter keeps. */
const kept = (keep: (e: Entry) => boolean, all: string[]) => all.filter((n) => keep(entry(n)));

test('no filters keeps everything, and hasFilters says so', () => {
  assert.equal(hasFilters(none), false);
  assert.deepEqual(kept(makeFilter(none), ['a', '.x', 'd/e']), ['a', '.x', 'd/e']);
  assert.equal(hasFilters({ ...none, includeBefore: 0 }), true, 'a time of 0 is still a filter');
  assert.equal(hasFilters({ ...none, excludeRegex: ['x'] }), true);
});

test('baseName is the part after the last slash', () => {
  assert.equal(baseName('a/b/c.txt'), 'c.txt');
  assert.equal(baseName('c.txt'), 'c.txt');
});

test('includePattern matches the base name with * ? and [abc], case-sensitively', () => {
  const keep = filter({ includePattern: ['*.js', 'file?.txt', '[ab]*.css'] });
  assert.deepEqual(
    kept(keep, ['app.js', 'deep/dir/app.js', 'APP.JS', 'app.jsx', 'file1.txt', 'file12.txt', 'a.css', 'b/c.css', 'c.css', 'x/b.css']),
    ['app.js', 'deep/dir/app.js', 'file1.txt', 'a.css', 'x/b.css'],
  );
});

test('a pattern is matched against the base name only, not the folders above it', () => {
  // "src*" must not keep src/readme.md just because a folder is called src.
  assert.deepEqual(kept(filter({ includePattern: ['src*'] }), ['src/readme.md', 'srcmap', 'x/src.txt']), ['srcmap', 'x/src.txt']);
});

test('* matches dotfiles, in include and exclude patterns', () => {
  assert.deepEqual(kept(filter({ includePattern: ['*'] }), ['.env', 'd/.gitignore', 'a']), ['.env', 'd/.gitignore', 'a']);
  assert.deepEqual(kept(filter({ includePattern: ['*.js'] }), ['.eslintrc.js', '.js']), ['.eslintrc.js', '.js']);
  assert.deepEqual(kept(filter({ excludePattern: ['*.tmp'] }), ['.cache.tmp', 'keep']), ['keep']);
});

test('excludePattern wins over includePattern', () => {
  const keep = filter({ includePattern: ['*.js'], excludePattern: ['*.min.js'] });
  assert.deepEqual(kept(keep, ['a.js', 'a.min.js', 'b.css']), ['a.js']);
});

test('a backslash in a pattern means the same on every OS (not a path separator)', () => {
  // Blob names may hold '\'; with Windows path semantics '*' would stop at it.
  assert.deepEqual(kept(filter({ includePattern: ['a*'] }), ['a\\b']), ['a\\b']);
});

test('includePath keeps the path itself and everything below it, but not a sibling sharing its prefix', () => {
  const keep = filter({ includePath: ['dir', 'one/file.txt'] });
  assert.deepEqual(
    kept(keep, ['dir', 'dir/a', 'dir/sub/b', 'dir2', 'dir2/a', 'dirx', 'one/file.txt', 'one/file.txt.bak', 'one/other', 'top']),
    ['dir', 'dir/a', 'dir/sub/b', 'one/file.txt'],
  );
});

test('excludePath drops the path and everything below it, but not a sibling sharing its prefix', () => {
  const keep = filter({ excludePath: ['dir'] });
  assert.deepEqual(kept(keep, ['dir', 'dir/a', 'dir2', 'dir2/a', 'di']), ['dir2', 'dir2/a', 'di']);
});

test('excludePath wins over includePath', () => {
  const keep = filter({ includePath: ['logs'], excludePath: ['logs/old'] });
  assert.deepEqual(kept(keep, ['logs/new/1', 'logs/old/1', 'logs/older/1', 'x']), ['logs/new/1', 'logs/older/1']);
});

test('includeRegex and excludeRegex test the full relative name', () => {
  assert.deepEqual(kept(filter({ includeRegex: ['^reports/\\d{4}/', 'final$'] }), ['reports/2024/a', 'reports/x/a', 'b/final', 'final.txt']), ['reports/2024/a', 'b/final']);
  assert.deepEqual(kept(filter({ excludeRegex: ['/tmp/'] }), ['a/tmp/b', 'tmp/b', 'a/tmpx/b']), ['tmp/b', 'a/tmpx/b']);
  assert.deepEqual(kept(filter({ includeRegex: ['\\.log$'], excludeRegex: ['debug'] }), ['a.log', 'debug.log', 'a.txt']), ['a.log']);
});

test('a regex is matched the same way on every call (no lastIndex state)', () => {
  const keep = filter({ includeRegex: ['a'] });
  for (let i = 0; i < 3; i++) assert.equal(keep(entry('a')), true);
});

test('includeAfter and includeBefore keep an inclusive time window', () => {
  const keep = filter({ includeAfter: 2000, includeBefore: 3000 });
  assert.deepEqual(
    [1999, 2000, 2500, 3000, 3001].map((t) => keep(entry('f', t))),
    [false, true, true, true, false],
  );
  assert.equal(filter({ includeAfter: 2000 })(entry('f', 9e12)), true);
  assert.equal(filter({ includeBefore: 2000 })(entry('f', 0)), true);
});

test('every filter kind applies together: an entry must pass all of them', () => {
  const keep = filter({
    includePattern: ['*.csv'],
    excludePattern: ['skip*'],
    includePath: ['data'],
    excludePath: ['data/private'],
    includeRegex: ['20\\d\\d'],
    excludeRegex: ['draft'],
    includeAfter: 100,
  });
  assert.equal(keep(entry('data/2024/x.csv')), true);
  assert.equal(keep(entry('data/2024/x.csv', 50)), false, 'too old');
  assert.equal(keep(entry('data/2024/x.txt')), false, 'pattern');
  assert.equal(keep(entry('data/2024/skip.csv')), false, 'exclude pattern');
  assert.equal(keep(entry('other/2024/x.csv')), false, 'path');
  assert.equal(keep(entry('data/private/2024/x.csv')), false, 'exclude path');
  assert.equal(keep(entry('data/x.csv')), false, 'regex');
  assert.equal(keep(entry('data/2024/draft.csv')), false, 'exclude regex');
});

test('filterEntries passes kept entries through in order', async () => {
  async function* all() {
    for (const n of ['a.js', 'b.css', 'c.js']) yield entry(n);
  }
  const out: string[] = [];
  for await (const e of filterEntries(all(), filter({ includePattern: ['*.js'] }))) out.push(e.name);
  assert.deepEqual(out, ['a.js', 'c.js']);
});
