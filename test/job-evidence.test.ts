// Every run leaves evidence (report.json, transfers.jsonl, azcp.log,
// summary.md) with the fields INTERFACE.md promises, never a SAS signature;
// and the exit status says what happened: 0 done, 1 a transfer failed,
// 2 bad input before anything was written.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startAzurite } from '../scripts/azurite.mjs';
import { azcp, type AzcpResult } from './helpers/azcp.ts';
import { tempDir, writeTree, listContainer, createContainer, containerSas, readJob, evidenceFolder, jobFolders, putBlobs, service, type Azurite } from './helpers/trees.ts';
import { assertNoSecrets, jobFolderTexts } from './helpers/secrets.ts';
import { jsonReport } from './helpers/json-lines.ts';

let az: Azurite;
let work: string;
const FILES = { 'a.txt': 'alpha', 'sub/b.txt': 'bravo!', 'sub/c.bin': 'charlie-charlie', 'empty': '' };

before(async () => {
  az = await startAzurite();
  work = tempDir('evidence');
  writeTree(join(work, 'src'), FILES);
});
after(async () => {
  await az?.stop();
});

function assertNoSecret(sas: string, r: AzcpResult, jobDir: string) {
  const sig = new URLSearchParams(sas).get('sig')!;
  assert.ok(sig.length > 20);
  const texts: Record<string, string> = { stdout: r.stdout, stderr: r.stderr };
  for (const dir of jobFolders(jobDir)) for (const [f, text] of Object.entries(jobFolderTexts(dir))) texts[join(dir, f)] = text;
  assert.ok(Object.keys(texts).length > 6, 'the job folder was scanned');
  assertNoSecrets(texts, [sig]);
}

test('an upload with a SAS in the URL: report.json has the promised fields, and the signature appears nowhere', async () => {
  await createContainer(az, 'evid');
  const jobDir = join(work, 'jobs-sas');
  const sas = containerSas('evid', 'racwdl');
  const r = await azcp(['copy', `${join(work, 'src')}/*`, `${az.serviceUrl}/evid?${sas}`, '--recursive', '--job-dir', jobDir, '--log-level', 'debug']);
  assert.equal(r.code, 0, r.stderr + r.stdout);
  const folder = evidenceFolder(r.stdout);
  for (const f of ['report.json', 'transfers.jsonl', 'azcp.log', 'summary.md']) assert.ok(existsSync(join(folder, f)), `${f} exists`);
  const { report, transfers, log, summary } = readJob(folder);

  assert.equal(report.jobId, folder.split('/').at(-1));
  assert.equal(report.command, 'copy');
  assert.match(report.source, /src\/\*$/);
  assert.match(report.destination, /evid\?.*sig=REDACTED/);
  assert.ok(Date.parse(report.startedAt) <= Date.parse(report.endedAt));
  assert.equal(report.status, 'Completed');
  const bytes = Object.values(FILES).reduce((n, s) => n + s.length, 0);
  assert.deepEqual(report.counts, { total: 4, transferred: 4, skipped: 0, failed: 0, deleted: 0, bytes });
  const rec = report.reconciliation;
  for (const k of ['sourceCount', 'sourceBytes', 'destinationCount', 'destinationBytes', 'matched', 'missing', 'sizeMismatch', 'hashMismatch', 'extra']) {
    assert.equal(typeof rec[k], 'number', `reconciliation.${k}`);
  }
  assert.deepEqual(
    { s: rec.sourceCount, sb: rec.sourceBytes, d: rec.destinationCount, db: rec.destinationBytes, m: rec.matched, ok: rec.ok },
    { s: 4, sb: bytes, d: 4, db: bytes, m: 4, ok: true },
  );
  assert.deepEqual(report.failures, []);
  assert.deepEqual(report.skipped, []);

  assert.deepEqual(transfers.map((t) => [t.path, t.size, t.status]).sort(), Object.entries(FILES).map(([k, v]) => [k, v.length, 'Completed']).sort());
  assert.match(log, /azcp copy job/);
  assert.match(summary, /Completed/);
  assert.match(summary, /Reconciliation: matched/);

  // The listing agrees with the report.
  assert.equal((await listContainer(az, 'evid')).length, 4);
  assertNoSecret(sas, r, jobDir);
});

