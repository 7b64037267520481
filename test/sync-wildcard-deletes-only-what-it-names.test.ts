// A sync whose source has a wildcard ("site*") names only the objects whose
// first segment matches it. --delete-destination must then delete only
// destination objects the wildcard names and the source lacks — never what
// the wildcard does not name at all (keep/... below), which is not "gone
// from the source", only outside it. Both a local and a blob source.
//
// Real: azcp (in-process CLI), Azurite, local files. Nothing mocked.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startAzurite } from '../scripts/azurite.mjs';
import { azcp } from './helpers/azcp.ts';
import { tempDir, writeTree, putBlobs, listContainer, type Azurite } from './helpers/trees.ts';

let az: Azurite;
let work: string;
let jobDir: string;

before(async () => {
  az = await startAzurite();
  work = tempDir('sync-wildcard');
  jobDir = join(work, 'jobs');
});
after(async () => {
  await az?.stop();
});

// Six objects the wildcard names and that the source still has, two it does
// not name: deleting the two is 2 of 8 (25%), under the default --max-delete.
const SITE = Object.fromEntries(['site1/a.html', 'site1/b.html', 'site1/c.html', 'site2/a.html', 'site2/b.html', 'site2/c.html'].map((n) => [n, n]));
const OUTSIDE = { 'keep/precious.txt': 'precious', 'keep/also.txt': 'also' };

async function names(container: string): Promise<string[]> {
  return (await listContainer(az, container)).map((b) => b.name).sort();
}

test('sync "folder/site*" --delete-destination from a local folder keeps destination objects the wildcard does not name', async () => {
  const src = join(work, 'local');
  writeTree(src, { ...SITE, 'other/not-named.txt': 'x' });
  await putBlobs(az, 'local-wild', { ...SITE, ...OUTSIDE });
  const r = await azcp(['sync', join(src, 'site*'), `${az.serviceUrl}/local-wild`, '--delete-destination', 'true', '--job-dir', jobDir]);
  const left = await names('local-wild');
  for (const n of Object.keys(OUTSIDE)) assert.ok(left.includes(n), `${n} was deleted though "site*" does not name it (exit ${r.code}):\n${r.stdout}${r.stderr}`);
});

test('sync ".../CONTAINER/site*" --delete-destination from a blob source keeps destination objects the wildcard does not name', async () => {
  await putBlobs(az, 'blob-wild-src', { ...SITE, 'other/not-named.txt': 'x' });
  await putBlobs(az, 'blob-wild-dst', { ...SITE, ...OUTSIDE });
  const r = await azcp(['sync', `${az.serviceUrl}/blob-wild-src/site*`, `${az.serviceUrl}/blob-wild-dst`, '--delete-destination', 'true', '--job-dir', jobDir]);
  const left = await names('blob-wild-dst');
  for (const n of Object.keys(OUTSIDE)) assert.ok(left.includes(n), `${n} was deleted though "site*" does not name it (exit ${r.code}):\n${r.stdout}${r.stderr}`);
});
