// One job spread over N machines: `--shard I/N` runs one part of a job (its
// transfers; its deletions written down, not done), and `azcp jobs merge`
// finishes the whole job once: every shard present and completed, the
// delete guards over the whole job, the deferred deletions, one
// reconciliation of the whole scope, one report with a row per shard.
//
// Real: Azurite, local files, the CLI host in-process; the killed shard is
// a child process (the sources run with tsx) killed with SIGKILL.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startAzurite } from '../scripts/azurite.mjs';
import { azcp, azcpReport, repoRoot } from './helpers/azcp.ts';
import { tempDir, writeTree, listContainer, putBlobs, containerSas, readJob, type Azurite } from './helpers/trees.ts';
import { shardOf } from '../src/engine/shard.ts';
import { resolveShard, jobFingerprint } from '../src/job/shard.ts';
import { parseJobOptions } from '../src/job/options.ts';
import { mergeOptions } from '../src/job/merge-options.ts';
import { UsageError } from '../src/contract/errors.ts';

let az: Azurite;
let work: string;
let n = 0;

before(async () => {
  az = await startAzurite();
  work = tempDir('shards');
});
after(async () => {
  await az?.stop();
});

/** A source folder of `count` small files (a few bytes each) in 20 folders. */
function sourceTree(name: string, count: number): { dir: string; names: string[] } {
  const dir = join(work, name);
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) files[`d${i % 20}/f${i}.txt`] = `x${i}`;
  writeTree(dir, files);
  return { dir, names: Object.keys(files).sort() };
}

/** Names (not in the source) that fall into the given shards, `per` of each, for planting extras at the destination. */
function extrasIn(shards: number[], count: number, per: number): string[] {
  const out: string[] = [];
  for (const s of shards) {
    let got = 0;
    for (let i = 0; got < per; i++) {
      const name = `old/o${s}-${i}.txt`;
      if (shardOf(name, count) === s) {
        out.push(name);
        got++;
      }
    }
  }
  return out;
}

interface Run {
  code: number;
  report: any;
  folder: string;
  stderr: string;
}

async function run(args: string[]): Promise<Run> {
  const r = await azcpReport(args);
  return { code: r.code, report: r.report, folder: r.report?.jobFolder, stderr: r.stderr };
}

const names = async (c: string) => (await listContainer(az, c)).map((b) => b.name).sort();

async function shards(src: string, url: string, count: number, jobDir: string, extra: string[] = []): Promise<Run[]> {
  const out: Run[] = [];
  for (let i = 1; i <= count; i++) out.push(await run(['sync', src, url, '--delete-destination', 'true', '--shard', `${i}/${count}`, '--job-dir', jobDir, ...extra]));
  return out;
}

