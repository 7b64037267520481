// --preserve-symlinks (AzCopy's flag): a link is uploaded as a blob whose
// body is the link's target, marked with metadata is_symlink=true, whatever
// it points at (a file, a folder, nothing); downloaded with the flag, such a
// blob becomes the same link again. Syncs in both directions then find
// nothing to do. Without the flag a download writes the blob as a file.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { lstatSync, mkdirSync, readFileSync, readlinkSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { startAzurite } from '../scripts/azurite.mjs';
import { azcp } from './helpers/azcp.ts';
import { tempDir, writeTree, listContainer, createContainer, blobText, readJob, evidenceFolder, type Azurite } from './helpers/trees.ts';

let az: Azurite;
let work: string;
let url: string;

before(async () => {
  az = await startAzurite();
  await createContainer(az, 'keep-links');
  url = `${az.serviceUrl}/keep-links`;
  work = tempDir('preserve');
  const src = join(work, 'src');
  writeTree(src, { 'file.txt': 'the file', 'sub/inner.txt': 'inner' });
  mkdirSync(join(work, 'elsewhere'));
  symlinkSync('file.txt', join(src, 'to-file'));
  symlinkSync('../../elsewhere', join(src, 'sub', 'to-folder'));
  symlinkSync('nowhere', join(src, 'broken'));
});
after(async () => {
  await az?.stop();
});

test('sync --preserve-symlinks uploads each link as a blob holding its target, marked is_symlink=true; again: nothing to do', async () => {
  const r = await azcp(['sync', join(work, 'src'), url, '--preserve-symlinks', '--job-dir', join(work, 'jobs')]);
  assert.equal(r.code, 0, r.stderr);
  const blobs = Object.fromEntries((await listContainer(az, 'keep-links')).map((b) => [b.name, b]));
  assert.deepEqual(Object.keys(blobs).sort(), ['broken', 'file.txt', 'sub/inner.txt', 'sub/to-folder', 'to-file']);
  for (const [name, target] of [['to-file', 'file.txt'], ['sub/to-folder', '../../elsewhere'], ['broken', 'nowhere']]) {
    assert.equal(blobs[name].metadata.is_symlink, 'true', name);
    assert.equal((await blobText(az, 'keep-links', name)).toString(), target, name);
  }
  assert.equal(blobs['file.txt'].metadata.is_symlink, undefined);

  const again = await azcp(['sync', join(work, 'src'), url, '--preserve-symlinks', '--job-dir', join(work, 'jobs')]);
  assert.equal(again.code, 0, again.stderr);
  assert.equal(readJob(evidenceFolder(again.stdout)).report.counts.transferred, 0);
});

test('download with --preserve-symlinks makes the links again; a second sync has nothing to do', async () => {
  const out = join(work, 'out');
  const r = await azcp(['sync', url, out, '--preserve-symlinks', '--job-dir', join(work, 'jobs')]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(readlinkSync(join(out, 'to-file')), 'file.txt');
  assert.equal(readlinkSync(join(out, 'sub', 'to-folder')), '../../elsewhere');
  assert.equal(readlinkSync(join(out, 'broken')), 'nowhere');
  assert.equal(readFileSync(join(out, 'file.txt'), 'utf8'), 'the file');

  const again = await azcp(['sync', url, out, '--preserve-symlinks', '--job-dir', join(work, 'jobs')]);
  assert.equal(again.code, 0, again.stderr);
  assert.equal(readJob(evidenceFolder(again.stdout)).report.counts.transferred, 0);
});

test('download without the flag writes a link blob as an ordinary file', async () => {
  const plain = join(work, 'plain');
  const r = await azcp(['copy', `${url}/to-file`, join(plain, 'to-file'), '--job-dir', join(work, 'jobs')]);
  assert.equal(r.code, 0, r.stderr);
  assert.ok(lstatSync(join(plain, 'to-file')).isFile());
  assert.equal(readFileSync(join(plain, 'to-file'), 'utf8'), 'file.txt');
});
