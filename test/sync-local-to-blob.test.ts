// sync folder → container through a life of changes: add, modify, touch,
// delete, rename; by time and by MD5; deletions only with
// --delete-destination and only inside the filters; a dry run that plans
// everything and changes nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startAzurite } from '../scripts/azurite.mjs';
import { azcp } from './helpers/azcp.ts';
import { tempDir, writeTree, hashTree, listContainer, createContainer, putBlobs, readJob, evidenceFolder, type Azurite } from './helpers/trees.ts';
import { jsonReport } from './helpers/json-lines.ts';

let az: Azurite;
let work: string;
let jobDir: string;
const local = () => join(work, 'local');
const T0 = new Date('2023-01-01T00:00:00Z');

before(async () => {
  az = await startAzurite();
  work = tempDir('sync-up');
  jobDir = join(work, 'jobs');
  writeTree(
    local(),
    {
      'keep.txt': 'unchanged',
      'modify.txt': 'before',
      'modify-same-size.txt': 'AAAA',
      'touch.txt': 'same bytes',
      'delete.txt': 'going away',
      'rename-from.txt': 'moving',
      'ünï cødé/файл 1.txt': 'unicode',
      'a b/c d.txt': 'space',
      'a-b': '1',
      'a/b': '2',
      a0: '3',
    },
    T0,
  );
  await createContainer(az, 'sync');
});
after(async () => {
  await az?.stop();
});

async function sync(container: string, extra: string[] = []) {
  const r = await azcp(['sync', local(), `${az.serviceUrl}/${container}`, '--job-dir', jobDir, ...extra]);
  const job = /evidence: /.test(r.stdout) ? readJob(evidenceFolder(r.stdout)) : undefined;
  return { ...r, job };
}

/** The container equals the local folder: same names, sizes, MD5s, and mtime metadata. */
async function assertMirror(container: string) {
  const files = hashTree(local());
  const blobs = await listContainer(az, container);
  assert.deepEqual(blobs.map((b) => b.name).sort(), [...files.keys()].sort());
  for (const b of blobs) {
    const f = files.get(b.name)!;
    assert.equal(b.size, f.size, b.name);
    assert.equal(b.md5, f.md5, b.name);
    assert.equal(Date.parse(b.metadata.mtime), Math.round(f.mtimeMs), `mtime of ${b.name}`);
  }
}

const paths = (transfers: Array<{ path: string; status: string }>, status: string) =>
  transfers.filter((t) => t.status === status).map((t) => t.path).sort();

test('first sync uploads the contents (not the folder name); a second sync transfers nothing', async () => {
  const first = await sync('sync');
  assert.equal(first.code, 0, first.stderr + first.stdout);
  await assertMirror('sync');
  const second = await sync('sync');
  assert.equal(second.code, 0, second.stderr + second.stdout);
  assert.equal(second.job!.report.counts.transferred, 0);
  assert.equal(second.job!.report.counts.skipped, hashTree(local()).size);
});

test('add, modify, touch, delete and rename, with --delete-destination true', async () => {
  const later = new Date(T0.getTime() + 3600_000);
  writeTree(local(), { 'added.txt': 'new file', 'modify.txt': 'after, and longer', 'modify-same-size.txt': 'BBBB' }, later);
  utimesSync(join(local(), 'touch.txt'), later, later); // same content, newer time
  rmSync(join(local(), 'delete.txt'));
  renameSync(join(local(), 'rename-from.txt'), join(local(), 'rename-to.txt'));

  const r = await sync('sync', ['--delete-destination', 'true']);
  assert.equal(r.code, 0, r.stderr + r.stdout);
  const { transfers, report } = r.job!;
  // A touched file is newer: by time, it is sent again (that is the rule without --compare-hash).
  assert.deepEqual(paths(transfers, 'Completed'), ['added.txt', 'modify-same-size.txt', 'modify.txt', 'rename-to.txt', 'touch.txt']);
  assert.deepEqual(paths(transfers, 'Deleted'), ['delete.txt', 'rename-from.txt']);
  assert.equal(report.counts.deleted, 2);
  assert.equal(report.reconciliation.ok, true);
  assert.equal(report.reconciliation.extra, 0);
  await assertMirror('sync');

  const again = await sync('sync', ['--delete-destination', 'true']);
  assert.equal(again.job!.report.counts.transferred, 0);
  assert.equal(again.job!.report.counts.deleted, 0);
});

test('--compare-hash md5: a touched but identical file is skipped, a changed one is sent', async () => {
  const later = new Date(T0.getTime() + 7200_000);
  utimesSync(join(local(), 'keep.txt'), later, later);
  writeTree(local(), { 'a0': '4' }, new Date(T0.getTime() - 3600_000)); // changed content, OLDER time, same size
  const r = await sync('sync', ['--compare-hash', 'md5']);
  assert.equal(r.code, 0, r.stderr + r.stdout);
  assert.deepEqual(paths(r.job!.transfers, 'Completed'), ['a0'], 'only the file whose bytes changed');
  const kept = r.job!.report.skipped.find((s: { path: string }) => s.path === 'keep.txt');
  assert.match(kept.reason, /md5/);
  // By time alone, the touched file would have gone again:
  const byTime = await sync('sync', ['--dry-run']);
  assert.ok(paths(byTime.job!.transfers, 'DryRun').includes('keep.txt'));
});

