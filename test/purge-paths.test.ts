// Which URL paths a deploy purges (pure: no server): each object written or
// deleted as /NAME (percent-encoded per segment), plus the folder path of
// each index.html; past --purge-max-paths, everything (/*).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Published } from '../src/job/publish/published.ts';
import { batches } from '../src/job/publish/cdn-purge.ts';

test('each changed object is its own path; an index page also purges its folder', () => {
  const p = new Published(100);
  for (const n of ['index.html', 'docs/index.html', 'docs/a b.css', 'ünï/x.js', 'docs/index.html']) p.touched(n);
  assert.deepEqual(p.purgePaths(), { paths: ['/', '/docs/', '/docs/a%20b.css', '/docs/index.html', '/index.html', '/%C3%BCn%C3%AF/x.js'].sort(), everything: false });
  assert.equal(p.changed, 5);
});

test('past the cap the purge is /*, and no more names are held', () => {
  const p = new Published(3);
  for (let i = 0; i < 10; i++) p.touched(`f${i}.js`);
  assert.deepEqual(p.purgePaths(), { paths: ['/*'], everything: true });
  assert.equal(p.changed, 10);
});

test('paths go to ARM in batches of at most 100', () => {
  const paths = Array.from({ length: 250 }, (_, i) => `/${i}`);
  assert.deepEqual(batches(paths).map((b) => b.length), [100, 100, 50]);
});
