// azcp remove of a share directory with --recursive and no filter takes
// the directory and every directory below it. With a filter the user asked
// for some files only: the directories those deletions emptied go, but an
// empty directory the job never touched (someone's upload folder, with its
// own metadata and permissions) is not the job's to delete.
//
// Mocked, because Azure Files cannot run here: the share is the in-memory
// stand-in scripts/files-server.mjs (it refuses to delete a directory that
// is not empty, as Azure does).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { azcp } from './helpers/azcp.ts';
import { tempDir } from './helpers/temp.ts';
import { listDirectories, listShare, putFiles, shareService, startFilesServer, useFilesEndpoint, type FilesServer } from './helpers/shares.ts';

let server: FilesServer;
let jobDir: string;
let restore: () => void;

before(async () => {
  server = await startFilesServer();
  jobDir = join(tempDir('files-rm-dirs'), 'jobs');
  restore = useFilesEndpoint(server);
});
after(async () => {
  restore();
  await server?.close();
});

test('remove --include-pattern deletes the directories its deletions emptied, not empty ones it never touched', async () => {
  await putFiles(server, 'rm-untouched', { 'logs/2024/a.log': 'a', 'logs/keep.txt': 'k' });
  await shareService(server).getShareClient('rm-untouched').getDirectoryClient('logs/uploads').create();
  const r = await azcp(['remove', `${server.url}/rm-untouched/logs`, '--recursive', '--include-pattern', '*.log', '--job-dir', jobDir]);
  assert.equal(r.code, 0, r.stderr + r.stdout);
  assert.deepEqual((await listShare(server, 'rm-untouched')).map((f) => f.name), ['logs/keep.txt']);
  assert.deepEqual(await listDirectories(server, 'rm-untouched'), ['logs', 'logs/uploads'], 'logs/2024 (emptied) goes; logs/uploads (never touched) stays');
});

test('remove without a filter still takes the whole directory, empty ones below it included', async () => {
  await putFiles(server, 'rm-whole', { 'logs/2024/a.log': 'a' });
  await shareService(server).getShareClient('rm-whole').getDirectoryClient('logs/uploads').create();
  const r = await azcp(['remove', `${server.url}/rm-whole/logs`, '--recursive', '--job-dir', jobDir]);
  assert.equal(r.code, 0, r.stderr + r.stdout);
  assert.deepEqual(await listDirectories(server, 'rm-whole'), []);
});
