// A folder of a local source replaced by a symbolic link to an identical
// folder: without a choice from the user, a sync deletes nothing under the
// link (the guard withholds it, exit 1, a message naming the link, the count
// and the way out); with --follow-symlinks the link is walked and the second
// sync has nothing to do. A loop of links is reported, not walked for ever.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, symlinkSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { startAzurite } from '../scripts/azurite.mjs';
import { azcp } from './helpers/azcp.ts';
import { tempDir, writeTree, listContainer, createContainer, readJob, evidenceFolder, type Azurite } from './helpers/trees.ts';

let az: Azurite;
let n = 0;

before(async () => {
  az = await startAzurite();
});
after(async () => {
  await az?.stop();
});

const names = async (c: string) => (await listContainer(az, c)).map((b) => b.name).sort();
const ALL = ['keep.txt', 'old.txt', 'sub/a.txt', 'sub/deeper/b.txt'];

/** A source synced once with --delete-destination, then its "sub" turned into a link to an identical copy. */
async function syncedThenLinked(): Promise<{ work: string; src: string; url: string; jobs: string }> {
  const work = tempDir('symlinked');
  const src = join(work, 'src');
  const jobs = join(work, 'jobs');
  const c = `linked-${++n}`;
  await createContainer(az, c);
  const url = `${az.serviceUrl}/${c}`;
  writeTree(src, { 'keep.txt': 'k', 'old.txt': 'o', 'sub/a.txt': 'a', 'sub/deeper/b.txt': 'b' });
  const first = await azcp(['sync', src, url, '--delete-destination', 'true', '--job-dir', jobs]);
  assert.equal(first.code, 0, first.stderr);
  assert.deepEqual(await names(c), ALL);
  // The same bytes and times, now reached through a link; one ordinary file goes away.
  cpSync(join(src, 'sub'), join(work, 'identical'), { recursive: true, preserveTimestamps: true });
  rmSync(join(src, 'sub'), { recursive: true });
  symlinkSync(join(work, 'identical'), join(src, 'sub'));
  rmSync(join(src, 'old.txt'));
  return { work, src, url, jobs };
}

test('sync: a folder replaced by a link is not followed and its blobs are not deleted (exit 1, the link named)', async () => {
  const { src, url, jobs } = await syncedThenLinked();
  const r = await azcp(['sync', src, url, '--delete-destination', 'true', '--job-dir', jobs]);
  assert.equal(r.code, 1, 'a guard refused');
  const c = url.split('/').pop()!;
  assert.deepEqual(await names(c), ['keep.txt', 'sub/a.txt', 'sub/deeper/b.txt'], 'blobs under the link are kept; the ordinary deletion went ahead');
  const out = r.stdout + r.stderr;
  assert.match(out, /2 destination object\(s\) were not deleted: 2 under "sub\/"/);
  assert.match(out, new RegExp(`${join(src, 'sub').replace(/[/.]/g, '\\$&')} is a symbolic link to a folder, not followed`));
  assert.match(out, /--follow-symlinks/);
  assert.match(out, /--exclude-path "sub"/);
  const { report } = readJob(evidenceFolder(r.stdout));
  assert.equal(report.counts.deleted, 1);

  // A dry run says the same and changes nothing.
  const dry = await azcp(['sync', src, url, '--delete-destination', 'true', '--dry-run', '--job-dir', jobs]);
  assert.equal(dry.code, 1);
  assert.match(dry.stdout + dry.stderr, /2 destination object\(s\) were not deleted/);
  assert.deepEqual(await names(c), ['keep.txt', 'sub/a.txt', 'sub/deeper/b.txt']);
});

test('sync --follow-symlinks: the linked folder is walked under the link\'s name; the second sync changes nothing there', async () => {
  const { src, url, jobs } = await syncedThenLinked();
  const r = await azcp(['sync', src, url, '--delete-destination', 'true', '--follow-symlinks', '--job-dir', jobs]);
  assert.equal(r.code, 0, r.stderr);
  const { report } = readJob(evidenceFolder(r.stdout));
  assert.equal(report.counts.transferred, 0, 'the linked files are the same as the blobs');
  assert.equal(report.counts.deleted, 1, 'only old.txt went');
  assert.deepEqual(await names(url.split('/').pop()!), ['keep.txt', 'sub/a.txt', 'sub/deeper/b.txt']);
  assert.equal(report.reconciliation.matched, 3);
});

test('--follow-symlinks: a link loop is reported as a problem and not walked again; nothing is deleted', async () => {
  const work = tempDir('loop');
  const src = join(work, 'src');
  writeTree(src, { 'a.txt': 'a', 'd/b.txt': 'b' });
  symlinkSync('..', join(src, 'd', 'up'));
  const c = `loop-${++n}`;
  await createContainer(az, c);
  const r = await azcp(['sync', src, `${az.serviceUrl}/${c}`, '--follow-symlinks', '--delete-destination', 'true', '--job-dir', join(work, 'jobs')]);
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stdout + r.stderr, /symbolic link loop/);
  assert.deepEqual(await names(c), ['a.txt', 'd/b.txt']);
});

test('--follow-symlinks and --preserve-symlinks together are a usage error', async () => {
  const work = tempDir('both');
  const r = await azcp(['sync', work, `${az.serviceUrl}/x-both`, '--follow-symlinks', '--preserve-symlinks', '--job-dir', join(work, 'jobs')]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /exclude each other/);
});