test('3 shards over 2,000 files are disjoint and complete, delete nothing themselves, and the merge deletes and reconciles the whole job', async () => {
  const c = `shard${++n}`;
  const { dir, names: sourceNames } = sourceTree('two-thousand', 2000);
  const extras = extrasIn([1, 2, 3], 3, 10);
  await putBlobs(az, c, Object.fromEntries(extras.map((e) => [e, 'old'])));
  const sas = containerSas(c);
  const url = `${az.serviceUrl}/${c}?${sas}`;
  const jobDir = join(work, 'jobs-2000');
  const runs = await shards(dir, url, 3, jobDir, ['--max-delete', '30']);

  const moved = new Map<string, number>();
  for (const [i, r] of runs.entries()) {
    assert.equal(r.code, 0, `shard ${i + 1}: ${r.stderr}`);
    assert.equal(r.report.status, 'Completed');
    assert.deepEqual(r.report.shard, { index: i + 1, count: 3 });
    assert.match(r.report.fingerprint, /^sha256:[0-9a-f]{64}$/);
    assert.equal(r.report.fingerprint, runs[0].report.fingerprint, 'one job, one fingerprint');
    assert.equal(r.report.counts.deleted, 0, 'a shard deletes nothing');
    assert.equal(r.report.shardPlan.deferredDeletions.count, 10, 'its deletions are written down for the merge');
    assert.ok(r.report.counts.transferred > 500 && r.report.counts.transferred < 840, `shard ${i + 1} took a fair part: ${r.report.counts.transferred}`);
    for (const t of readJob(r.folder).transfers) if (t.status === 'Completed') moved.set(t.path, (moved.get(t.path) ?? 0) + 1);
  }
  // Every file moved by exactly one shard.
  assert.deepEqual([...moved.keys()].sort(), sourceNames, 'complete: every source file was transferred');
  assert.ok([...moved.values()].every((v) => v === 1), 'disjoint: no file was transferred by two shards');
  assert.deepEqual((await names(c)).filter((x) => x.startsWith('old/')), extras.sort(), 'the shards deleted nothing');

  const m = await run(['jobs', 'merge', ...runs.map((r) => r.folder), '--job-dir', jobDir, '--destination-sas', sas]);
  assert.equal(m.code, 0, m.stderr);
  assert.equal(m.report.status, 'Completed');
  assert.equal(m.report.counts.total, 2000);
  assert.equal(m.report.counts.transferred, 2000);
  assert.equal(m.report.counts.deleted, 30);
  assert.equal(m.report.fingerprint, runs[0].report.fingerprint);
  assert.equal(m.report.reconciliation.ok, true);
  assert.equal(m.report.reconciliation.basis, 'relisted');
  assert.equal(m.report.reconciliation.sourceCount, 2000);
  assert.equal(m.report.reconciliation.destinationCount, 2000);
  assert.deepEqual(await names(c), sourceNames, 'the destination is the source, extras deleted');
  assert.deepEqual(m.report.shards.map((s: any) => [s.index, s.jobId, s.status]), runs.map((r, i) => [i + 1, r.report.jobId, 'Completed']));
  const job = readJob(m.folder);
  assert.match(job.summary, /### Shards \(3\)/);
  for (const r of runs) assert.ok(job.summary.includes(r.report.jobId), 'a row per shard in summary.md');
  assert.equal(job.transfers.filter((t) => t.status === 'Completed').length, 2000, "the merge's journal holds the shards' lines");
  assert.equal(job.transfers.filter((t) => t.status === 'Deleted').length, 30);

  // No SAS signature in any shard's or the merge's evidence.
  const sig = new URLSearchParams(sas).get('sig')!;
  for (const folder of [...runs.map((r) => r.folder), m.folder]) {
    for (const f of readdirSync(folder)) {
      const text = readFileSync(join(folder, f), 'utf8');
      assert.ok(!text.includes(sig) && !text.includes(encodeURIComponent(sig)), `${f} holds no SAS signature`);
    }
  }
});

test('a merge with a shard missing, or with one failed shard, deletes nothing and exits 1', async () => {
  const c = `shard${++n}`;
  // One path longer than a blob name may be: whichever shard holds it fails that transfer.
  const long = Array.from({ length: 5 }, (_, i) => `${'l'.repeat(240)}${i}`).join('/') + '/too-long.txt';
  const dir = join(work, 'with-one-failure');
  const files: Record<string, string> = { [long]: 'long' };
  for (let i = 0; i < 60; i++) files[`f${i}.txt`] = `x${i}`;
  writeTree(dir, files);
  const extras = extrasIn([1, 2, 3], 3, 2);
  await putBlobs(az, c, Object.fromEntries(extras.map((e) => [e, 'old'])));
  const url = `${az.serviceUrl}/${c}`;
  const jobDir = join(work, 'jobs-fail');
  const runs = await shards(dir, url, 3, jobDir, ['--max-delete', '100%']);
  const failing = shardOf(long, 3);
  for (const [i, r] of runs.entries()) assert.equal(r.code, i + 1 === failing ? 1 : 0, `shard ${i + 1}`);

  const withoutFailing = runs.filter((_, i) => i + 1 !== failing).map((r) => r.folder);
  const missing = await run(['jobs', 'merge', ...withoutFailing, '--job-dir', jobDir]);
  assert.equal(missing.code, 1, missing.stderr);
  assert.equal(missing.report.status, 'Failed');
  assert.match(missing.report.message, new RegExp(`shard\\(s\\) ${failing} of 3 missing`));
  assert.match(missing.report.message, /nothing was deleted/);
  assert.equal(missing.report.counts.deleted, 0);

  const failed = await run(['jobs', 'merge', ...runs.map((r) => r.folder), '--job-dir', jobDir]);
  assert.equal(failed.code, 1, failed.stderr);
  assert.equal(failed.report.status, 'Failed');
  assert.match(failed.report.message, new RegExp(`shard ${failing}/3 \\(job [^)]+\\) ended CompletedWithErrors`));
  assert.equal(failed.report.counts.failed, 1, 'the job counts the shard failure');
  assert.equal(failed.report.counts.deleted, 0);
  assert.deepEqual((await names(c)).filter((x) => x.startsWith('old/')), extras.sort(), 'nothing was deleted');
  assert.match(readJob(failed.folder).summary, /CompletedWithErrors/);
});

test('max-delete holds over the whole job, not per shard', async () => {
  const src = sourceTree('max-delete', 90).dir;
  const jobDir = join(work, 'jobs-max');

  // 9 deletions of 99 destination objects (9.1%) all fall in shard 1: a
  // share of shard 1's slice alone (about 21%) would refuse them; 10% of the
  // whole destination allows them.
  const c1 = `shard${++n}`;
  const concentrated = extrasIn([1], 3, 9);
  await putBlobs(az, c1, Object.fromEntries(concentrated.map((e) => [e, 'old'])));
  const u1 = `${az.serviceUrl}/${c1}`;
  // The files first, so that the destination holds 99 objects in scope.
  assert.equal((await run(['copy', `${src}/*`, u1, '--recursive', '--job-dir', jobDir])).code, 0);
  const a = await shards(src, u1, 3, jobDir, ['--max-delete', '10%']);
  assert.deepEqual(a.map((r) => r.code), [0, 0, 0]);
  const ma = await run(['jobs', 'merge', ...a.map((r) => r.folder), '--job-dir', jobDir]);
  assert.equal(ma.code, 0, ma.stderr);
  assert.equal(ma.report.counts.deleted, 9);
  assert.equal((await names(c1)).length, 90);

  // A count of 6 against 9 deletions spread 3 per shard: each shard alone
  // would pass; the whole job does not, and nothing is deleted.
  const c2 = `shard${++n}`;
  const spread = extrasIn([1, 2, 3], 3, 3);
  await putBlobs(az, c2, Object.fromEntries(spread.map((e) => [e, 'old'])));
  const b = await shards(src, `${az.serviceUrl}/${c2}`, 3, jobDir, ['--max-delete', '6']);
  assert.deepEqual(b.map((r) => r.code), [0, 0, 0]);
  const mb = await run(['jobs', 'merge', ...b.map((r) => r.folder), '--job-dir', jobDir]);
  assert.equal(mb.code, 1, mb.stderr);
  assert.match(mb.report.message, /refusing to delete 9 of 9 destination objects .*over all 3 shards/);
  assert.equal(mb.report.counts.deleted, 0);
  assert.equal((await names(c2)).filter((x) => x.startsWith('old/')).length, 9, 'nothing was deleted');
  // And 10% of 99: 12 deletions spread over the shards are refused as a whole.
  const c3 = `shard${++n}`;
  const twelve = extrasIn([1, 2, 3], 3, 4);
  await putBlobs(az, c3, Object.fromEntries(twelve.map((e) => [e, 'old'])));
  const u3 = `${az.serviceUrl}/${c3}`;
  assert.equal((await run(['copy', `${src}/*`, u3, '--recursive', '--job-dir', jobDir])).code, 0);
  const d = await shards(src, u3, 3, jobDir, ['--max-delete', '10%']);
  const md = await run(['jobs', 'merge', ...d.map((r) => r.folder), '--job-dir', jobDir]);
  assert.equal(md.code, 1);
  assert.match(md.report.message, /refusing to delete 12 of 102 destination objects \(11\.8%, over all 3 shards\)/);
  assert.equal((await names(c3)).length, 102);
});

test('an empty shard is fine; an empty source is refused once, for the whole job, at the merge', async () => {
  const one = join(work, 'one-file');
  writeTree(one, { 'only.txt': 'only' });
  const c = `shard${++n}`;
  await putBlobs(az, c, {});
  const jobDir = join(work, 'jobs-empty');
  const runs = await shards(one, `${az.serviceUrl}/${c}`, 3, jobDir);
  assert.deepEqual(runs.map((r) => r.code), [0, 0, 0], runs.map((r) => r.stderr).join('\n'));
  assert.deepEqual(runs.map((r) => r.report.counts.total).sort(), [0, 0, 1]);
  const m = await run(['jobs', 'merge', ...runs.map((r) => r.folder), '--job-dir', jobDir]);
  assert.equal(m.code, 0, m.stderr);
  assert.equal(m.report.reconciliation.ok, true);
  assert.deepEqual(await names(c), ['only.txt']);
  // Resuming a merge merges the shards again, as a new job.
  const again = await run(['jobs', 'resume', m.report.jobId, '--job-dir', jobDir]);
  assert.equal(again.code, 0, again.stderr);
  assert.notEqual(again.report.jobId, m.report.jobId);
  assert.equal(again.report.reconciliation.ok, true);

  const empty = join(work, 'empty-source');
  mkdirSync(empty, { recursive: true });
  const c2 = `shard${++n}`;
  await putBlobs(az, c2, { 'keep.txt': 'keep' });
  const none = await shards(empty, `${az.serviceUrl}/${c2}`, 2, jobDir, ['--max-delete', '100%']);
  assert.deepEqual(none.map((r) => r.code), [0, 0]);
  const mn = await run(['jobs', 'merge', ...none.map((r) => r.folder), '--job-dir', jobDir]);
  assert.equal(mn.code, 1);
  assert.match(mn.report.message, /the source has no files in scope/);
  assert.deepEqual(await names(c2), ['keep.txt']);
});

test('shards of two different jobs, a doubled shard, or a folder that is no shard are refused with exit 2, before anything is written', async () => {
  const src = sourceTree('two-jobs', 30).dir;
  const c = `shard${++n}`;
  await putBlobs(az, c, {});
  const url = `${az.serviceUrl}/${c}`;
  const jobDir = join(work, 'jobs-mixed');
  const a = await shards(src, url, 2, jobDir);
  const b = await shards(src, url, 2, jobDir, ['--exclude-pattern', '*.tmp']);
  const before = readdirSync(jobDir).length;
  // A CI merge step that repeats the shards' destination is theirs; one that names another is refused.
  const shardsFrom = `${a[0].folder}\n${a[1].folder}`;
  assert.doesNotThrow(() => mergeOptions({ mode: 'merge', shardsFrom, destination: `${url}?sv=2024&sig=abc`, jobDir }));
  assert.throws(() => mergeOptions({ mode: 'merge', shardsFrom, destination: `${az.serviceUrl}/elsewhere?sig=abc`, jobDir }), (e: Error) => e instanceof UsageError && /is not the shards'/.test(e.message) && !e.message.includes('sig=abc'));
  const mixed = await azcp(['jobs', 'merge', a[0].folder, b[1].folder, '--job-dir', jobDir]);
  assert.equal(mixed.code, 2);
  assert.match(mixed.stderr, /shards of different jobs/);
  const doubled = await azcp(['jobs', 'merge', a[0].folder, a[0].folder.replace(/$/, '/'), a[1].folder, '--job-dir', jobDir]);
  // The same folder twice is one folder; two runs of one shard are refused.
  assert.equal(doubled.code, 0, doubled.stderr);
  const again = await run(['sync', src, url, '--delete-destination', 'true', '--shard', '1/2', '--job-dir', jobDir]);
  const twice = await azcp(['jobs', 'merge', a[0].folder, again.folder, a[1].folder, '--job-dir', jobDir]);
  assert.equal(twice.code, 2);
  assert.match(twice.stderr, /shard 1\/2 is given twice/);
  const whole = await run(['sync', src, url, '--job-dir', jobDir]);
  const notShard = await azcp(['jobs', 'merge', whole.folder, '--job-dir', jobDir]);
  assert.equal(notShard.code, 2);
  assert.match(notShard.stderr, /is not a shard/);
  // Only the runs above made folders: a refused merge writes none.
  assert.equal(readdirSync(jobDir).length, before + 1 /* doubled merge */ + 1 /* again */ + 1 /* whole */);
});

test('a killed shard, resumed, then merged: the job completes', async () => {
  const { dir, names: sourceNames } = sourceTree('killed', 600);
  const c = `shard${++n}`;
  const extras = extrasIn([1, 2], 2, 3);
  await putBlobs(az, c, Object.fromEntries(extras.map((e) => [e, 'old'])));
  const url = `${az.serviceUrl}/${c}`;
  const jobDir = join(work, 'jobs-killed');
  const first = await run(['sync', dir, url, '--delete-destination', 'true', '--shard', '1/2', '--job-dir', jobDir]);
  assert.equal(first.code, 0);

  // Shard 2 as its own process, killed (SIGKILL: nothing runs on the way out) once it has transferred some files.
  const child = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'src', 'main.ts'), 'sync', dir, url, '--delete-destination', 'true', '--shard', '2/2', '--job-dir', jobDir, '--concurrency', '1'], {
    cwd: repoRoot,
    env: { ...process.env, AZCP_HOST: 'cli' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const closed = new Promise<void>((resolve) => child.on('close', () => resolve()));
  let killedFolder: string | undefined;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 20));
    const folder = readdirSync(jobDir).map((d) => join(jobDir, d)).find((d) => d !== first.folder && existsSync(join(d, 'transfers.jsonl')));
    if (folder && readFileSync(join(folder, 'transfers.jsonl'), 'utf8').split('\n').length > 20) {
      killedFolder = folder;
      child.kill('SIGKILL');
      break;
    }
  }
  await closed;
  assert.ok(killedFolder, 'shard 2 was killed mid-way');
  assert.equal(existsSync(join(killedFolder!, 'report.json')), false, 'the killed shard wrote no report');

  const early = await run(['jobs', 'merge', first.folder, killedFolder!, '--job-dir', jobDir]);
  assert.equal(early.code, 1);
  assert.match(early.report.message, /never finished \(killed\?\): resume it/);
  assert.equal((await names(c)).filter((x) => x.startsWith('old/')).length, 6, 'nothing deleted while a shard is unfinished');

  const jobId = killedFolder!.slice(jobDir.length + 1);
  const resumed = await run(['jobs', 'resume', jobId, '--job-dir', jobDir]);
  assert.equal(resumed.code, 0, resumed.stderr);
  assert.deepEqual(resumed.report.shard, { index: 2, count: 2 });
  assert.ok(resumed.report.resume.completedEarlier > 0, 'the resume skipped what the killed run had done');

  const m = await run(['jobs', 'merge', jobDir, '--job-dir', join(work, 'jobs-killed-merge')]);
  // jobDir holds both shards and the refused merge above, which is no shard and is passed over.
  assert.equal(m.code, 0, m.stderr);
  // Objects the killed run wrote after its last journal line are found
  // identical by the resumed sync and counted skipped (as for any resumed sync).
  assert.equal(m.report.counts.transferred + m.report.counts.skipped, 600, JSON.stringify(m.report.counts));
  assert.equal(m.report.counts.failed, 0);
  assert.equal(m.report.counts.deleted, 6);
  assert.equal(m.report.reconciliation.ok, true);
  assert.deepEqual(await names(c), sourceNames);
});

