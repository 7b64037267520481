// Azure Files names are case-insensitive: Dir/x.txt and dir/x.txt are one
// file. A sync whose source renamed a folder's case (Dir -> dir) plans an
// upload of dir/x.txt and a deletion of the "extra" Dir/x.txt; carried out,
// the deletion removes the very file the upload just wrote, and the share
// ends without it. The sync (and the merge of a sharded one) must not
// delete a destination name that is, on the share, one of the names it
// writes.
//
// Mocked, because Azure Files cannot run here: the share is the in-memory
// stand-in scripts/files-server.mjs (case-insensitive, case-preserving, as
// Azure Files is).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { azcp } from './helpers/azcp.ts';
import { tempDir } from './helpers/temp.ts';
import { writeTree } from './helpers/trees.ts';
import { jsonReport } from './helpers/json-lines.ts';
import { listShare, putFiles, startFilesServer, useFilesEndpoint, type FilesServer } from './helpers/shares.ts';

let server: FilesServer;
let work: string;
let restore: () => void;

before(async () => {
  server = await startFilesServer();
  work = tempDir('files-case-delete');
  restore = useFilesEndpoint(server);
});
after(async () => {
  restore();
  await server?.close();
});

test('a folder renamed only in case at the source: after the sync, the share still holds the file', async () => {
  await putFiles(server, 'case-rename', { 'Dir/x.txt': 'old', 'Dir/y.txt': 'gone at the source' });
  const src = join(work, 'src');
  writeTree(src, { 'dir/x.txt': 'new content' });
  const r = await azcp(['sync', src, `${server.url}/case-rename`, '--delete-destination', 'true', '--max-delete', '100%', '--job-dir', join(work, 'jobs')]);
  const files = await listShare(server, 'case-rename');
  const x = files.find((f) => f.name.toLowerCase() === 'dir/x.txt');
  assert.ok(x, `the file the sync wrote was deleted by the same sync: ${JSON.stringify(files.map((f) => f.name))}; ${r.stdout}${r.stderr}`);
  assert.ok(!files.some((f) => f.name.toLowerCase() === 'dir/y.txt'), 'the real extra is deleted');
  // The refused deletion is said, not hidden: the job did not do all it planned.
  assert.equal(r.code, 1, r.stdout + r.stderr);
  assert.match(r.stdout + r.stderr, /differ only by case are one file/);
});

test('the same, sharded: the merge does not delete what a shard wrote under another case', async () => {
  await putFiles(server, 'case-shards', { 'Dir/x.txt': 'old', 'Dir/y.txt': 'gone at the source' });
  const src = join(work, 'src-shards');
  writeTree(src, { 'dir/x.txt': 'new content' });
  const jobDir = join(work, 'jobs-shards');
  const shards: string[] = [];
  for (const i of [1, 2]) {
    const s = await azcp(['sync', src, `${server.url}/case-shards`, '--delete-destination', 'true', '--max-delete', '100%', '--shard', `${i}/2`, '--job-dir', jobDir, '--output-type', 'json']);
    assert.equal(s.code, 0, s.stdout + s.stderr);
    shards.push(jsonReport(s.stdout).jobFolder);
  }
  const m = await azcp(['jobs', 'merge', ...shards, '--job-dir', jobDir]);
  const files = await listShare(server, 'case-shards');
  assert.ok(files.some((f) => f.name.toLowerCase() === 'dir/x.txt'), `the merge deleted what a shard wrote: ${JSON.stringify(files.map((f) => f.name))}; ${m.stdout}${m.stderr}`);
  assert.ok(!files.some((f) => f.name.toLowerCase() === 'dir/y.txt'), 'the real extra is deleted');
  assert.equal(m.code, 1, m.stdout + m.stderr);
  assert.match(m.stdout + m.stderr, /only by case/);
});
