// A file-level SAS (sr=f, made by the SDK) on a URL that names one file:
// it grants that one file and nothing around it (no listing of the share,
// no directory), so the preflight probe asks for the file itself, the
// permission check does not ask for list (a file SAS has no l), and the
// job never lists or makes the file's directory. Upload, download,
// sync and remove of that one file work; a file SAS on a directory URL is
// refused before any request, naming why. Azure Files is served by the
// in-memory stand-in (scripts/files-server.mjs) because no emulator of it
// exists; it checks a file SAS's signature against the file's own path.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { FileSASPermissions, generateFileSASQueryParameters, StorageSharedKeyCredential } from '@azure/storage-file-share';
import { azcp } from './helpers/azcp.ts';
import { tempDir } from './helpers/temp.ts';
import { listShare, putFiles, startFilesServer, useFilesEndpoint, type FilesServer } from './helpers/shares.ts';

let server: FilesServer;
let work: string;
let jobDir: string;
let restore: () => void;

before(async () => {
  server = await startFilesServer();
  work = tempDir('files-file-sas');
  jobDir = join(work, 'jobs');
  restore = useFilesEndpoint(server);
  await putFiles(server, 'fsas', { 'docs/report.txt': 'the report', 'docs/other.txt': 'other' });
});
after(async () => {
  restore();
  await server?.close();
});

const fileSas = (filePath: string, permissions: string) =>
  generateFileSASQueryParameters(
    { shareName: 'fsas', filePath, permissions: FileSASPermissions.parse(permissions), expiresOn: new Date(Date.now() + 2 * 3600_000) },
    new StorageSharedKeyCredential(server.account, server.accountKey),
  ).toString();

test('a file SAS on a one-file URL: download, upload (new and over), sync and remove of that file', async () => {
  const down = join(work, 'report.txt');
  const at = server.requests.length;
  const r = await azcp(['copy', `${server.url}/fsas/docs/report.txt?${fileSas('docs/report.txt', 'r')}`, down, '--job-dir', jobDir]);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.equal(readFileSync(down, 'utf8'), 'the report');
  assert.deepEqual(server.requests.slice(at).filter((q) => q.status >= 400 && q.status !== 404), [], 'no request refused');

  const local = join(work, 'new.txt');
  writeFileSync(local, 'new bytes');
  const up = await azcp(['copy', local, `${server.url}/fsas/docs/new.txt?${fileSas('docs/new.txt', 'rcw')}`, '--job-dir', jobDir]);
  assert.equal(up.code, 0, up.stdout + up.stderr);
  writeFileSync(local, 'newer bytes');
  const over = await azcp(['copy', local, `${server.url}/fsas/docs/report.txt?${fileSas('docs/report.txt', 'rcw')}`, '--job-dir', jobDir]);
  assert.equal(over.code, 0, over.stdout + over.stderr);
  const sync = await azcp(['sync', local, `${server.url}/fsas/docs/report.txt?${fileSas('docs/report.txt', 'rcw')}`, '--job-dir', jobDir]);
  assert.equal(sync.code, 0, sync.stdout + sync.stderr);
  const files = Object.fromEntries((await listShare(server, 'fsas')).map((f) => [f.name, f.size]));
  assert.deepEqual(files, { 'docs/new.txt': 9, 'docs/other.txt': 5, 'docs/report.txt': 11 });

  const rm = await azcp(['remove', `${server.url}/fsas/docs/new.txt?${fileSas('docs/new.txt', 'rd')}`, '--job-dir', jobDir]);
  assert.equal(rm.code, 0, rm.stdout + rm.stderr);
  assert.deepEqual((await listShare(server, 'fsas')).map((f) => f.name), ['docs/other.txt', 'docs/report.txt']);
});

test('a file SAS for a file that is not there, or on a directory URL, is a usage error naming why', async () => {
  const missing = await azcp(['copy', `${server.url}/fsas/docs/nope.txt?${fileSas('docs/nope.txt', 'r')}`, join(work, 'nope.txt'), '--job-dir', jobDir]);
  assert.equal(missing.code, 2, missing.stdout + missing.stderr);
  assert.match(missing.stderr, /does not exist/);
  const dir = await azcp(['copy', `${server.url}/fsas/docs/*?${fileSas('docs/report.txt', 'r')}`, join(work, 'd'), '--recursive', '--job-dir', jobDir]);
  assert.equal(dir.code, 2, dir.stdout + dir.stderr);
  assert.match(dir.stderr, /file SAS \(sr=f\)/);
  assert.doesNotMatch(missing.stderr + dir.stderr, /sig=(?!REDACTED)/, 'the signature is not shown');
});