test('without --delete-destination a file deleted locally stays in the container, and that is not an error', async () => {
  rmSync(join(local(), 'a-b'));
  const r = await sync('sync');
  assert.equal(r.code, 0, r.stderr + r.stdout);
  const names = (await listContainer(az, 'sync')).map((b) => b.name);
  assert.ok(names.includes('a-b'));
  assert.equal(r.job!.report.reconciliation.extra, 1);
  assert.equal(r.job!.report.counts.deleted, 0);
  // The verdict says what is true: the extra object is kept, not "matching".
  assert.match(r.job!.report.message, /every source object is at the destination, which also keeps 1 object\(s\) the source does not have/);
  assert.doesNotMatch(r.job!.report.message, /matches the source/);
});

test('--delete-destination deletes only inside the filtered scope', async () => {
  await createContainer(az, 'scoped');
  writeTree(join(work, 'scoped'), { 'x.txt': 'x', 'y.md': 'y', 'sub/z.txt': 'z', 'sub/w.md': 'w' });
  const src = join(work, 'scoped');
  const first = await azcp(['sync', src, `${az.serviceUrl}/scoped`, '--job-dir', jobDir]);
  assert.equal(first.code, 0, first.stderr);
  rmSync(join(src, 'x.txt'));
  rmSync(join(src, 'y.md'));
  rmSync(join(src, 'sub', 'w.md'));
  const r = await azcp(['sync', src, `${az.serviceUrl}/scoped`, '--include-pattern', '*.txt', '--delete-destination', 'true', '--max-delete', '100%', '--job-dir', jobDir]);
  assert.equal(r.code, 0, r.stderr + r.stdout);
  assert.deepEqual((await listContainer(az, 'scoped')).map((b) => b.name).sort(), ['sub/w.md', 'sub/z.txt', 'y.md']);
  writeTree(src, { 'top.txt': 'top' });
  const byPath = await azcp(['sync', src, `${az.serviceUrl}/scoped`, '--exclude-path', 'sub', '--delete-destination', 'true', '--max-delete', '100%', '--job-dir', jobDir]);
  assert.equal(byPath.code, 0, byPath.stderr + byPath.stdout);
  assert.deepEqual((await listContainer(az, 'scoped')).map((b) => b.name).sort(), ['sub/w.md', 'sub/z.txt', 'top.txt'], 'y.md deleted; sub/ untouched');
});

test('sync into a virtual folder deletes only under that folder, never beside it', async () => {
  await putBlobs(az, 'prefixed', { 'site-old.txt': 'neighbour', 'site/old.txt': 'stale', 'site2/x.txt': 'neighbour', 'other/y.txt': 'neighbour' });
  const src = join(work, 'prefixed');
  writeTree(src, { 'index.html': 'i', 'a-b': '1', 'a/b': '2', 'a0': '3' });
  const url = `${az.serviceUrl}/prefixed/site`;
  // Only site/old.txt is in the destination's scope: deleting it is 1 of 1,
  // which the default 50% refuses (the neighbours do not count).
  const guarded = await azcp(['sync', src, url, '--delete-destination', 'true', '--job-dir', jobDir]);
  assert.equal(guarded.code, 1);
  assert.match(guarded.stderr, /refusing to delete 1 of 1 destination objects/);
  const r = await azcp(['sync', src, url, '--delete-destination', 'true', '--max-delete', '1', '--job-dir', jobDir]);
  assert.equal(r.code, 0, r.stderr + r.stdout);
  assert.deepEqual(
    (await listContainer(az, 'prefixed')).map((b) => b.name),
    ['other/y.txt', 'site-old.txt', 'site/a-b', 'site/a/b', 'site/a0', 'site/index.html', 'site2/x.txt'],
  );
  const again = await azcp(['sync', src, url, '--delete-destination', 'true', '--job-dir', jobDir, '--output-type', 'json']);
  const report = jsonReport(again.stdout);
  assert.equal(report.counts.transferred + report.counts.deleted, 0);
  assert.equal(report.reconciliation.ok, true);
});

test('--dry-run records the whole plan (copies and deletions) and changes nothing', async () => {
  writeTree(local(), { 'dry-new.txt': 'would be uploaded' });
  writeFileSync(join(local(), 'modify.txt'), 'changed again for the dry run');
  const before = await listContainer(az, 'sync');
  const r = await sync('sync', ['--dry-run', '--delete-destination', 'true']);
  assert.equal(r.code, 0, r.stderr + r.stdout);
  assert.deepEqual(await listContainer(az, 'sync'), before, 'the container did not change');
  const dry = r.job!.transfers.filter((t) => t.status === 'DryRun');
  assert.deepEqual(dry.filter((t) => t.action === 'delete').map((t) => t.path), ['a-b']);
  assert.deepEqual(dry.filter((t) => t.action === 'upload').map((t) => t.path).sort(), ['dry-new.txt', 'modify.txt']);
  assert.equal(r.job!.report.status, 'DryRun');
  // The plan is printed too.
  assert.match(r.stderr, /would upload dry-new\.txt/);
  assert.match(r.stderr, /would delete a-b/);
});
