// Copies between remote sides run inside the services: blob → share and
// share → share with Put Range From URL (the share reads the source itself),
// checked by the stand-in's request log (no Put Range with a body from
// azcp); sync blob → share twice leaves both equal (reconciled) and sends
// nothing the second time. Azure Files is served by the in-memory stand-in
// (scripts/files-server.mjs) because no emulator of it exists; the blobs
// are a real Azurite. share → blob is refused by Azurite itself: it copies
// only from sources on the same Azurite instance (said below). For share →
// blob, a stand-in in front of Azurite (helpers/cross-service-copy.ts) does
// the blob service's part of the copy, reading the share file itself, so
// the sync can be proved end to end: equal sides, reconciled, no byte
// through azcp.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startAzurite } from '../scripts/azurite.mjs';
import { azcp } from './helpers/azcp.ts';
import { tempDir } from './helpers/temp.ts';
import { bytes, createContainer, listContainer, putBlobs, readJob, evidenceFolder, containerSas, type Azurite } from './helpers/trees.ts';
import { createShare, listShare, putFiles, shareSas, startFilesServer, useFilesEndpoint, type FilesServer } from './helpers/shares.ts';
import { createHash } from 'node:crypto';
import { startFaultProxy } from './helpers/fault-proxy.ts';
import { startCrossServiceCopy } from './helpers/cross-service-copy.ts';
import { DEV_ACCOUNT } from '../scripts/azurite.mjs';
import { blobText } from './helpers/trees.ts';

const MiB = 1024 * 1024;
let az: Azurite;
let server: FilesServer;
let jobDir: string;
let restore: () => void;
const BLOBS: Record<string, string | Buffer> = { 'a.txt': 'aaa', 'dir/b.bin': bytes(5 * MiB + 3, 2), 'dir/sub/c.txt': 'ccc', 'empty.txt': '' };
const md5 = (b: string | Buffer) => createHash('md5').update(b).digest('base64');

before(async () => {
  az = await startAzurite();
  server = await startFilesServer();
  restore = useFilesEndpoint(server);
  jobDir = join(tempDir('files-s2s'), 'jobs');
  await createContainer(az, 'src');
  await putBlobs(az, 'src', BLOBS, new Date('2026-02-03T04:05:06.000Z'));
});
after(async () => {
  restore?.();
  await server?.close();
  await az?.stop();
});

const bodiesSent = (from: number) => server.requests.slice(from).filter((r) => r.operation === 'PutRange').length;

test('sync blob → share runs in the service (Put Range From URL), and a second sync sends nothing; both sides equal', async () => {
  await createShare(server, 'fromblob');
  const src = `${az.serviceUrl}/src?${containerSas('src', 'rl')}`;
  const mark = server.requests.length;
  const r = await azcp(['sync', src, `${server.url}/fromblob`, '--job-dir', jobDir]);
  assert.equal(r.code, 0, r.stderr + r.stdout);
  const report = readJob(evidenceFolder(r.stdout)).report;
  assert.equal(report.reconciliation.ok, true);
  assert.equal(bodiesSent(mark), 0, 'no byte went through azcp');
  assert.ok(server.requests.slice(mark).some((q) => q.operation === 'PutRangeFromURL' && q.status === 201));
  const files = await listShare(server, 'fromblob');
  assert.deepEqual(files.map((f) => f.name), Object.keys(BLOBS).sort());
  for (const f of files) {
    assert.equal(f.md5, md5(BLOBS[f.name]), `Content-MD5 of ${f.name} carried from the blob`);
    assert.equal(f.lastWriteMs, Date.parse('2026-02-03T04:05:06.000Z'), `the blob's source time is the file's last-write time: ${f.name}`);
  }
  const again = await azcp(['sync', src, `${server.url}/fromblob`, '--job-dir', jobDir]);
  assert.equal(again.code, 0, again.stderr);
  const r2 = readJob(evidenceFolder(again.stdout)).report;
  assert.equal(r2.counts.transferred, 0);
  assert.equal(r2.reconciliation.ok, true);
});

test('copy share → share runs in the service, with a key-signed read SAS for the source', async () => {
  await putFiles(server, 'left', { 'x/y.txt': 'yyy', 'big.bin': bytes(6 * MiB, 5) }, new Date('2026-01-01T00:00:00.000Z'));
  await createShare(server, 'right');
  const mark = server.requests.length;
  const r = await azcp(['copy', `${server.url}/left/*`, `${server.url}/right`, '--recursive', '--job-dir', jobDir]);
  assert.equal(r.code, 0, r.stderr + r.stdout);
  assert.equal(bodiesSent(mark), 0, 'no byte went through azcp');
  const a = await listShare(server, 'left');
  const b = await listShare(server, 'right');
  assert.deepEqual(b.map((f) => [f.name, f.lastWriteMs]), a.map((f) => [f.name, f.lastWriteMs]));
  assert.doesNotMatch(r.stdout + r.stderr, /sig=(?!REDACTED)/, 'no signature printed');
});

