// Property drift: when only the header rules (or header flags) changed, a
// sync sets the headers in place — Set Blob HTTP Headers / Set Blob
// Metadata — and uploads nothing. Requests are counted from Azurite's own
// request log: no Put Blob for such files.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startAzurite } from '../scripts/azurite.mjs';
import { azcp } from './helpers/azcp.ts';
import { tempDir, writeTree, createContainer, service, readJob, evidenceFolder, type Azurite } from './helpers/trees.ts';
import { quietMark, readAzuriteLog, settledLog } from './helpers/azurite-log.ts';
import { stepOutputs } from '../src/hosts/ci/outputs.ts';

let az: Azurite;
let work: string;
let jobDir: string;
let logPath: string;
const SITE = { 'index.html': 'home', 'docs/index.html': 'docs', 'assets/app.1.js': 'app', 'assets/site.1.css': 'css' };

before(async () => {
  work = tempDir('drift');
  jobDir = join(work, 'jobs');
  logPath = join(work, 'azurite-debug.log');
  az = await startAzurite({ extraArgs: ['--debug', logPath] });
  writeTree(join(work, 'site'), SITE);
  await createContainer(az, 'site');
});
after(async () => {
  await az?.stop();
});

const props = (name: string) => service(az).getContainerClient('site').getBlobClient(name).getProperties();
const sync = (...extra: string[]) => azcp(['sync', join(work, 'site'), `${az.serviceUrl}/site`, '--job-dir', jobDir, ...extra]);
/** The requests Azurite served on container `site` after log line `from`. */
const since = (from: number) => readAzuriteLog(logPath).filter((r) => r.start >= from && r.container === 'site' && r.blob);
const mark = () => quietMark(logPath);

test('a rules change on unchanged files sets their headers in place, with no upload, and counts propertiesUpdated', async () => {
  const first = await sync();
  assert.equal(first.code, 0, first.stdout + first.stderr);
  const md5Before = (await props('assets/app.1.js')).contentMD5;

  const at = await mark();
  const rules = 'assets/** Cache-Control: public, max-age=31536000, immutable\n**/*.html Cache-Control: no-cache\ndocs/** x-ms-meta-section: docs';
  const second = await sync('--header-rules', rules);
  assert.equal(second.code, 0, second.stdout + second.stderr);
  const job = readJob(evidenceFolder(second.stdout));
  assert.equal(job.report.counts.transferred, 0);
  assert.equal(job.report.counts.propertiesUpdated, 4);
  assert.equal(stepOutputs(job.report).propertiesUpdated, '4');
  await settledLog(logPath, (r) => r.start >= at && r.operation === 'Blob_SetMetadata', 1);
  await settledLog(logPath, (r) => r.start >= at && r.operation === 'Blob_SetHTTPHeaders', 4);
  const ops = since(at);
  assert.equal(ops.filter((r) => r.operation === 'BlockBlob_Upload' || r.operation === 'BlockBlob_CommitBlockList').length, 0, 'no Put Blob');
  assert.equal(ops.filter((r) => r.operation === 'Blob_SetHTTPHeaders').length, 4);
  // Only docs/index.html's metadata differs (the rule adds section=docs).
  assert.deepEqual(ops.filter((r) => r.operation === 'Blob_SetMetadata').map((r) => r.blob), ['docs/index.html']);

  const app = await props('assets/app.1.js');
  assert.equal(app.cacheControl, 'public, max-age=31536000, immutable');
  assert.equal(app.contentType, 'text/javascript', 'the type stays');
  assert.deepEqual(app.contentMD5, md5Before, 'Content-MD5 is kept');
  const docs = await props('docs/index.html');
  assert.equal(docs.metadata?.section, 'docs');
  assert.ok(docs.metadata?.mtime, 'the source time sync compares is kept');
  const line = job.transfers.find((t) => t.path === 'index.html')!;
  assert.equal(line.action, 'set-properties');
  assert.match(line.reason!, /set Cache-Control/);

  // The same rules again: nothing differs, nothing is sent.
  const at2 = await mark();
  const third = await sync('--header-rules', rules);
  assert.equal(third.code, 0, third.stdout + third.stderr);
  const again = readJob(evidenceFolder(third.stdout)).report;
  assert.equal(again.counts.propertiesUpdated, 0);
  assert.equal(again.counts.skipped, 4);
  // (This test's own Get Blob Properties may land in the log late: only writes count.)
  const sent = since(at2).filter((r) => r.operation !== 'Blob_GetProperties').map((r) => `${r.operation} ${r.blob}`);
  assert.deepEqual(sent, [], 'no write to any blob');
});

test('a dry run names the headers it would set and changes nothing; without rules or header flags nothing is compared', async () => {
  const dry = await sync('--cache-control', 'max-age=5', '--dry-run');
  assert.equal(dry.code, 0, dry.stdout + dry.stderr);
  assert.match(dry.stdout + dry.stderr, /would set Cache-Control/);
  assert.equal((await props('index.html')).cacheControl, 'no-cache');
  const plain = await sync();
  const report = readJob(evidenceFolder(plain.stdout)).report;
  assert.equal(report.counts.propertiesUpdated, undefined);
  assert.equal((await props('index.html')).cacheControl, 'no-cache');
});
