// sync container → folder through add, modify, touch, delete, rename; and
// the round trip download → upload, after which neither direction has
// anything left to do (blob `mtime` metadata ↔ local mtime).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startAzurite } from '../scripts/azurite.mjs';
import { azcp } from './helpers/azcp.ts';
import { tempDir, hashTree, sha256Map, listContainer, createContainer, putBlobs, service, readJob, evidenceFolder, blobText, type Azurite } from './helpers/trees.ts';

let az: Azurite;
let work: string;
let jobDir: string;
const local = () => join(work, 'mirror');
const T0 = new Date('2023-05-06T07:08:09.123Z');
const BLOBS: Record<string, string> = {
  'keep.txt': 'unchanged',
  'modify.txt': 'before',
  'touch.txt': 'same bytes',
  'delete.txt': 'going away',
  'rename-from.txt': 'moving',
  'ünï cødé/файл 1.txt': 'unicode',
  'a b/c d.txt': 'space',
  'a-b': '1',
  'a/b': '2',
  a0: '3',
  B: '4',
  b: '5',
};

before(async () => {
  az = await startAzurite();
  work = tempDir('sync-down');
  jobDir = join(work, 'jobs');
  await putBlobs(az, 'remote', BLOBS, T0);
});
after(async () => {
  await az?.stop();
});

async function sync(extra: string[] = [], from = `${az.serviceUrl}/remote`, to = local()) {
  const r = await azcp(['sync', from, to, '--job-dir', jobDir, ...extra]);
  const job = /evidence: /.test(r.stdout) ? readJob(evidenceFolder(r.stdout)) : undefined;
  return { ...r, job };
}

async function assertMirror(container = 'remote', dir = local()) {
  const blobs = await listContainer(az, container);
  const files = hashTree(dir);
  assert.deepEqual([...files.keys()].sort(), blobs.map((b) => b.name).sort());
  for (const b of blobs) {
    assert.equal(files.get(b.name)!.md5, b.md5, b.name);
    if (b.metadata.mtime) assert.equal(Math.round(files.get(b.name)!.mtimeMs), Date.parse(b.metadata.mtime), `mtime of ${b.name}`);
  }
}

const paths = (transfers: Array<{ path: string; status: string }>, status: string) =>
  transfers.filter((t) => t.status === status).map((t) => t.path).sort();

test('first sync downloads everything with the blob times; a second sync transfers nothing', async () => {
  const first = await sync();
  assert.equal(first.code, 0, first.stderr + first.stdout);
  await assertMirror();
  assert.equal(statSync(join(local(), 'keep.txt')).mtime.toISOString(), T0.toISOString());
  const second = await sync();
  assert.equal(second.code, 0, second.stderr + second.stdout);
  assert.deepEqual(paths(second.job!.transfers, 'Completed'), [], 'nothing is downloaded again');
  assert.equal(second.job!.report.counts.skipped, Object.keys(BLOBS).length);
});

test('add, modify, touch, delete and rename at the container, with --delete-destination true', async () => {
  const later = new Date(T0.getTime() + 3600_000);
  await putBlobs(az, 'remote', { 'added.txt': 'new', 'modify.txt': 'after, longer', 'touch.txt': 'same bytes', 'rename-to.txt': 'moving' }, later);
  const c = service(az).getContainerClient('remote');
  await c.getBlobClient('delete.txt').delete();
  await c.getBlobClient('rename-from.txt').delete();

  const r = await sync(['--delete-destination', 'true']);
  assert.equal(r.code, 0, r.stderr + r.stdout);
  assert.deepEqual(paths(r.job!.transfers, 'Completed'), ['added.txt', 'modify.txt', 'rename-to.txt', 'touch.txt']);
  assert.deepEqual(paths(r.job!.transfers, 'Deleted'), ['delete.txt', 'rename-from.txt']);
  await assertMirror();
  const again = await sync(['--delete-destination', 'true']);
  assert.equal(again.job!.report.counts.transferred + again.job!.report.counts.deleted, 0);
});

