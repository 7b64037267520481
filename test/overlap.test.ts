// Which source/destination pairs are refused as overlapping, decided from
// the URLs alone, before any request (the refusals themselves, end to end,
// are rows in bad-input.test.ts). Pure: no emulator needed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseJobOptions } from '../src/job/options.ts';

const U = 'http://127.0.0.1:10000/devstoreaccount1';
const job = (mode: string, source: string, destination: string, extra: Record<string, string> = {}) => () =>
  parseJobOptions({ mode, source, destination, jobDir: '/tmp/unused', ...extra });

test('refused: destination inside the source, on segment boundaries, for copy and sync', () => {
  assert.throws(job('sync', `${U}/cnt`, `${U}/cnt/sub`), /is inside the source/);
  assert.throws(job('copy', `${U}/cnt/a/*`, `${U}/cnt/a/b/cnt`, { recursive: 'true' }), /is inside the source/);
  assert.throws(job('copy', `${U}/cnt/st*`, `${U}/cnt`), /are the same|inside the source/);
  assert.throws(job('sync', 'https://acct.blob.core.windows.net/cnt/x', 'https://ACCT.blob.core.windows.net/cnt/x/'), /are the same/);
});

test('refused: sync --delete-destination whose destination holds the source', () => {
  assert.throws(job('sync', `${U}/cnt/sub`, `${U}/cnt/`, { deleteDestination: 'true' }), /would delete the source itself/);
});

test('allowed: neighbours, other containers, other accounts, and a source inside the destination without deletions', () => {
  assert.doesNotThrow(job('sync', `${U}/cnt/sub`, `${U}/cnt/subfolder`));
  assert.doesNotThrow(job('sync', `${U}/cnt/subfolder`, `${U}/cnt/sub`, { deleteDestination: 'true' }));
  assert.doesNotThrow(job('sync', `${U}/cnt1`, `${U}/cnt1x/cnt1`));
  assert.doesNotThrow(job('sync', `${U}/cnt`, 'http://127.0.0.1:10000/otheraccount/cnt/sub'));
  assert.doesNotThrow(job('sync', 'https://a.blob.core.windows.net/cnt', 'https://b.blob.core.windows.net/cnt/sub'));
  assert.doesNotThrow(job('sync', `${U}/cnt/sub`, `${U}/cnt`));
  assert.doesNotThrow(job('copy', `${U}/cnt/a.txt`, `${U}/cnt/a.txt.bak`));
});

test('refused: a copy of a named blob or folder into its own parent, where it would land on itself', () => {
  assert.throws(job('copy', `${U}/cnt/keep/me.txt`, `${U}/cnt/keep/`), /land on the source itself/);
  assert.throws(job('copy', `${U}/cnt/keep/me.txt`, `${U}/cnt/keep`), /land on the source itself/);
  assert.throws(job('copy', `${U}/cnt/keep`, `${U}/cnt`, { recursive: 'true' }), /land on the source itself/);
  // Its contents into the parent, or the blob into a sibling folder, land elsewhere.
  assert.doesNotThrow(job('copy', `${U}/cnt/keep/*`, `${U}/cnt`, { recursive: 'true' }));
  assert.doesNotThrow(job('copy', `${U}/cnt/keep/me.txt`, `${U}/cnt/other/`));
});
