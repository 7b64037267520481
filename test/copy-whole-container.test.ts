// Copying a whole container works as copying a folder does (AzCopy's rule):
// `copy URL/CONTAINER out --recursive` makes out/CONTAINER/..., while
// `URL/CONTAINER/*` copies the contents and sync always works on contents.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startAzurite } from '../scripts/azurite.mjs';
import { azcp } from './helpers/azcp.ts';
import { tempDir, createContainer, putBlobs, sha256Map, listContainer, type Azurite } from './helpers/trees.ts';

let az: Azurite;
let work: string;

before(async () => {
  az = await startAzurite();
  await createContainer(az, 'whole');
  await putBlobs(az, 'whole', { 'a.txt': 'a', 'd/b.txt': 'b' });
  work = tempDir('whole');
});
after(async () => {
  await az?.stop();
});

test('downloading a container with --recursive creates out/CONTAINER/...', async () => {
  const out = join(work, 'out');
  const r = await azcp(['copy', `${az.serviceUrl}/whole`, out, '--recursive', '--job-dir', join(work, 'jobs')]);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(Object.keys(sha256Map(out)).sort(), ['whole/a.txt', 'whole/d/b.txt']);

  // Again: the second run finds everything in place (the names agree on both sides).
  const again = await azcp(['copy', `${az.serviceUrl}/whole`, out, '--recursive', '--overwrite', 'false', '--job-dir', join(work, 'jobs')]);
  assert.equal(again.code, 0, again.stderr);
  assert.match(again.stdout + again.stderr, /0 transferred, 2 skipped/);
});

test('CONTAINER/* copies the contents, and sync works on contents', async () => {
  const contents = join(work, 'contents');
  const r = await azcp(['copy', `${az.serviceUrl}/whole/*`, contents, '--recursive', '--job-dir', join(work, 'jobs')]);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(Object.keys(sha256Map(contents)).sort(), ['a.txt', 'd/b.txt']);

  const synced = join(work, 'synced');
  const s = await azcp(['sync', `${az.serviceUrl}/whole`, synced, '--job-dir', join(work, 'jobs')]);
  assert.equal(s.code, 0, s.stderr);
  assert.deepEqual(Object.keys(sha256Map(synced)).sort(), ['a.txt', 'd/b.txt']);
});

test('a container copied to another container lands under its name there too', async () => {
  await createContainer(az, 'whole-copy');
  const r = await azcp(['copy', `${az.serviceUrl}/whole`, `${az.serviceUrl}/whole-copy`, '--recursive', '--job-dir', join(work, 'jobs')]);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual((await listContainer(az, 'whole-copy')).map((b) => b.name).sort(), ['whole/a.txt', 'whole/d/b.txt']);
});
