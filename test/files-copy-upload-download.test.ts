// Copy to and from an Azure Files share: a tree with nested directories,
// unicode and spaces, an empty file and a file of several 4 MiB ranges goes
// up (read back independently with the @azure/storage-file-share SDK:
// names, sizes, Content-MD5, last-write time = the source mtime) and comes
// back down byte for byte with its times. Azure Files is served by the
// in-memory stand-in (scripts/files-server.mjs) because no emulator of it
// exists; it checks Shared Key and SAS signatures as the service does.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { azcp } from './helpers/azcp.ts';
import { parseJobOptions } from '../src/job/options.ts';
import { bytes, hashTree, writeTree, readJob, evidenceFolder } from './helpers/trees.ts';
import { tempDir } from './helpers/temp.ts';
import { createShare, useFilesEndpoint, listDirectories, listShare, shareSas, startFilesServer, type FilesServer } from './helpers/shares.ts';

const MiB = 1024 * 1024;
let server: FilesServer;
let work: string;
let jobDir: string;
const src = () => join(work, 'site');

const FILES: Record<string, string | Buffer> = {
  'index.html': '<h1>hi</h1>',
  'a b/c d.txt': 'spaces',
  'ünï cødé/файл 1.txt': 'unicode ✓',
  'deep/er/nest/leaf.txt': 'leaf',
  'empty.txt': '',
  'big.bin': bytes(9 * MiB + 5, 3),
};

before(async () => {
  server = await startFilesServer();
  work = tempDir('files-updown');
  jobDir = join(work, 'jobs');
  writeTree(src(), FILES, new Date('2026-03-04T05:06:07.891Z'));
  await createShare(server, 'upl');
});
after(async () => {
  delete process.env.AZCP_FILE_ENDPOINT;
  await server?.close();
});

test('upload of a folder to a share: the SDK sees the same names, sizes, Content-MD5s, and the source mtime as last-write time', async () => {
  useFilesEndpoint(server);
  const r = await azcp(['copy', src(), `${server.url}/upl`, '--recursive', '--concurrency', '4', '--job-dir', jobDir]);
  assert.equal(r.code, 0, r.stderr + r.stdout);
  const { report } = readJob(evidenceFolder(r.stdout));
  assert.equal(report.counts.transferred, Object.keys(FILES).length);
  assert.equal(report.reconciliation.ok, true);
  const local = hashTree(src());
  const listed = await listShare(server, 'upl');
  assert.deepEqual(listed.map((f) => f.name), [...local.keys()].map((k) => `site/${k}`).sort());
  for (const f of listed) {
    const l = local.get(f.name.slice('site/'.length))!;
    assert.equal(f.size, l.size, `size of ${f.name}`);
    assert.equal(f.md5, l.md5, `Content-MD5 of ${f.name}`);
    assert.equal(f.lastWriteMs, Math.round(l.mtimeMs), `last-write time of ${f.name}`);
    assert.equal(f.metadata.azcppending, undefined, `${f.name} carries no unfinished-upload marker`);
  }
  // The 9 MiB file went in ranges of at most 4 MiB.
  const ranges = server.requests.filter((q) => q.operation === 'PutRange' && q.path.endsWith('/big.bin'));
  assert.equal(ranges.length, 3);
});

test('parent directories are created once per directory per job', async () => {
  const before = server.requests.length;
  const r = await azcp(['copy', src(), `${server.url}/upl/again`, '--recursive', '--job-dir', jobDir]);
  assert.equal(r.code, 0, r.stderr + r.stdout);
  const made = server.requests.slice(before).filter((q) => q.operation === 'CreateDirectory' && q.status === 201).map((q) => q.path);
  assert.equal(made.length, new Set(made).size, 'no directory created twice');
  assert.ok(made.some((p) => p.endsWith('/again/site/deep/er/nest')));
});

test('download of the share folder is byte for byte what was uploaded, with the times, and leaves no temporary file', async () => {
  const out = join(work, 'down');
  const r = await azcp(['copy', `${server.url}/upl/site`, out, '--recursive', '--job-dir', jobDir]);
  assert.equal(r.code, 0, r.stderr + r.stdout);
  const { report } = readJob(evidenceFolder(r.stdout));
  assert.equal(report.reconciliation.ok, true);
  const a = hashTree(src());
  const b = hashTree(join(out, 'site'));
  assert.deepEqual([...b.keys()].sort(), [...a.keys()].sort());
  for (const [k, v] of a) {
    assert.equal(b.get(k)!.sha256, v.sha256, k);
    assert.equal(Math.round(b.get(k)!.mtimeMs), Math.round(v.mtimeMs), `mtime of ${k}`);
  }
  // Every download was checked against the Content-MD5 azcp set.
  assert.deepEqual(report.verification, { endToEnd: Object.keys(FILES).length, inTransit: 0, none: 0 });
  const leftovers = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? leftovers(join(dir, d.name)) : d.name.endsWith('.part') ? [d.name] : []));
  assert.deepEqual(leftovers(out), []);
});

