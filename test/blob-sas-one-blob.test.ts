// A blob SAS (sr=b, made by the SDK) on a URL that names one blob: it
// grants that blob and nothing around it (no listing of the container), so
// the preflight probe asks for the blob itself, the permission check does
// not ask for list (a blob SAS has no l), and the job never lists the
// container. Download, upload (new and over), sync and remove of that blob
// work; a blob SAS on a folder URL is refused before any request. Real:
// Azurite (it checks a blob SAS's signature against the blob's own name).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { BlobSASPermissions, generateBlobSASQueryParameters } from '@azure/storage-blob';
import { startAzurite } from '../scripts/azurite.mjs';
import { azcp } from './helpers/azcp.ts';
import { tempDir, putBlobs, listContainer, credential, type Azurite } from './helpers/trees.ts';

let az: Azurite;
let work: string;
let jobDir: string;

before(async () => {
  az = await startAzurite();
  work = tempDir('blob-sas');
  jobDir = join(work, 'jobs');
  await putBlobs(az, 'bsas', { 'docs/report.txt': 'the report', 'docs/other.txt': 'other' });
});
after(async () => {
  await az?.stop();
});

const blobSas = (blobName: string, permissions: string) =>
  generateBlobSASQueryParameters(
    { containerName: 'bsas', blobName, permissions: BlobSASPermissions.parse(permissions), expiresOn: new Date(Date.now() + 2 * 3600_000) },
    credential,
  ).toString();

test('a blob SAS on a one-blob URL: download, upload (new and over), sync and remove of that blob', async () => {
  const down = join(work, 'report.txt');
  const r = await azcp(['copy', `${az.serviceUrl}/bsas/docs/report.txt?${blobSas('docs/report.txt', 'r')}`, down, '--job-dir', jobDir]);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.equal(readFileSync(down, 'utf8'), 'the report');

  const local = join(work, 'new.txt');
  writeFileSync(local, 'new bytes');
  const up = await azcp(['copy', local, `${az.serviceUrl}/bsas/docs/new.txt?${blobSas('docs/new.txt', 'rcw')}`, '--job-dir', jobDir]);
  assert.equal(up.code, 0, up.stdout + up.stderr);
  writeFileSync(local, 'newer bytes');
  const over = await azcp(['copy', local, `${az.serviceUrl}/bsas/docs/report.txt?${blobSas('docs/report.txt', 'rcw')}`, '--job-dir', jobDir]);
  assert.equal(over.code, 0, over.stdout + over.stderr);
  const sync = await azcp(['sync', local, `${az.serviceUrl}/bsas/docs/report.txt?${blobSas('docs/report.txt', 'rcw')}`, '--job-dir', jobDir]);
  assert.equal(sync.code, 0, sync.stdout + sync.stderr);
  const blobs = Object.fromEntries((await listContainer(az, 'bsas')).map((b) => [b.name, b.size]));
  assert.deepEqual(blobs, { 'docs/new.txt': 9, 'docs/other.txt': 5, 'docs/report.txt': 11 });

  const rm = await azcp(['remove', `${az.serviceUrl}/bsas/docs/new.txt?${blobSas('docs/new.txt', 'rd')}`, '--job-dir', jobDir]);
  assert.equal(rm.code, 0, rm.stdout + rm.stderr);
  assert.deepEqual((await listContainer(az, 'bsas')).map((b) => b.name), ['docs/other.txt', 'docs/report.txt']);
});

test('a blob SAS for a blob that is not there, or on a folder URL, is a usage error naming why', async () => {
  const missing = await azcp(['copy', `${az.serviceUrl}/bsas/docs/nope.txt?${blobSas('docs/nope.txt', 'r')}`, join(work, 'nope.txt'), '--job-dir', jobDir]);
  assert.equal(missing.code, 2, missing.stdout + missing.stderr);
  assert.match(missing.stderr, /does not exist/);
  const dir = await azcp(['copy', `${az.serviceUrl}/bsas/docs/*?${blobSas('docs/report.txt', 'r')}`, join(work, 'd'), '--recursive', '--job-dir', jobDir]);
  assert.equal(dir.code, 2, dir.stdout + dir.stderr);
  assert.match(dir.stderr, /blob SAS \(sr=b\)/);
  assert.doesNotMatch(missing.stderr + dir.stderr, /sig=(?!REDACTED)/, 'the signature is not shown');
});
