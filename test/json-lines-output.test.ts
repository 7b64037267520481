// --output-type json is AzCopy's JSON lines: every line of stdout is one
// envelope {TimeStamp, MessageType, MessageContent (a string)}, Init first,
// EndOfJob (AzCopy's job summary, azcp's report under AzcpReport) last, and
// nothing else on stdout. Each command is run and every line parsed: copy,
// sync, a dry run, list, remove, a job whose transfers fail, and bad input.
// No SAS signature appears in any line.
//
// Real: azcp in-process through the CLI host, Azurite, real SAS tokens.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startAzurite } from '../scripts/azurite.mjs';
import { azcp, type AzcpResult } from './helpers/azcp.ts';
import { tempDir, writeTree, putBlobs, containerSas, createContainer, listContainer, bytes, type Azurite } from './helpers/trees.ts';
import { parseJsonLines, endOfJob, type JsonLine } from './helpers/json-lines.ts';
import { assertNoSecrets } from './helpers/secrets.ts';

let az: Azurite;
let work: string;
let jobDir: string;
const sigs: string[] = [];
// Progress lines every 50 ms, so even a short job prints some.
const env = { ...process.env, AZCP_PROGRESS_INTERVAL_MS: '100' };

function sas(container: string, permissions = 'racwdl'): string {
  const token = containerSas(container, permissions);
  sigs.push(new URLSearchParams(token).get('sig')!);
  return token;
}

before(async () => {
  az = await startAzurite();
  work = tempDir('json-lines');
  jobDir = join(work, 'jobs');
  writeTree(join(work, 'src'), { 'a.txt': 'alpha\n', 'sub/b.bin': bytes(2 * 1024 * 1024), 'sub/c.txt': 'gamma' });
  for (const c of ['uploaded', 'synced', 'listed', 'gone', 'readonly']) await createContainer(az, c);
});
after(async () => {
  await az?.stop();
});

/** Every line parsed; the shape every run shares; no secret in any line. */
function lines(r: AzcpResult): JsonLine[] {
  const all = parseJsonLines(r.stdout);
  assert.ok(all.length >= 2, r.stdout);
  assert.equal(all[0].MessageType, 'Init', r.stdout);
  assert.match(all[0].content.JobID, /\S/);
  assert.match(all[0].content.LogFileLocation, /azcp\.log$/);
  assert.equal(all.at(-1)!.MessageType, 'EndOfJob', r.stdout);
  assert.equal(all.filter((l) => l.MessageType === 'EndOfJob').length, 1);
  for (const l of all) assert.deepEqual(Object.keys(l).slice(0, 3), ['TimeStamp', 'MessageType', 'MessageContent']);
  // stderr has the log's words for a person, never a JSON line or progress.
  assert.doesNotMatch(r.stderr, /MessageType|\[transferring\]/);
  if (sigs.length) assertNoSecrets({ stdout: r.stdout, stderr: r.stderr }, sigs);
  return all;
}

test('copy: Init, Progress, EndOfJob with AzCopy\'s summary fields (numbers as strings) and AzcpReport', async (t) => {
  const r = await azcp(['copy', `${join(work, 'src')}/*`, `${az.serviceUrl}/uploaded?${sas('uploaded')}`, '--recursive', '--job-dir', jobDir, '--output-type', 'json'], env);
  assert.equal(r.code, 0, r.stdout);
  // What the README shows: the lines as printed.
  for (const line of r.stdout.trim().split('\n')) t.diagnostic(line);
  const all = lines(r);
  const progress = all.filter((l) => l.MessageType === 'Progress');
  assert.ok(progress.length >= 1, 'at least the final Progress line');
  const last = progress.at(-1)!.content;
  assert.equal(last.JobStatus, 'InProgress');
  assert.equal(last.TotalTransfers, '3');
  assert.equal(typeof last.AzcpProgress.bytesPerSecond, 'number');
  const end = all.at(-1)!.content;
  assert.equal(end.JobStatus, 'Completed');
  assert.equal(end.JobID, all[0].content.JobID);
  assert.equal(end.TotalTransfers, '3');
  assert.equal(end.TransfersCompleted, '3');
  assert.equal(end.TransfersFailed, '0');
  assert.equal(end.TransfersSkipped, '0');
  assert.equal(end.TotalBytesTransferred, String(6 + 2 * 1024 * 1024 + 5));
  assert.deepEqual(end.FailedTransfers, []);
  assert.equal(end.AzcpReport.status, 'Completed');
  assert.equal(end.AzcpReport.counts.transferred, 3);
  assert.equal(end.AzcpReport.reconciliation.ok, true);
  assert.doesNotMatch(end.AzcpReport.source + end.AzcpReport.destination, /sig=(?!REDACTED)/);
});