test('a share URL with a SAS works with --from-to and no AZCP_FILE_ENDPOINT; a --from-to that contradicts the URL is exit 2', async () => {
  const restore = useFilesEndpoint(server);
  delete process.env.AZCP_FILE_ENDPOINT;
  const sas = shareSas(server, 'upl');
  const out = join(work, 'one');
  const r = await azcp(['copy', `${server.url}/upl/site/index.html?${sas}`, join(out, 'index.html'), '--from-to', 'FileLocal', '--job-dir', jobDir]);
  assert.equal(r.code, 0, r.stderr + r.stdout);
  assert.ok(existsSync(join(out, 'index.html')));
  assert.doesNotMatch(r.stdout + r.stderr, new RegExp(sas.split('sig=')[1].slice(0, 12).replace(/[+/]/g, '.')), 'the SAS signature never shows');
  const bad = await azcp(['copy', src(), 'https://acct.blob.core.windows.net/c', '--from-to', 'LocalFile', '--recursive', '--job-dir', jobDir]);
  assert.equal(bad.code, 2, bad.stderr);
  assert.match(bad.stderr, /--from-to LocalFile says the destination is a file share URL, but .* is a blob URL/);
  const local = await azcp(['copy', src(), `${server.url}/upl`, '--from-to', 'FileBlob', '--recursive', '--job-dir', jobDir]);
  assert.equal(local.code, 2);
  assert.match(local.stderr, /is a local path/);
  restore();
});

test('a file URL on the .file. host is a share, not a refused endpoint', async () => {
  const r = await azcp(['copy', src(), 'https://acct.file.core.windows.net/share', '--recursive', '--dry-run', '--job-dir', jobDir], { ...process.env, AZCP_MAX_TRIES: '1' });
  assert.doesNotMatch(r.stderr, /azcp moves blobs/);
});

test('a copy of a folder keeps its empty folders: local → share → local, and share → share', async () => {
  const tree = join(work, 'holes');
  writeTree(tree, { 'full/x.txt': 'x' });
  mkdirSync(join(tree, 'vacant'), { recursive: true });
  mkdirSync(join(tree, 'full', 'empty', 'deeper'), { recursive: true });
  await createShare(server, 'holes');
  await createShare(server, 'holes2');
  const restore = useFilesEndpoint(server);
  try {
    const up = await azcp(['copy', tree, `${server.url}/holes`, '--recursive', '--job-dir', jobDir]);
    assert.equal(up.code, 0, up.stderr + up.stdout);
    assert.deepEqual(await listDirectories(server, 'holes'), ['holes', 'holes/full', 'holes/full/empty', 'holes/full/empty/deeper', 'holes/vacant']);
    const s2s = await azcp(['copy', `${server.url}/holes/holes`, `${server.url}/holes2`, '--recursive', '--job-dir', jobDir]);
    assert.equal(s2s.code, 0, s2s.stderr + s2s.stdout);
    assert.deepEqual(await listDirectories(server, 'holes2'), ['holes', 'holes/full', 'holes/full/empty', 'holes/full/empty/deeper', 'holes/vacant']);
    const out = join(work, 'holes-down');
    const down = await azcp(['copy', `${server.url}/holes2/holes`, out, '--recursive', '--job-dir', jobDir]);
    assert.equal(down.code, 0, down.stderr + down.stdout);
    assert.ok(statSync(join(out, 'holes', 'vacant')).isDirectory());
    assert.ok(statSync(join(out, 'holes', 'full', 'empty', 'deeper')).isDirectory());
    // A filtered copy takes files, not folders.
    await createShare(server, 'holes3');
    const filtered = await azcp(['copy', tree, `${server.url}/holes3`, '--recursive', '--include-pattern', '*.txt', '--job-dir', jobDir]);
    assert.equal(filtered.code, 0, filtered.stderr);
    assert.deepEqual(await listDirectories(server, 'holes3'), ['holes', 'holes/full']);
  } finally {
    restore();
  }
});

test('overlap: a share inside itself is refused; a container and a share of one name on one endpoint are two places', () => {
  const url = 'http://127.0.0.1:1/devstoreaccount1';
  assert.throws(() => parseJobOptions({ mode: 'copy', source: `${url}/same/a`, destination: `${url}/same/a/b`, fromTo: 'FileFile', recursive: 'true' }), /inside the source/);
  assert.doesNotThrow(() => parseJobOptions({ mode: 'copy', source: `${url}/same/a`, destination: `${url}/same/a/b`, fromTo: 'BlobFile', recursive: 'true' }));
});
