// Downloads from a share are as safe as from a container: a folder link in
// the destination refuses the transfers under it and nothing is written
// outside; a file link at a target is replaced, never written through; a
// file without Content-MD5 is checked range by range in transit (or failed
// with --check-md5 FailIfDifferentOrMissing); a file whose bytes do not
// match its Content-MD5 fails and leaves no file at its path. Azure Files is
// served by the in-memory stand-in (scripts/files-server.mjs) because no
// emulator of it exists; the wrong Content-MD5 is set through the SDK, as
// another client could.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { azcp } from './helpers/azcp.ts';
import { tempDir } from './helpers/temp.ts';
import { readJob, evidenceFolder } from './helpers/trees.ts';
import { putFiles, shareService, startFilesServer, useFilesEndpoint, type FilesServer } from './helpers/shares.ts';

let server: FilesServer;
let restore: () => void;

before(async () => {
  server = await startFilesServer();
  restore = useFilesEndpoint(server);
  // Written by the SDK, which sets no Content-MD5.
  await putFiles(server, 'links', { 'sym/inside.txt': 'through the link', 'top.txt': 'the file', 'real/ok.txt': 'ok' });
});
after(async () => {
  restore?.();
  await server?.close();
});

test('a folder link in the destination refuses what is under it; a file link is replaced, not written through', async () => {
  const work = tempDir('files-links');
  const dest = join(work, 'dest');
  const outside = join(work, 'outside');
  mkdirSync(dest);
  mkdirSync(outside);
  writeFileSync(join(outside, 'victim.txt'), 'keep me');
  symlinkSync('../outside', join(dest, 'sym'));
  symlinkSync('../outside/victim.txt', join(dest, 'top.txt'));
  const r = await azcp(['copy', `${server.url}/links/*`, dest, '--recursive', '--job-dir', join(work, 'jobs')]);
  assert.equal(r.code, 1, r.stderr);
  assert.deepEqual(readdirSync(outside), ['victim.txt']);
  assert.equal(readFileSync(join(outside, 'victim.txt'), 'utf8'), 'keep me');
  const { report } = readJob(evidenceFolder(r.stdout));
  assert.deepEqual(report.failures.map((f: { path: string }) => f.path), ['sym/inside.txt']);
  assert.match(report.failures[0].error, /symbolic link .*nothing is written through links/);
  assert.equal(lstatSync(join(dest, 'top.txt')).isSymbolicLink(), false);
  assert.equal(readFileSync(join(dest, 'top.txt'), 'utf8'), 'the file');
  // No Content-MD5 on these files: checked range by range in transit.
  assert.deepEqual(report.verification, { endToEnd: 0, inTransit: 2, none: 0 });
});

test('--check-md5 FailIfDifferentOrMissing fails a file without Content-MD5; a wrong Content-MD5 fails and leaves nothing at the path', async () => {
  const work = tempDir('files-md5');
  const strict = await azcp(['copy', `${server.url}/links/real/ok.txt`, join(work, 'ok.txt'), '--check-md5', 'FailIfDifferentOrMissing', '--job-dir', join(work, 'jobs')]);
  assert.equal(strict.code, 1, strict.stderr);
  assert.equal(existsSync(join(work, 'ok.txt')), false);
  const file = shareService(server).getShareClient('links').rootDirectoryClient.getFileClient('top.txt');
  await file.setHttpHeaders({ fileContentMD5: Buffer.alloc(16, 1) });
  const bad = await azcp(['copy', `${server.url}/links/top.txt`, join(work, 'top.txt'), '--job-dir', join(work, 'jobs')]);
  assert.equal(bad.code, 1, bad.stderr);
  assert.match(bad.stdout + bad.stderr, /MD5 mismatch/);
  assert.deepEqual(readdirSync(work).filter((n) => n !== 'jobs'), [], 'neither the file nor a temporary file is left');
});