test('the fingerprint never holds a secret: the same job with another SAS, auth or performance options is the same job; another filter is not', () => {
  const base = { mode: 'sync', source: work, destination: 'https://acct.blob.core.windows.net/cont/p?sv=2024&sig=SECRET1', shard: '1/3', jobDir: join(work, 'fp') };
  const fp = (raw: Record<string, string>) => jobFingerprint(parseJobOptions(raw));
  const a = fp(base);
  assert.equal(fp({ ...base, destination: 'https://acct.blob.core.windows.net/cont/p?sv=2024&sig=OTHER', concurrency: '7', shard: '3/3' }), a);
  assert.notEqual(fp({ ...base, includePattern: '*.html' }), a);
  assert.notEqual(fp({ ...base, shard: '1/4' }), a, 'another split is another job');
  assert.ok(!a.includes('SECRET1'));
});

test('--shard auto reads the engine: Azure Pipelines (1-based), a Kubernetes Indexed Job (0-based), AZCP_SHARD; bad values are usage errors', async () => {
  assert.deepEqual(resolveShard('auto', '--shard', { SYSTEM_JOBPOSITIONINPHASE: '2', SYSTEM_TOTALJOBSINPHASE: '3' }), { index: 2, count: 3 });
  assert.deepEqual(resolveShard('auto', '--shard', { JOB_COMPLETION_INDEX: '0', AZCP_SHARD_COUNT: '4' }), { index: 1, count: 4 });
  assert.deepEqual(resolveShard('auto', '--shard', { AZCP_SHARD: '3/5' }), { index: 3, count: 5 });
  assert.deepEqual(resolveShard('2/4', '--shard', {}), { index: 2, count: 4 });
  for (const env of [
    {},
    { SYSTEM_JOBPOSITIONINPHASE: '4', SYSTEM_TOTALJOBSINPHASE: '3' },
    { SYSTEM_JOBPOSITIONINPHASE: '1' },
    { SYSTEM_JOBPOSITIONINPHASE: 'x', SYSTEM_TOTALJOBSINPHASE: '3' },
    { JOB_COMPLETION_INDEX: '4', AZCP_SHARD_COUNT: '4' },
    { JOB_COMPLETION_INDEX: '0' },
    { AZCP_SHARD: '0/3' },
    { AZCP_SHARD: '1/1001' },
  ]) {
    assert.throws(() => resolveShard('auto', '--shard', env), UsageError, JSON.stringify(env));
  }
  // Through the command line: exit 2, nothing written; job.json keeps the resolved shard.
  const src = sourceTree('auto', 4).dir;
  const c = `shard${++n}`;
  await putBlobs(az, c, {});
  const jobDir = join(work, 'jobs-auto');
  const saved = { ...process.env };
  try {
    process.env.AZCP_SHARD = '5/4';
    const bad = await azcp(['sync', src, `${az.serviceUrl}/${c}`, '--shard', 'auto', '--job-dir', jobDir]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /AZCP_SHARD must be I\/N/);
    assert.equal(existsSync(jobDir), false);
    process.env.AZCP_SHARD = '';
    process.env.SYSTEM_JOBPOSITIONINPHASE = '2';
    process.env.SYSTEM_TOTALJOBSINPHASE = '2';
    const ok = await run(['sync', src, `${az.serviceUrl}/${c}`, '--shard', 'auto', '--job-dir', jobDir]);
    assert.equal(ok.code, 0, ok.stderr);
    assert.deepEqual(ok.report.shard, { index: 2, count: 2 });
    assert.equal(JSON.parse(readFileSync(join(ok.folder, 'job.json'), 'utf8')).inputs.shard, '2/2');
  } finally {
    for (const k of ['AZCP_SHARD', 'SYSTEM_JOBPOSITIONINPHASE', 'SYSTEM_TOTALJOBSINPHASE']) {
      if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
    }
  }
});

test('only copy and sync run as shards or take a list of files: a remove split N ways would guard each part alone', () => {
  const target = { source: 'http://127.0.0.1:1/devstoreaccount1/cont', jobDir: join(work, 'no-shard') };
  assert.throws(() => parseJobOptions({ ...target, mode: 'remove', shard: '1/2' }), (e: Error) => e instanceof UsageError && /splits a copy or sync/.test(e.message));
  assert.throws(() => parseJobOptions({ ...target, mode: 'remove', listOfFiles: 'x.txt' }), (e: Error) => e instanceof UsageError && /applies to copy and sync/.test(e.message));
  assert.throws(() => parseJobOptions({ ...target, mode: 'list', shard: 'auto' }), /splits a copy or sync/);
});
