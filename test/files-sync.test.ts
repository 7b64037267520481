// sync with an Azure Files share: by the share's own last-write time (set
// from the source mtime on upload, no metadata), a second sync transfers
// nothing, a changed file goes again, --delete-destination deletes the files
// then the directories the sync emptied (deepest first), and the share back
// to local the same way. Names Azure Files forbids are Failed transfers with
// the reason, never renamed; names differing only in case are reported, not
// written over each other. Azure Files is served by the in-memory stand-in
// (scripts/files-server.mjs) because no emulator of it exists.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { rmSync, utimesSync, writeFileSync } from 'node:fs';
import { azcp } from './helpers/azcp.ts';
import { tempDir } from './helpers/temp.ts';
import { hashTree, readJob, evidenceFolder, writeTree } from './helpers/trees.ts';
import { createShare, listDirectories, listShare, startFilesServer, useFilesEndpoint, type FilesServer } from './helpers/shares.ts';

let server: FilesServer;
let work: string;
let jobDir: string;
let restore: () => void;

before(async () => {
  server = await startFilesServer();
  work = tempDir('files-sync');
  jobDir = join(work, 'jobs');
  restore = useFilesEndpoint(server);
});
after(async () => {
  restore();
  await server?.close();
});

const T0 = new Date('2026-01-02T03:04:05.678Z');

test('sync local → share by last-write time: again transfers nothing, a changed file goes, deletions take the emptied directories', async () => {
  const src = join(work, 'a');
  writeTree(src, { 'one.txt': '1', 'd/two.txt': '22', 'd/e/f/three.txt': '333', 'g/four.txt': '4444' }, T0);
  await createShare(server, 'sync1');
  const url = `${server.url}/sync1`;
  const first = await azcp(['sync', src, url, '--job-dir', jobDir]);
  assert.equal(first.code, 0, first.stderr + first.stdout);
  const second = await azcp(['sync', src, url, '--job-dir', jobDir]);
  assert.equal(second.code, 0, second.stderr);
  const r2 = readJob(evidenceFolder(second.stdout)).report;
  assert.equal(r2.counts.transferred, 0, 'nothing changed, nothing sent');
  assert.equal(r2.reconciliation.ok, true);

  writeFileSync(join(src, 'one.txt'), 'changed');
  utimesSync(join(src, 'one.txt'), new Date(T0.getTime() + 60_000), new Date(T0.getTime() + 60_000));
  rmSync(join(src, 'd', 'e'), { recursive: true });
  const third = await azcp(['sync', src, url, '--delete-destination', 'true', '--max-delete', '100%', '--job-dir', jobDir]);
  assert.equal(third.code, 0, third.stderr + third.stdout);
  const r3 = readJob(evidenceFolder(third.stdout)).report;
  assert.equal(r3.counts.transferred, 1);
  assert.equal(r3.counts.deleted, 1);
  assert.equal(r3.reconciliation.ok, true);
  const files = await listShare(server, 'sync1');
  assert.deepEqual(files.map((f) => f.name), ['d/two.txt', 'g/four.txt', 'one.txt']);
  assert.equal(files.find((f) => f.name === 'one.txt')!.lastWriteMs, T0.getTime() + 60_000);
  assert.deepEqual(await listDirectories(server, 'sync1'), ['d', 'g'], 'd/e/f and d/e went with their last file');
});

test('sync share → local: a second sync transfers nothing; deletions at the local side', async () => {
  const out = join(work, 'back');
  const url = `${server.url}/sync1`;
  const first = await azcp(['sync', url, out, '--job-dir', jobDir]);
  assert.equal(first.code, 0, first.stderr + first.stdout);
  assert.deepEqual([...hashTree(out).keys()].sort(), ['d/two.txt', 'g/four.txt', 'one.txt']);
  const again = await azcp(['sync', url, out, '--job-dir', jobDir]);
  assert.equal(readJob(evidenceFolder(again.stdout)).report.counts.transferred, 0);
  writeFileSync(join(out, 'extra.txt'), 'not on the share');
  const del = await azcp(['sync', url, out, '--delete-destination', 'true', '--max-delete', '100%', '--job-dir', jobDir]);
  assert.equal(del.code, 0, del.stderr + del.stdout);
  assert.deepEqual([...hashTree(out).keys()].sort(), ['d/two.txt', 'g/four.txt', 'one.txt']);
});