test('sync with deletions: EndOfJob carries DeleteTotalTransfers; skipped files make CompletedWithSkipped', async () => {
  await putBlobs(az, 'synced', { 'a.txt': 'alpha\n', 'stale.txt': 'old' });
  const r = await azcp(['sync', join(work, 'src'), `${az.serviceUrl}/synced?${sas('synced')}`, '--delete-destination', 'true', '--max-delete', '100%', '--job-dir', jobDir, '--output-type', 'json'], env);
  assert.equal(r.code, 0, r.stdout);
  const end = lines(r).at(-1)!.content;
  assert.equal(end.DeleteTotalTransfers, '1');
  assert.equal(end.DeleteTransfersCompleted, '1');
  assert.equal(end.AzcpReport.command, 'sync');
  assert.equal(end.AzcpReport.counts.deleted, 1);
  assert.equal(end.JobStatus, end.AzcpReport.counts.skipped > 0 ? 'CompletedWithSkipped' : 'Completed');
});

test('dry run: one Dryrun line a planned transfer, in AzCopy\'s DryrunTransfer shape; nothing written', async () => {
  const r = await azcp(['copy', `${join(work, 'src')}/*`, `${az.serviceUrl}/listed/dry?${sas('listed')}`, '--recursive', '--dry-run', '--job-dir', jobDir, '--output-type', 'json'], env);
  assert.equal(r.code, 0, r.stdout);
  const dry = lines(r).filter((l) => l.MessageType === 'Dryrun').map((l) => l.content);
  assert.equal(dry.length, 3);
  const b = dry.find((d) => d.Source.endsWith('sub/b.bin'))!;
  assert.equal(b.FromTo, 'LocalBlob');
  assert.equal(b.EntityType, 'File');
  assert.equal(b.SourceSize, 2 * 1024 * 1024);
  assert.equal(b.Destination, `${az.serviceUrl}/listed/dry/sub/b.bin`);
  assert.equal(b.Action, 'upload');
  assert.equal(endOfJob(r.stdout).AzcpReport.status, 'DryRun');
  assert.deepEqual(await listContainer(az, 'listed', 'dry/'), []);
});

test('list: one ListObject line a blob (AzCopy\'s Path and ContentLength), then EndOfJob', async () => {
  await putBlobs(az, 'listed', { 'x/1.txt': 'one', 'x/2.txt': 'two!' });
  const r = await azcp(['list', `${az.serviceUrl}/listed/x?${sas('listed')}`, '--job-dir', jobDir, '--output-type', 'json'], env);
  assert.equal(r.code, 0, r.stdout);
  const all = lines(r);
  const objects = all.filter((l) => l.MessageType === 'ListObject').map((l) => l.content);
  assert.deepEqual(
    objects.map((o) => [o.Path, o.ContentLength]),
    [
      ['x/1.txt', '3'],
      ['x/2.txt', '4'],
    ],
  );
  assert.match(objects[0].LastModifiedTime, /^\d{4}-\d\d-\d\dT/);
  assert.ok(objects[0].ContentMD5);
  assert.equal(all.at(-1)!.content.AzcpReport.counts.total, 2);
});

test('remove: a dry run says BlobTrash for each blob, the real one ends with EndOfJob and the deletions', async () => {
  await putBlobs(az, 'gone', { 'p/1': 'a', 'p/2': 'b' });
  const dry = await azcp(['remove', `${az.serviceUrl}/gone/p?${sas('gone')}`, '--recursive', '--dry-run', '--job-dir', jobDir, '--output-type', 'json'], env);
  assert.equal(dry.code, 0, dry.stdout);
  const planned = lines(dry).filter((l) => l.MessageType === 'Dryrun').map((l) => l.content);
  assert.deepEqual(planned.map((d) => d.FromTo), ['BlobTrash', 'BlobTrash']);
  assert.ok(planned.every((d) => d.Source.startsWith(`${az.serviceUrl}/gone/p`)), JSON.stringify(planned));
  const r = await azcp(['remove', `${az.serviceUrl}/gone/p?${sas('gone')}`, '--recursive', '--job-dir', jobDir, '--output-type', 'json'], env);
  assert.equal(r.code, 0, r.stdout);
  const end = lines(r).at(-1)!.content;
  assert.equal(end.DeleteTransfersCompleted, '2');
  assert.equal(end.AzcpReport.counts.deleted, 2);
});

test('make: Init, the job\'s Info lines, EndOfJob (no Progress: there is none to speak of)', async () => {
  const r = await azcp(['make', `${az.serviceUrl}/made-json`, '--job-dir', jobDir, '--output-type', 'json'], env);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  const all = lines(r);
  assert.ok(!all.some((l) => l.MessageType === 'Progress'));
  assert.equal(all.at(-1)!.content.AzcpReport.command, 'make');
  assert.equal(all.at(-1)!.content.JobStatus, 'Completed');
});

