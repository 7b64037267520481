// azcp jobs list | show | show --with-status | clean, on job folders made by
// real jobs against Azurite: one clean upload, one sync that skips
// everything, one download with a refused blob name (a failure).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { startAzurite } from '../scripts/azurite.mjs';
import { createContainer, rawPut } from './helpers/trees.ts';
import { azcp } from './helpers/azcp.ts';
import { tempDir } from './helpers/temp.ts';
import { jsonReport, jsonDocument } from './helpers/json-lines.ts';

let azurite: Awaited<ReturnType<typeof startAzurite>>;
let work: string;
let jobDir: string;
const ids: Record<'upload' | 'sync' | 'download', string> = { upload: '', sync: '', download: '' };

function newestJob(before: string[]): string {
  const added = readdirSync(jobDir).filter((d) => !before.includes(d));
  assert.equal(added.length, 1);
  return added[0];
}

async function run(args: string[], expect: number): Promise<string> {
  const before = existsSync(jobDir) ? readdirSync(jobDir) : [];
  const r = await azcp([...args, '--job-dir', jobDir]);
  assert.equal(r.code, expect, r.stderr + r.stdout);
  return newestJob(before);
}

before(async () => {
  azurite = await startAzurite();
  work = tempDir('jobs');
  jobDir = join(work, 'jobs');
  const src = join(work, 'src');
  mkdirSync(src);
  for (const n of ['one.txt', 'two.txt', 'three.txt']) writeFileSync(join(src, n), `${n}\n`);
  await createContainer(azurite, 'jobs');
  const url = `${azurite.serviceUrl}/jobs`;
  ids.upload = await run(['copy', `${src}/*`, url], 0);
  ids.sync = await run(['sync', src, url], 0);
  // A name that would leave the destination folder: planted with a raw PUT (the SDK would normalise it).
  // (node:http sends the path as written; fetch would resolve the '..').
  const status = await rawPut(azurite, 'jobs', 'sub/%2E%2E/%2E%2E/escape.txt', 'planted\n');
  assert.equal(status, 201);
  ids.download = await run(['copy', `${url}/*`, join(work, 'down'), '--recursive'], 1);
});

