// A local path that exists as written names that file or folder, even when
// its last segment holds '[', ']' or '?' (report[1].txt, site[v2]): those
// are common in real file names. Read as a glob, "report[1].txt" uploaded
// report1.txt instead — another file, reported as Completed — and a sync
// of "site[v2]" mirrored site2 into the destination.
//
// Real: azcp (in-process CLI), Azurite, local files. Nothing mocked.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startAzurite } from '../scripts/azurite.mjs';
import { azcp } from './helpers/azcp.ts';
import { tempDir, writeTree, createContainer, listContainer, blobText, type Azurite } from './helpers/trees.ts';

let az: Azurite;
let work: string;
let jobDir: string;

before(async () => {
  az = await startAzurite();
  work = tempDir('local-brackets');
  jobDir = join(work, 'jobs');
});
after(async () => {
  await az?.stop();
});

test('copy "dir/report[1].txt" uploads the file of that name, never report1.txt', async () => {
  const dir = join(work, 'files');
  writeTree(dir, { 'report[1].txt': 'the literal one', 'report1.txt': 'another file' });
  await createContainer(az, 'brackets-file');
  const r = await azcp(['copy', join(dir, 'report[1].txt'), `${az.serviceUrl}/brackets-file/`, '--job-dir', jobDir]);
  const names = (await listContainer(az, 'brackets-file')).map((b) => b.name);
  assert.ok(!names.includes('report1.txt'), `report1.txt was uploaded for "report[1].txt" (exit ${r.code}):\n${r.stdout}${r.stderr}`);
  assert.equal(r.code, 0, r.stderr);
  assert.equal((await blobText(az, 'brackets-file', 'report[1].txt')).toString(), 'the literal one');
});

test('sync "dir/site[v2]" works on that folder, never on site2', async () => {
  const dir = join(work, 'sites');
  writeTree(dir, { 'site[v2]/index.html': 'v2', 'site2/other.html': 'not this one' });
  await createContainer(az, 'brackets-folder');
  const r = await azcp(['sync', join(dir, 'site[v2]'), `${az.serviceUrl}/brackets-folder`, '--job-dir', jobDir]);
  const names = (await listContainer(az, 'brackets-folder')).map((b) => b.name).sort();
  assert.ok(!names.some((n) => n.includes('other.html')), `site2 was synced for "site[v2]" (exit ${r.code}): ${names.join(', ')}\n${r.stdout}${r.stderr}`);
  assert.deepEqual(names, ['index.html']);
});

test('only * is a wildcard in a local path: "what?.txt" and "data[1]/f.txt" name those files; "rep*[1].txt" matches the literal brackets', async () => {
  const dir = join(work, 'literal');
  writeTree(dir, { 'what?.txt': 'q', 'whatX.txt': 'x', 'data[1]/f.txt': 'in data[1]', 'data1/f.txt': 'in data1', 'report[1].txt': 'b', 'report1.txt': 'n' });
  await createContainer(az, 'literal-local');
  for (const [path, dest] of [['what?.txt', 'a/'], ['data[1]/f.txt', 'b/'], ['rep*[1].txt', 'c/']] as const) {
    const r = await azcp(['copy', join(dir, path), `${az.serviceUrl}/literal-local/${dest}`, '--job-dir', jobDir]);
    assert.equal(r.code, 0, `${path}: ${r.stderr}${r.stdout}`);
  }
  const names = (await listContainer(az, 'literal-local')).map((b) => b.name).sort();
  assert.deepEqual(names, ['a/what?.txt', 'b/f.txt', 'c/report[1].txt']);
  assert.equal((await blobText(az, 'literal-local', 'b/f.txt')).toString(), 'in data[1]');
});
