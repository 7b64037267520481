// SAS lifetimes: an expired SAS is refused before anything is written
// (exit 2), a SAS that expires within the hour draws a warning before the
// job starts, and a SAS that expires while the job runs ends it with a
// message that names the expiry — and `jobs resume --destination-sas`
// finishes the job with a new one.
//
// Real: azcp (in-process CLI), Azurite (which checks `se` itself), SAS
// tokens signed with the account key. Mocked, because it cannot be real
// here: a slow network — a proxy that delays each request by 250 ms, so a
// small job outlives a SAS that expires a few seconds after it starts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BlobServiceClient, StorageSharedKeyCredential, generateBlobSASQueryParameters, ContainerSASPermissions, type ContainerClient } from '@azure/storage-blob';
import { startAzurite, DEV_ACCOUNT, DEV_KEY } from '../scripts/azurite.mjs';
import { startFaultProxy, type FaultProxy } from './helpers/fault-proxy.ts';
import { azcp } from './helpers/azcp.ts';
import { tempDir } from './helpers/temp.ts';
import { jsonReport } from './helpers/json-lines.ts';

let azurite: Awaited<ReturnType<typeof startAzurite>>;
let proxy: FaultProxy;
let service: BlobServiceClient;
let work: string;
let src: string;
const cred = new StorageSharedKeyCredential(DEV_ACCOUNT, DEV_KEY);

before(async () => {
  azurite = await startAzurite();
  proxy = await startFaultProxy(azurite.port, DEV_ACCOUNT);
  service = new BlobServiceClient(azurite.serviceUrl, cred);
  work = tempDir('sas');
  src = join(work, 'src');
  mkdirSync(src);
  for (let i = 0; i < 30; i++) writeFileSync(join(src, `f${String(i).padStart(2, '0')}.txt`), `file ${i}\n`.repeat(100));
});

after(async () => {
  await proxy?.stop();
  await azurite?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

function sasFor(container: string, expiresOn: Date, permissions = 'racwdl'): string {
  return generateBlobSASQueryParameters(
    { containerName: container, permissions: ContainerSASPermissions.parse(permissions), startsOn: new Date(Date.now() - 5 * 60_000), expiresOn },
    cred,
  ).toString();
}

async function names(c: ContainerClient): Promise<string[]> {
  const out: string[] = [];
  for await (const b of c.listBlobsFlat()) out.push(b.name);
  return out.sort();
}

test('an already-expired SAS: exit 2, a message naming the expiry, nothing written', async () => {
  const c = service.getContainerClient('expired');
  await c.create();
  const sas = sasFor('expired', new Date(Date.now() - 60 * 60_000));
  const r = await azcp(['copy', `${src}/*`, `${azurite.serviceUrl}/expired?${sas}`, '--job-dir', join(work, 'jobs-expired')]);
  assert.equal(r.code, 2, r.stderr);
  assert.match(r.stderr, /the destination SAS expired at \d{4}-\d\d-\d\dT[\d:.]+Z; create a new one/);
  assert.deepEqual(await names(c), []);
});

test('a SAS that expires within the hour: a warning before the job starts, then the job runs', async () => {
  const c = service.getContainerClient('soon');
  await c.create();
  const sas = sasFor('soon', new Date(Date.now() + 30 * 60_000));
  const r = await azcp(['copy', `${src}/f00.txt`, `${azurite.serviceUrl}/soon?${sas}`, '--job-dir', join(work, 'jobs-soon')]);
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stderr.split('\n');
  const warning = lines.findIndex((l) => /^warning: the destination SAS expires in (29|30) min \(at .*Z\); a long job will fail when it does$/.test(l));
  assert.ok(warning >= 0, `expected the expiry warning:\n${r.stderr}`);
  assert.deepEqual(await names(c), ['f00.txt']);
  const report = JSON.parse(readFileSync(join(work, 'jobs-soon', readdirSync(join(work, 'jobs-soon'))[0], 'report.json'), 'utf8'));
  assert.ok(report.warnings.some((w: string) => /SAS expires in/.test(w)), 'the warning is in report.json');
});

test('a SAS that expires during the job: the failure names the expiry; resume with a new SAS finishes', async () => {
  const c = service.getContainerClient('during');
  await c.create();
  // SAS times have one-second resolution: 4 s leaves time for preflight and
  // a few uploads; 30 files at 250 ms a request, one at a time, take ~8 s.
  const expiresOn = new Date(Math.ceil((Date.now() + 4000) / 1000) * 1000);
  const sas = sasFor('during', expiresOn);
  proxy.setDecide(() => ({ kind: 'forward', delayMs: 250 }));
  const jobDir = join(work, 'jobs-during');
  let r;
  try {
    r = await azcp(['copy', `${src}/*`, `${proxy.serviceUrl}/during?${sas}`, '--concurrency', '1', '--job-dir', jobDir, '--output-type', 'json']);
  } finally {
    proxy.setDecide(() => ({ kind: 'forward' }));
  }
  assert.equal(r.code, 1, r.stderr);
  const report = jsonReport(r.stdout);
  const expiry = new RegExp(`the destination SAS expired at ${expiresOn.toISOString().replace(/\.000Z$/, '')}(\\.000)?Z during the job \\(HTTP 403\\); create a new one and run: azcp jobs resume ${report.jobId} --destination-sas NEW_SAS`);
  assert.ok(report.counts.transferred > 0, 'some files went up before the SAS expired');
  assert.ok(report.counts.failed > 0 || /expired/.test(report.message), JSON.stringify(report.counts));
  assert.notEqual(report.status, 'Completed');
  // Every failure, and the job's end, say why.
  for (const f of report.failures) assert.match(f.error, expiry);
  assert.match(r.stderr, expiry);
  assert.ok(report.failures.length > 0 || expiry.test(report.message), `report: ${report.message}`);
  const uploaded = await names(c);
  assert.ok(uploaded.length > 0 && uploaded.length < 30, `${uploaded.length} uploaded before the expiry`);

  const fresh = sasFor('during', new Date(Date.now() + 2 * 60 * 60_000));
  const resumed = await azcp(['jobs', 'resume', report.jobId, '--job-dir', jobDir, '--destination-sas', fresh]);
  assert.equal(resumed.code, 0, resumed.stderr + resumed.stdout);
  assert.equal((await names(c)).length, 30);
});