test('sync --compare-hash md5 against a share uses the Content-MD5 azcp set: nothing to send when only the time differs', async () => {
  const src = join(work, 'a');
  const url = `${server.url}/sync1`;
  // Same bytes, a newer time: by time this would go again; by MD5 it is equal.
  const later = new Date(T0.getTime() + 3_600_000);
  utimesSync(join(src, 'g', 'four.txt'), later, later);
  const r = await azcp(['sync', src, url, '--compare-hash', 'md5', '--job-dir', jobDir]);
  assert.equal(r.code, 0, r.stderr + r.stdout);
  const report = readJob(evidenceFolder(r.stdout)).report;
  assert.equal(report.counts.transferred, 0, JSON.stringify(report.counts));
  assert.equal(report.reconciliation.ok, true);
});

test('names Azure Files forbids are Failed transfers with the reason, never renamed; the others go', async () => {
  const src = join(work, 'names');
  writeTree(src, { 'ok.txt': 'ok', 'a:b.txt': 'colon', 'q?.txt': 'question', 'trailing.': 'dot', 'space ': 'space', 'pipe|x': 'pipe' });
  await createShare(server, 'names');
  const r = await azcp(['copy', `${src}/*`, `${server.url}/names`, '--job-dir', jobDir]);
  assert.equal(r.code, 1, r.stderr + r.stdout);
  const { transfers } = readJob(evidenceFolder(r.stdout));
  const failed = new Map(transfers.filter((t: any) => t.status === 'Failed').map((t: any) => [t.path, t.error ?? t.reason]));
  assert.deepEqual([...failed.keys()].sort(), ['a:b.txt', 'pipe|x', 'q?.txt', 'space ', 'trailing.']);
  assert.match(String(failed.get('a:b.txt')), /":".*does not allow/);
  assert.match(String(failed.get('trailing.')), /ends with a dot/);
  assert.deepEqual((await listShare(server, 'names')).map((f) => f.name), ['ok.txt']);
});

test('Case.txt and case.txt (and Dir/same.txt and dir/same.txt) going to one share: one is written, the other is reported, not written over it', async () => {
  const src = join(work, 'case');
  writeTree(src, { 'Case.txt': 'upper', 'case.txt': 'lower', 'Dir/same.txt': 'one', 'dir/same.txt': 'two' });
  await createShare(server, 'case');
  const r = await azcp(['copy', `${src}/*`, `${server.url}/case`, '--recursive', '--concurrency', '1', '--job-dir', jobDir]);
  assert.equal(r.code, 1, r.stderr + r.stdout);
  const { transfers } = readJob(evidenceFolder(r.stdout));
  const failed = transfers.filter((t: any) => t.status === 'Failed');
  assert.deepEqual(failed.map((t: any) => t.path).sort(), ['case.txt', 'dir/same.txt']);
  for (const f of failed) assert.match(JSON.stringify(f), /differ only by case/);
  const files = await listShare(server, 'case');
  assert.deepEqual(files.map((f) => f.name), ['Case.txt', 'Dir/same.txt']);
  // And a later run does not overwrite what is there with the other name.
  const again = await azcp(['copy', join(src, 'case.txt'), `${server.url}/case/case.txt`, '--job-dir', jobDir]);
  assert.equal(again.code, 1, again.stderr + again.stdout);
  assert.match(again.stdout + again.stderr, /differ only by case/);
});