test('a failing download with a SAS: errors are reported, still without the signature', async () => {
  await putBlobs(az, 'evid2', { 'ok.txt': 'fine', 'blocked/x.txt': 'x', 'blocked.txt': 'file where a folder is' });
  const dest = join(work, 'blocked-dest');
  // A folder where the file "blocked.txt" should go: that one transfer fails.
  mkdirSync(join(dest, 'blocked.txt'), { recursive: true });
  // …holding a file of its own: an object only at the destination, which a
  // copy leaves alone and so must not call a difference.
  writeFileSync(join(dest, 'blocked.txt', 'stray'), 'kept');
  const jobDir = join(work, 'jobs-fail');
  const sas = containerSas('evid2', 'rl');
  const r = await azcp(['copy', `${az.serviceUrl}/evid2/*?${sas}`, dest, '--recursive', '--job-dir', jobDir]);
  assert.equal(r.code, 1, 'a failed transfer means exit 1');
  const { report, transfers } = readJob(evidenceFolder(r.stdout));
  assert.equal(report.counts.failed, 1);
  assert.equal(report.failures[0].path, 'blocked.txt');
  assert.match(report.failures[0].error, /folder already exists/);
  assert.equal(transfers.find((t) => t.path === 'blocked.txt')?.status, 'Failed');
  assert.equal(readFileSync(join(dest, 'ok.txt'), 'utf8'), 'fine', 'the other blobs arrived');
  assert.match(r.stdout, /FAILED blocked.txt/);
  // The verdict names what is wrong and only that.
  assert.equal(report.message, 'Completed with errors: 1 failed; reconciliation found 1 missing at the destination.');
  assert.equal(report.reconciliation.extra, 1);
  assert.equal(report.reconciliation.extraIsDifference, false);

  // A SAS with a wrong signature: the 403 is explained, the signature hidden.
  const bad = sas.replace(/sig=[^&]+/, `sig=${encodeURIComponent('A'.repeat(30) + 'forgedSignature+/=')}`);
  const denied = await azcp(['copy', `${az.serviceUrl}/evid2/*?${bad}`, join(work, 'denied'), '--recursive', '--job-dir', jobDir]);
  assert.equal(denied.code, 2, denied.stderr);
  assert.match(denied.stderr, /refused|rejected|AuthenticationFailed/);
  assertNoSecret(sas, r, jobDir);
  assertNoSecret(bad, denied, jobDir);
});

test('exit 2 for bad input, before anything is written', async () => {
  await createContainer(az, 'untouched');
  const jobDir = join(work, 'jobs-bad');
  const cases: Array<[string, string[], RegExp]> = [
    ['a source that does not exist', ['copy', join(work, 'no-such-folder'), `${az.serviceUrl}/untouched`, '--recursive'], /does not exist/],
    ['a destination container that does not exist', ['copy', `${join(work, 'src')}/*`, `${az.serviceUrl}/missing-container`, '--recursive'], /does not exist/],
    ['a malformed URL', ['copy', `${join(work, 'src')}/*`, 'https://', '--recursive'], /URL|destination/],
    ['a source container that does not exist', ['copy', `${az.serviceUrl}/missing-container/*`, join(work, 'never'), '--recursive'], /does not exist/],
    ['an unknown flag', ['copy', `${join(work, 'src')}/*`, `${az.serviceUrl}/untouched`, '--recursve'], /unknown option|recursive/],
  ];
  for (const [what, args, message] of cases) {
    const r = await azcp([...args, '--job-dir', jobDir]);
    assert.equal(r.code, 2, `${what}: ${r.stderr}`);
    assert.match(r.stderr + r.stdout, message, what);
  }
  assert.deepEqual(await listContainer(az, 'untouched'), []);
  assert.equal(await service(az).getContainerClient('untouched').exists(), true, 'the existing container is still there');
  assert.ok(!existsSync(join(work, 'never')), 'no local folder was created');
  assert.equal(await service(az).getContainerClient('missing-container').exists(), false, 'no container was created');
});

test('exit 0 when everything is already there (a no-op copy with --overwrite false)', async () => {
  await createContainer(az, 'noop');
  const jobDir = join(work, 'jobs-noop');
  const first = await azcp(['copy', `${join(work, 'src')}/*`, `${az.serviceUrl}/noop`, '--recursive', '--job-dir', jobDir]);
  assert.equal(first.code, 0, first.stderr);
  const again = await azcp(['copy', `${join(work, 'src')}/*`, `${az.serviceUrl}/noop`, '--recursive', '--overwrite', 'false', '--job-dir', jobDir, '--output-type', 'json']);
  assert.equal(again.code, 0, again.stderr);
  const report = jsonReport(again.stdout);
  assert.equal(report.counts.transferred, 0);
  assert.equal(report.counts.skipped, 4);
  assert.equal(report.skippedTotal, 4);
  assert.deepEqual(report.skipped.map((s: { path: string }) => s.path).sort(), Object.keys(FILES).sort());
});