test('--compare-hash md5: a blob rewritten with the same bytes and a newer time is not downloaded', async () => {
  const later = new Date(T0.getTime() + 7200_000);
  await putBlobs(az, 'remote', { 'keep.txt': 'unchanged', a0: '9' }, later);
  const r = await sync(['--compare-hash', 'md5']);
  assert.equal(r.code, 0, r.stderr + r.stdout);
  assert.deepEqual(paths(r.job!.transfers, 'Completed'), ['a0']);
  assert.match(r.job!.report.skipped.find((s: { path: string }) => s.path === 'keep.txt').reason, /md5/);
  // By time, the rewritten blob is newer and would be downloaded.
  const byTime = await sync(['--dry-run']);
  assert.deepEqual(paths(byTime.job!.transfers, 'DryRun'), ['keep.txt']);
});

test('round trip: download, upload elsewhere, then no direction has anything to do', async () => {
  await sync(); // settle keep.txt's newer time
  await createContainer(az, 'copyback');
  const up = await sync([], local(), `${az.serviceUrl}/copyback`);
  assert.equal(up.code, 0, up.stderr + up.stdout);
  const original = await listContainer(az, 'remote');
  const copied = await listContainer(az, 'copyback');
  assert.deepEqual(
    copied.map((b) => [b.name, b.md5, b.metadata.mtime]),
    original.map((b) => [b.name, b.md5, b.metadata.mtime]),
    'uploaded blobs carry the original blob times in mtime metadata',
  );
  for (const [from, to] of [
    [local(), `${az.serviceUrl}/copyback`],
    [`${az.serviceUrl}/copyback`, local()],
    [`${az.serviceUrl}/remote`, local()],
    [`${az.serviceUrl}/remote`, `${az.serviceUrl}/copyback`],
  ]) {
    const r = await sync([], from, to);
    assert.equal(r.code, 0, r.stderr + r.stdout);
    assert.equal(r.job!.report.counts.transferred, 0, `${from} → ${to} transferred ${JSON.stringify(paths(r.job!.transfers, 'Completed'))}`);
  }
  // And a fresh download of the copy equals the first mirror, byte for byte.
  const fresh = join(work, 'fresh');
  const d = await sync([], `${az.serviceUrl}/copyback`, fresh);
  assert.equal(d.code, 0, d.stderr + d.stdout);
  assert.deepEqual(sha256Map(fresh), sha256Map(local()));
  assert.equal((await blobText(az, 'copyback', 'ünï cødé/файл 1.txt')).toString(), 'unicode');
});

test('sync from a virtual folder takes only what is under it, and deletes only inside the local folder', async () => {
  await putBlobs(az, 'prefixed', { 'site/a.txt': 'a', 'site/sub/b.txt': 'b', 'site-old.txt': 'neighbour', 'site2/c.txt': 'neighbour' });
  const dest = join(work, 'site-mirror');
  const outside = join(work, 'outside.txt');
  writeFileSync(outside, 'not in the destination');
  const first = await sync(['--delete-destination', 'true', '--max-delete', '100%'], `${az.serviceUrl}/prefixed/site`, dest);
  assert.equal(first.code, 0, first.stderr + first.stdout);
  assert.deepEqual(Object.keys(sha256Map(dest)), ['a.txt', 'sub/b.txt']);
  await service(az).getContainerClient('prefixed').getBlobClient('site/a.txt').delete();
  const second = await sync(['--delete-destination', 'true', '--max-delete', '100%'], `${az.serviceUrl}/prefixed/site`, dest);
  assert.equal(second.code, 0, second.stderr + second.stdout);
  assert.deepEqual(Object.keys(sha256Map(dest)), ['sub/b.txt']);
  assert.equal(statSync(outside).isFile(), true);
});
