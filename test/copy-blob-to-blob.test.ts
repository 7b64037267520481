// Blob → blob runs inside the service. Azurite 3.35 answers 501 to Put Blob
// From URL, so this proves the fallback (Copy Blob From URL) end to end:
// contents identical, names kept, the source mtime carried in metadata.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { startAzurite } from '../scripts/azurite.mjs';
import { azcp } from './helpers/azcp.ts';
import { registeredSecretCount } from '../src/auth/redact.ts';
import { tempDir, writeTree, bytes, listContainer, createContainer, containerSas, blobText, readJob, evidenceFolder, putBlobs, service, type Azurite } from './helpers/trees.ts';
import { jsonReport } from './helpers/json-lines.ts';

const MiB = 1024 * 1024;
let az: Azurite;
let work: string;
let jobDir: string;
const FILES: Record<string, string | Buffer> = {
  'ünï cødé/файл 1.txt': 'unicode',
  'a b/c d.txt': 'spaces',
  'a-b': '1',
  'a.b': '1.',
  'a/b': '22',
  a0: '333',
  B: 'upper',
  b: 'lower',
  'deep/er/nest/leaf.txt': 'leaf',
  'empty.txt': '',
  'big.bin': bytes(3 * MiB + 5, 3),
};
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const OLD = new Date('2021-03-04T05:06:07.089Z');

before(async () => {
  az = await startAzurite();
  work = tempDir('b2b');
  jobDir = join(work, 'jobs');
  writeTree(join(work, 'src'), FILES, OLD);
  await createContainer(az, 'source');
  const up = await azcp(['copy', `${join(work, 'src')}/*`, `${az.serviceUrl}/source`, '--recursive', '--block-size-mb', '1', '--job-dir', jobDir]);
  assert.equal(up.code, 0, up.stderr + up.stdout);
});
after(async () => {
  await az?.stop();
});

async function assertSameBlobs(srcContainer: string, dstContainer: string, dstPrefix = '') {
  const from = await listContainer(az, srcContainer);
  const to = await listContainer(az, dstContainer);
  assert.deepEqual(to.map((b) => b.name), from.map((b) => dstPrefix + b.name));
  for (const s of from) {
    const d = to.find((b) => b.name === dstPrefix + s.name)!;
    assert.equal(d.size, s.size, s.name);
    assert.equal(sha(await blobText(az, dstContainer, d.name)), sha(await blobText(az, srcContainer, s.name)), `content of ${s.name}`);
    assert.equal(d.metadata.mtime, s.metadata.mtime, `mtime metadata of ${s.name}`);
    assert.equal(d.contentType, s.contentType, `content type of ${s.name}`);
  }
}

test('container → container with the account key: every blob copied by the service, mtime carried over', async () => {
  await createContainer(az, 'dest-key');
  const secretsBefore = registeredSecretCount();
  const r = await azcp(['copy', `${az.serviceUrl}/source/*`, `${az.serviceUrl}/dest-key`, '--recursive', '--job-dir', jobDir]);
  assert.equal(r.code, 0, r.stderr + r.stdout);
  // One read SAS for the source side, not one per blob: the registered
  // secrets (scanned by every redaction) must not grow with the blob count.
  assert.ok(Object.keys(FILES).length > 4);
  assert.ok(registeredSecretCount() - secretsBefore <= 4, `${registeredSecretCount() - secretsBefore} secrets registered for ${Object.keys(FILES).length} blobs`);
  const { report, transfers } = readJob(evidenceFolder(r.stdout));
  assert.equal(report.counts.transferred, Object.keys(FILES).length);
  assert.equal(report.reconciliation.ok, true);
  assert.ok(transfers.every((t) => t.action === 'copy' && t.status === 'Completed'));
  await assertSameBlobs('source', 'dest-key');
  const listed = await listContainer(az, 'dest-key');
  assert.ok(listed.every((b) => b.metadata.mtime === OLD.toISOString()), 'the source file time survives two hops');
});

test('container → container with a SAS on each URL; the folder name is kept as with local copies', async () => {
  await createContainer(az, 'dest-sas');
  // Azurite answers this Put Blob From URL with a bare 500; azcp must take
  // that as "not supported here" and fall back at once, not after retries.
  const started = Date.now();
  const r = await azcp([
    'copy',
    `${az.serviceUrl}/source/a?${containerSas('source', 'rl')}`,
    `${az.serviceUrl}/dest-sas?${containerSas('dest-sas', 'rwl')}`,
    '--recursive',
    '--job-dir',
    jobDir,
  ]);
  assert.ok(Date.now() - started < 15_000, `the fallback came without a retry stall (${Date.now() - started} ms)`);
  assert.equal(r.code, 0, r.stderr + r.stdout);
  const names = (await listContainer(az, 'dest-sas')).map((b) => b.name);
  assert.deepEqual(names, ['a/b'], 'copying virtual folder "a" lands under "a/"');
  assert.equal((await blobText(az, 'dest-sas', 'a/b')).toString(), '22');
});

test('one blob to an explicit blob name in another container', async () => {
  await createContainer(az, 'dest-one');
  const r = await azcp(['copy', `${az.serviceUrl}/source/big.bin`, `${az.serviceUrl}/dest-one/renamed/copy.bin`, '--job-dir', jobDir]);
  assert.equal(r.code, 0, r.stderr + r.stdout);
  const listed = await listContainer(az, 'dest-one');
  assert.deepEqual(listed.map((b) => b.name), ['renamed/copy.bin']);
  assert.equal(sha(await blobText(az, 'dest-one', 'renamed/copy.bin')), sha(FILES['big.bin'] as Buffer));
});

test('a blob without mtime metadata gets its Last-Modified as mtime at the destination', async () => {
  await putBlobs(az, 'plain', { 'x.txt': 'plain blob' });
  const props = await service(az).getContainerClient('plain').getBlobClient('x.txt').getProperties();
  await createContainer(az, 'dest-plain');
  const r = await azcp(['copy', `${az.serviceUrl}/plain/*`, `${az.serviceUrl}/dest-plain`, '--recursive', '--job-dir', jobDir]);
  assert.equal(r.code, 0, r.stderr + r.stdout);
  const [b] = await listContainer(az, 'dest-plain');
  assert.equal(Date.parse(b.metadata.mtime), props.lastModified!.getTime());
});

test('sync between containers: a second run transfers nothing', async () => {
  await createContainer(az, 'dest-sync');
  const first = await azcp(['sync', `${az.serviceUrl}/source`, `${az.serviceUrl}/dest-sync`, '--job-dir', jobDir]);
  assert.equal(first.code, 0, first.stderr + first.stdout);
  await assertSameBlobs('source', 'dest-sync');
  const again = await azcp(['sync', `${az.serviceUrl}/source`, `${az.serviceUrl}/dest-sync`, '--job-dir', jobDir, '--output-type', 'json']);
  assert.equal(again.code, 0, again.stderr + again.stdout);
  const report = jsonReport(again.stdout);
  assert.equal(report.counts.transferred, 0);
  assert.equal(report.counts.skipped, Object.keys(FILES).length);
});