test('where the share refuses Put Range From URL (501), Copy File does the copy, once decided per job', async () => {
  // A proxy in front of the stand-in answers 501 to every Put Range (the
  // only range writes of a server copy are Put Range From URL); everything
  // else is forwarded unchanged. It stands for a service without the API.
  const proxy = await startFaultProxy(server.port, server.account, (info) =>
    info.method === 'PUT' && new URL(info.url, 'http://x').searchParams.get('comp') === 'range' ? { kind: 'status', status: 501 } : { kind: 'forward' },
  );
  try {
    await putFiles(server, 'fb-src', { 'one.txt': 'one', 'two/three.bin': bytes(5 * MiB, 8) }, new Date('2026-01-01T00:00:00.000Z'));
    await createShare(server, 'fb-dst');
    const mark = server.requests.length;
    const r = await azcp(['copy', `${proxy.serviceUrl}/fb-src/*`, `${proxy.serviceUrl}/fb-dst`, '--recursive', '--from-to', 'FileFile', '--concurrency', '1', '--job-dir', jobDir]);
    assert.equal(r.code, 0, r.stderr + r.stdout);
    const ops = server.requests.slice(mark).map((q) => q.operation);
    assert.equal(ops.filter((o) => o === 'CopyFile').length, 2, 'both files by Copy File');
    assert.equal(ops.filter((o) => o === 'PutRange').length, 0, 'no byte through azcp');
    assert.equal(proxy.injected['status 501'], 1, 'Put Range From URL tried once, then not again this job');
    const a = await listShare(server, 'fb-src');
    const b = await listShare(server, 'fb-dst');
    assert.deepEqual(b.map((f) => [f.name, f.size, f.lastWriteMs]), a.map((f) => [f.name, f.size, f.lastWriteMs]));
  } finally {
    await proxy.stop();
  }
});

test('sync share → blob: Azurite refuses a source on another server (CannotVerifyCopySource), which azcp reports as failed transfers', async () => {
  await createContainer(az, 'toblob');
  const r = await azcp(['sync', `${server.url}/fromblob?${shareSas(server, 'fromblob', 'rl')}`, `${az.serviceUrl}/toblob`, '--job-dir', jobDir]);
  // Against the service this is the same Put Blob From URL that works for
  // blob → blob; Azurite 3.35 only copies from its own instance.
  assert.notEqual(r.code, 0);
  assert.match(r.stdout + r.stderr, /CannotVerifyCopySource|copy source|does not exist/i);
  assert.deepEqual(await listContainer(az, 'toblob'), []);
});

test('sync share → blob runs in the service (Put Blob From URL, the blob service reading the share), leaves both sides equal and reconciled, and a second sync sends nothing', async () => {
  // Azurite cannot read a source on another server; the stand-in in front of
  // it does that part of the service's work (see the file's head).
  const copy = await startCrossServiceCopy(az.port, DEV_ACCOUNT);
  try {
    const FILES: Record<string, string | Buffer> = { 'a.txt': 'share a', 'dir/b.bin': bytes(3 * MiB + 7, 9), 'dir/sub/c.txt': 'ccc', 'empty.txt': '' };
    await putFiles(server, 'toblob-src', FILES, new Date('2026-03-04T05:06:07.000Z'));
    await createContainer(az, 'fromshare');
    // An object the share does not have: the sync deletes it.
    await putBlobs(az, 'fromshare', { 'stale.txt': 'old' });
    const src = `${server.url}/toblob-src?${shareSas(server, 'toblob-src', 'rl')}`;
    const dst = `${copy.serviceUrl}/fromshare?${containerSas('fromshare')}`;
    const r = await azcp(['sync', src, dst, '--delete-destination', 'true', '--max-delete', '100%', '--job-dir', jobDir]);
    assert.equal(r.code, 0, r.stderr + r.stdout);
    const report = readJob(evidenceFolder(r.stdout)).report;
    assert.equal(report.reconciliation.ok, true);
    assert.equal(report.counts.transferred, 4);
    assert.equal(report.counts.deleted, 1);
    assert.equal(copy.clientPutBytes, 0, 'no byte went through azcp');
    assert.equal(copy.copies.filter((c) => c.bytes > 0).length, 3, 'every non-empty file copied by the service from the share');
    const blobs = await listContainer(az, 'fromshare');
    assert.deepEqual(blobs.map((b) => b.name), Object.keys(FILES).sort());
    for (const [name, body] of Object.entries(FILES)) assert.ok((await blobText(az, 'fromshare', name)).equals(Buffer.from(body)), `${name} byte for byte`);
    for (const b of blobs) assert.equal(b.md5, md5(FILES[b.name]), `Content-MD5 of ${b.name} carried from the share`);

    const before = copy.copies.length;
    const again = await azcp(['sync', src, dst, '--delete-destination', 'true', '--job-dir', jobDir]);
    assert.equal(again.code, 0, again.stderr);
    const r2 = readJob(evidenceFolder(again.stdout)).report;
    assert.equal(r2.counts.transferred, 0, 'the files\' last-write times are the blobs\' source times');
    assert.equal(r2.reconciliation.ok, true);
    assert.equal(copy.copies.length, before);
    assert.doesNotMatch(r.stdout + r.stderr + again.stdout + again.stderr, /sig=(?!REDACTED)/, 'no signature printed');
  } finally {
    await copy.stop();
  }
});