test('a failing transfer is not an Error line (AzCopy: Error is fatal): its reason is Info and in FailedTransfers; a reader that stops at the first Error still gets EndOfJob; exit 1', async (t) => {
  // A download whose local destination has a file where a folder must go:
  // that one transfer fails, the other completes.
  await putBlobs(az, 'readonly', { 'ok.txt': 'fine', 'sub/x.txt': 'blocked' });
  const out = join(work, 'out');
  writeTree(out, { sub: 'a file, not a folder' });
  const r = await azcp(['copy', `${az.serviceUrl}/readonly/*?${sas('readonly', 'rl')}`, out, '--recursive', '--job-dir', jobDir, '--output-type', 'json'], env);
  assert.equal(r.code, 1, r.stdout);
  // What the README shows: the failed transfer's Info line.
  for (const line of r.stdout.trim().split('\n')) if (line.includes('"Info"')) t.diagnostic(line);
  const all = lines(r);
  assert.deepEqual(all.filter((l) => l.MessageType === 'Error'), [], r.stdout);
  assert.ok(all.some((l) => l.MessageType === 'Info' && /failed: sub\/x\.txt/.test(l.content)), r.stdout);
  // A tool written for AzCopy: read until Error or EndOfJob.
  const firstEnd = all.find((l) => l.MessageType === 'Error' || l.MessageType === 'EndOfJob')!;
  assert.equal(firstEnd.MessageType, 'EndOfJob');
  const end = all.at(-1)!.content;
  assert.equal(end.JobStatus, 'CompletedWithErrors');
  assert.notEqual(end.ErrorMsg, '');
  assert.equal(end.TransfersFailed, '1');
  assert.equal(end.TransfersCompleted, '1');
  assert.deepEqual(end.FailedTransfers.map((f: { Src: string; TransferStatus: string }) => [f.Src, f.TransferStatus]), [['sub/x.txt', 'Failed']]);
  assert.match(end.FailedTransfers[0].ErrorMessage, /\S/);
  assert.equal(end.AzcpReport.status, 'CompletedWithErrors');
});

test('a fatal error (the source container does not exist): one Error line with the reason, just before EndOfJob (JobStatus Failed)', async (t) => {
  const r = await azcp(['copy', `${az.serviceUrl}/no-such-container/*?${sas('no-such-container', 'rl')}`, join(work, 'fatal-out'), '--recursive', '--job-dir', jobDir, '--output-type', 'json'], env);
  // A missing container is bad input found by the job: exit 2, as its report says.
  assert.equal(r.code, 2, r.stdout);
  for (const line of r.stdout.trim().split('\n')) if (line.includes('"Error"')) t.diagnostic(line);
  const all = lines(r);
  const errors = all.filter((l) => l.MessageType === 'Error');
  assert.equal(errors.length, 1, r.stdout);
  assert.equal(all.at(-2)!.MessageType, 'Error', r.stdout);
  const end = all.at(-1)!.content;
  assert.equal(end.JobStatus, 'Failed');
  assert.equal(end.AzcpReport.status, 'Failed');
  assert.equal(errors[0].content, end.AzcpReport.message);
});

test('bad input with --output-type json: one Error line on stdout, exit 2, and the SAS of the URL is not in it', async () => {
  const token = sas('uploaded');
  const r = await azcp(['copy', `${join(work, 'src')}/*`, `${az.serviceUrl}/uploaded?${token}`, '--block-size-mb', 'lots', '--output-type', 'json', '--job-dir', jobDir], env);
  assert.equal(r.code, 2);
  const all = parseJsonLines(r.stdout);
  assert.deepEqual(all.map((l) => l.MessageType), ['Error']);
  assert.match(all[0].content, /block-size-mb/);
  assertNoSecrets({ stdout: r.stdout, stderr: r.stderr }, sigs);
  // jobs show prints JSON lines too: its bad input is one Error line.
  const show = await azcp(['jobs', 'show', 'no-such-job', '--job-dir', jobDir, '--output-type', 'json'], env);
  assert.equal(show.code, 2);
  assert.deepEqual(parseJsonLines(show.stdout).map((l) => [l.MessageType, /is not a job id/.test(l.content)]), [['Error', true]]);
});

test('--output-type text is unchanged: no JSON on stdout, the summary in words', async () => {
  const r = await azcp(['copy', `${join(work, 'src')}/a.txt`, `${az.serviceUrl}/uploaded/plain?${sas('uploaded')}`, '--job-dir', jobDir], env);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^Job \S+ Completed/);
  assert.doesNotMatch(r.stdout, /MessageType/);
});