after(async () => {
  await azurite?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

test('jobs list shows every job with its command, status and counts', async () => {
  const r = await azcp(['jobs', 'list', '--job-dir', jobDir]);
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout.trim().split('\n');
  assert.equal(lines.length, 3);
  const line = (id: string) => lines.find((l) => l.startsWith(id)) ?? assert.fail(`${id} is not listed:\n${r.stdout}`);
  assert.match(line(ids.upload), /^\S+ +copy +Completed +\S+Z +3 in scope: 3 transferred, 0 skipped, 0 failed, 0 deleted, /);
  assert.match(line(ids.sync), /^\S+ +sync +Completed +\S+Z +3 in scope: 0 transferred, 3 skipped, 0 failed, 0 deleted, /);
  assert.match(line(ids.download), /^\S+ +copy +CompletedWithErrors +\S+Z +4 in scope: 3 transferred, 0 skipped, 1 failed, 0 deleted, /);

  const json = await azcp(['jobs', 'list', '--job-dir', jobDir, '--output-type', 'json']);
  // AzCopy's envelope: one EndOfJob line, its ListJobsResponse, azcp's rows under AzcpJobs.
  const doc = jsonDocument(json.stdout);
  const rows = doc.AzcpJobs;
  const detail = doc.JobIDDetails.find((d: { JobId: string }) => d.JobId === ids.download);
  assert.deepEqual(detail, { JobId: ids.download, CommandString: 'copy', StartTime: Math.floor(Date.parse(rows.find((x: { jobId: string }) => x.jobId === ids.download).startedAt) / 1000), JobStatus: 'CompletedWithErrors' });
  assert.equal(doc.JobIDDetails.length, 3);
  assert.deepEqual(rows.map((x: { jobId: string }) => x.jobId).sort(), Object.values(ids).sort());
  assert.deepEqual(rows.find((x: { jobId: string }) => x.jobId === ids.download), { ...rows.find((x: { jobId: string }) => x.jobId === ids.download), status: 'CompletedWithErrors', failed: 1, transferred: 3 });
});

test('jobs show ID prints the report', async () => {
  const r = await azcp(['jobs', 'show', ids.download, '--job-dir', jobDir]);
  assert.equal(r.code, 0, r.stderr);
  const report = JSON.parse(r.stdout);
  assert.equal(report.jobId, ids.download);
  assert.equal(report.status, 'CompletedWithErrors');
  assert.equal(report.failures.length, 1);
  assert.match(report.failures[0].error, /"\.\." segment/);

  // --output-type json: AzCopy's GetJobSummary line (ListJobSummaryResponse), then EndOfJob; the report under AzcpReport.
  const asJson = await azcp(['jobs', 'show', ids.download, '--job-dir', jobDir, '--output-type', 'json']);
  assert.equal(asJson.code, 0, asJson.stderr);
  const summary = jsonDocument(asJson.stdout, 'GetJobSummary');
  assert.equal(summary.JobID, ids.download);
  assert.equal(summary.JobStatus, 'CompletedWithErrors');
  assert.equal(summary.TransfersFailed, '1');
  assert.equal(summary.FailedTransfers[0].Src, 'sub/../../escape.txt');
  assert.deepEqual(summary.AzcpReport, report);
});

test('jobs show --with-status filters the journal (Failed, Skipped, Completed; any case)', async () => {
  const failed = await azcp(['jobs', 'show', ids.download, '--with-status', 'Failed', '--job-dir', jobDir]);
  assert.equal(failed.code, 0, failed.stderr);
  assert.match(failed.stdout, /^Failed\tsub\/\.\.\/\.\.\/escape\.txt\t8\trefused: .*"\.\." segment.*\n$/);

  const completed = await azcp(['jobs', 'show', ids.download, '--with-status', 'completed', '--job-dir', jobDir]);
  assert.deepEqual(completed.stdout.trim().split('\n').map((l) => l.split('\t').slice(0, 2).join(' ')).sort(), ['Completed one.txt', 'Completed three.txt', 'Completed two.txt']);

  const skipped = await azcp(['jobs', 'show', ids.sync, '--with-status', 'Skipped', '--job-dir', jobDir]);
  assert.equal(skipped.stdout.trim().split('\n').length, 3);
  assert.ok(skipped.stdout.split('\n').filter(Boolean).every((l) => l.startsWith('Skipped\t')));
  const none = await azcp(['jobs', 'show', ids.upload, '--with-status', 'Failed', '--job-dir', jobDir]);
  assert.equal(none.code, 0);
  assert.equal(none.stdout, '');

  const asJson = await azcp(['jobs', 'show', ids.download, '--with-status', 'Failed', '--job-dir', jobDir, '--output-type', 'json']);
  // AzCopy's ListJobTransfers line (ListJobTransfersResponse), then EndOfJob; the journal line under AzcpTransfer.
  const transfers = jsonDocument(asJson.stdout, 'ListJobTransfers');
  assert.equal(transfers.JobID, ids.download);
  assert.deepEqual(transfers.Details.map((d: { Src: string; TransferStatus: string }) => [d.Src, d.TransferStatus]), [['sub/../../escape.txt', 'Failed']]);
  const rec = transfers.Details[0].AzcpTransfer;
  assert.equal(rec.path, 'sub/../../escape.txt');
  assert.equal(rec.status, 'Failed');
});

test('jobs: bad ids, statuses and subcommands are usage errors (exit 2)', async () => {
  const cases: Array<[string[], RegExp]> = [
    [['jobs', 'show', '20200101-000000Z-abcdef'], /^azcp: no job "20200101-000000Z-abcdef" in .* \(see: azcp jobs list\)\n$/],
    [['jobs', 'show', 'no-such-job'], /^azcp: "no-such-job" is not a job id: ids look like 20250102-030405Z-[0-9a-f]{6} \(see: azcp jobs list\)\n$/],
    [['jobs', 'show', '../../etc'], /^azcp: "\.\.\/\.\.\/etc" is not a job id/],
    [['jobs', 'show'], /^azcp: jobs show needs a JOB_ID/],
    [['jobs', 'resume', '20200101-000000Z-abcdef'], /^azcp: no job "20200101-000000Z-abcdef"/],
    [['jobs', 'show', ids.upload, '--with-status', 'Done'], /^azcp: --with-status must be one of Failed, Skipped, Completed/],
    [['jobs', 'frobnicate'], /^azcp: unknown jobs command "frobnicate"; use list, show, resume, merge or clean\n$/],
    [['jobs', 'merge'], /^azcp: jobs merge needs the shard job folders/],
    [['jobs', 'clean', '--older-than-days', 'soon'], /^azcp: --older-than-days must be a number of days\n$/],
  ];
  for (const [args, re] of cases) {
    const r = await azcp([...args, '--job-dir', jobDir]);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, re, args.join(' '));
  }
});

test('jobs clean removes job folders (only old ones with --older-than-days)', async () => {
  const kept = await azcp(['jobs', 'clean', '--older-than-days', '1', '--job-dir', jobDir]);
  assert.equal(kept.code, 0);
  assert.match(kept.stdout, /^removed 0 job folder\(s\) from /);
  assert.equal(readdirSync(jobDir).length, 3);
  const all = await azcp(['jobs', 'clean', '--job-dir', jobDir]);
  assert.equal(all.code, 0);
  assert.match(all.stdout, /^removed 3 job folder\(s\) from /);
  assert.deepEqual(readdirSync(jobDir), []);
  const list = await azcp(['jobs', 'list', '--job-dir', jobDir]);
  assert.match(list.stdout, /^no jobs in /);
});

test('a job whose journal hit its size cap says so, and its resume still sends nothing twice', async () => {
  // 40 files with a 2 KiB journal cap: most Completed lines are left out. A
  // resume then finds those objects by their size and time at the destination.
  const src = join(work, 'many');
  mkdirSync(src);
  for (let i = 0; i < 40; i++) writeFileSync(join(src, `f${String(i).padStart(2, '0')}.txt`), `file ${i}\n`);
  await createContainer(azurite, 'capped');
  process.env.AZCP_JOURNAL_MAX_BYTES = '2048';
  try {
    const r = await azcp(['copy', `${src}/*`, `${azurite.serviceUrl}/capped`, '--job-dir', jobDir, '--output-type', 'json']);
    assert.equal(r.code, 0, r.stderr + r.stdout);
    const report = jsonReport(r.stdout);
    assert.equal(report.counts.transferred, 40);
    assert.ok(report.journal?.droppedLines > 0, JSON.stringify(report.journal));
    assert.equal(report.journal.maxBytes, 2048);
    assert.ok(report.warnings.some((w: string) => /transfers\.jsonl reached its 2\.00 KiB cap: \d+ line\(s\) were left out/.test(w)), report.warnings.join('\n'));
    const resumed = await azcp(['jobs', 'resume', report.jobId, '--job-dir', jobDir, '--output-type', 'json']);
    assert.equal(resumed.code, 0, resumed.stderr + resumed.stdout);
    const again = jsonReport(resumed.stdout);
    assert.equal(again.resume.completedEarlier, 40, 'every object is recognised as done, journalled or not');
    assert.equal(again.counts.transferred, 40);
    assert.equal(again.counts.bytes, report.counts.bytes);
  } finally {
    delete process.env.AZCP_JOURNAL_MAX_BYTES;
  }
});
