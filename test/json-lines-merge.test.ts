// `azcp jobs merge --output-type json`: the merge of a sharded job speaks
// AzCopy's JSON lines like any job. Init names the merge and the shard
// folders it finishes (AzcpMerge); EndOfJob carries the merge's report: the
// AzCopy summary of the whole job (the shards' transfers, the merge's
// deletions) and azcp's report with its row per shard. A merge refused for a
// missing shard is a fatal error: one Error line, then EndOfJob (Failed).
// Every line parses as the envelope; no SAS signature in any.
//
// Real: Azurite, local files, the CLI host in-process, real SAS tokens.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startAzurite } from '../scripts/azurite.mjs';
import { azcp } from './helpers/azcp.ts';
import { tempDir, writeTree, putBlobs, containerSas, createContainer, listContainer, type Azurite } from './helpers/trees.ts';
import { parseJsonLines, jsonReport } from './helpers/json-lines.ts';
import { assertNoSecrets } from './helpers/secrets.ts';

let az: Azurite;
let work: string;

before(async () => {
  az = await startAzurite();
  work = tempDir('json-merge');
});
after(async () => {
  await az?.stop();
});

test('jobs merge in JSON: Init names the shard folders, EndOfJob carries the merge report (whole-job counts, deletions, a row per shard)', async () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 20; i++) files[`d${i % 4}/f${i}.txt`] = `x${i}`;
  const src = join(work, 'src');
  writeTree(src, files);
  await createContainer(az, 'merged');
  await putBlobs(az, 'merged', { 'stale/one.txt': 'old', 'stale/two.txt': 'old' });
  const sas = containerSas('merged');
  const sig = new URLSearchParams(sas).get('sig')!;
  const url = `${az.serviceUrl}/merged?${sas}`;
  const jobDir = join(work, 'jobs');
  const folders: string[] = [];
  for (const i of [1, 2]) {
    const r = await azcp(['sync', src, url, '--delete-destination', 'true', '--max-delete', '100%', '--shard', `${i}/2`, '--job-dir', jobDir, '--output-type', 'json']);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    folders.push(jsonReport(r.stdout).jobFolder);
  }

  const m = await azcp(['jobs', 'merge', ...folders, '--job-dir', jobDir, '--destination-sas', sas, '--output-type', 'json']);
  assert.equal(m.code, 0, m.stdout + m.stderr);
  assertNoSecrets({ stdout: m.stdout, stderr: m.stderr }, [sig]);
  const all = parseJsonLines(m.stdout);
  assert.equal(all[0].MessageType, 'Init');
  assert.equal(all.at(-1)!.MessageType, 'EndOfJob');
  assert.deepEqual(all.filter((l) => l.MessageType === 'Error'), []);
  const init = all[0].content;
  assert.match(init.JobID, /\S/);
  assert.deepEqual(init.AzcpMerge, { shardFolders: folders });
  const end = all.at(-1)!.content;
  assert.equal(end.JobID, init.JobID);
  assert.equal(end.JobStatus, 'Completed');
  assert.equal(end.TotalTransfers, '20');
  assert.equal(end.TransfersCompleted, '20');
  assert.equal(end.DeleteTotalTransfers, '2');
  const report = end.AzcpReport;
  assert.equal(report.jobId, init.JobID);
  assert.equal(report.counts.transferred, 20);
  assert.equal(report.counts.deleted, 2);
  assert.equal(report.reconciliation.ok, true);
  assert.deepEqual(report.shards.map((s: { index: number; status: string }) => [s.index, s.status]), [[1, 'Completed'], [2, 'Completed']]);
  assert.deepEqual(end.AzcpMerge, { shardFolders: folders, shardCount: 2, shardJobIds: report.shards.map((s: { jobId: string }) => s.jobId) });
  assert.deepEqual((await listContainer(az, 'merged')).map((b) => b.name).filter((n) => n.startsWith('stale/')), []);

  // One shard missing: the merge refuses (fatal) — an Error line with the reason, then EndOfJob Failed.
  const refused = await azcp(['jobs', 'merge', folders[0], '--job-dir', jobDir, '--output-type', 'json']);
  assert.equal(refused.code, 1, refused.stdout + refused.stderr);
  const lines = parseJsonLines(refused.stdout);
  assert.equal(lines[0].MessageType, 'Init');
  assert.deepEqual(lines.slice(-2).map((l) => l.MessageType), ['Error', 'EndOfJob']);
  assert.match(lines.at(-2)!.content, /shard\(s\) 2 of 2 missing/);
  assert.equal(lines.at(-1)!.content.JobStatus, 'Failed');
  assert.deepEqual(lines.at(-1)!.content.AzcpMerge, { shardFolders: [folders[0]], shardCount: 2, shardJobIds: [report.shards[0].jobId] });
  assert.equal(lines.at(-1)!.content.AzcpReport.status, 'Failed');
});
