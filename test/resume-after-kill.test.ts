// A job that is killed (SIGKILL: no handler runs, nothing is flushed on the
// way out) resumes and finishes, sending only the blocks the destination
// does not already hold — with the journal (`azcp jobs resume`), and "on a
// fresh machine" (a plain copy again from a new job folder, no state).
//
// Real: the built bundle as a child process, Azurite, the files, SIGKILL.
// The counting proxy between azcp and Azurite forwards every request
// unchanged: it only counts the PUT body bytes (and kills azcp at a chosen
// block), which is how the test knows what crossed the network.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BlobServiceClient, ContainerClient } from '@azure/storage-blob';
import { startProxiedAzurite, type FaultProxy, type ProxiedAzurite } from './helpers/fault-proxy.ts';
import { azcp, type AzcpResult } from './helpers/azcp.ts';
import { buildPrivateBundle, startBundle, type PrivateBundle, type RunningAzcp } from './helpers/bundle.ts';
import { tempDir } from './helpers/temp.ts';

const MiB = 1024 * 1024;
const FILE_SIZE = 24 * MiB;
const LARGE = ['b-large-1.bin', 'b-large-2.bin', 'b-large-3.bin'];
const SMALL = 'a-small.txt';
const TOTAL_BLOCK_BYTES = LARGE.length * FILE_SIZE;
const TOTAL_BLOCKS = TOTAL_BLOCK_BYTES / MiB;

let env: ProxiedAzurite;
let proxy: FaultProxy;
let service: BlobServiceClient;
let work: string;
let src: string;
let bundle: PrivateBundle;
const md5s = new Map<string, string>();

before(async () => {
  bundle = await buildPrivateBundle();
  env = await startProxiedAzurite();
  ({ proxy, service } = env);
  work = tempDir('resume');
  src = join(work, 'src');
  mkdirSync(src);
  for (const name of LARGE) writeSource(name, randomBytes(FILE_SIZE));
  writeSource(SMALL, Buffer.from('small and first: it completes before the kill\n'));
});

after(async () => {
  await env?.stop();
  bundle?.cleanup();
});

function writeSource(name: string, data: Buffer): void {
  writeFileSync(join(src, name), data);
  md5s.set(name, createHash('md5').update(data).digest('hex'));
}

/** Starts the bundle and kills it with SIGKILL when the proxy sees the `killAtBlock`-th Put Block. */
async function startKilledUpload(source: string, url: string, jobDir: string, killAtBlock: number): Promise<AzcpResult & { killed: boolean }> {
  let run: RunningAzcp | undefined;
  let blocks = 0;
  let killed = false;
  proxy.setDecide((info) => {
    if (info.method === 'PUT' && new URL(info.url, 'http://x').searchParams.get('comp') === 'block') {
      blocks++;
      if (blocks === killAtBlock && run && !killed) {
        killed = true;
        run.child.kill('SIGKILL');
      }
    }
    return { kind: 'forward' };
  });
  run = startBundle(bundle.entry, ['copy', source, url, '--block-size-mb', '1', '--concurrency', '3', '--job-dir', jobDir], {}, 45_000);
  const result = await run.done;
  proxy.setDecide(() => ({ kind: 'forward' }));
  return { ...result, code: result.signal === 'SIGKILL' ? 137 : result.code, killed };
}

async function makeContainer(name: string): Promise<ContainerClient> {
  const c = service.getContainerClient(name);
  await c.create();
  return c;
}

/** Bytes of the blocks Azurite holds uncommitted for each large file. */
async function stagedBytes(container: ContainerClient, names: string[] = LARGE): Promise<number> {
  let sum = 0;
  for (const name of names) {
    const list = await container
      .getBlockBlobClient(name)
      .getBlockList('uncommitted')
      .catch((e: { statusCode?: number }) => {
        if (e.statusCode === 404) return { uncommittedBlocks: [] };
        throw e;
      });
    for (const b of list.uncommittedBlocks ?? []) sum += b.size;
  }
  return sum;
}

/**
 * Staged bytes once the kill's aftermath has settled: a block whose body had
 * fully reached the proxy when azcp died is still forwarded, and Azurite may
 * stage it a moment later. Waits for the proxy to be idle, then for two
 * readings 200 ms apart to agree.
 */
async function settledStagedBytes(container: ContainerClient, names: string[] = LARGE): Promise<number> {
  await proxy.idle();
  let last = await stagedBytes(container, names);
  for (;;) {
    await new Promise((r) => setTimeout(r, 200));
    const now = await stagedBytes(container, names);
    if (now === last) return now;
    last = now;
  }
}

async function assertBlobsMatchSources(container: ContainerClient): Promise<void> {
  const seen = new Map<string, number>();
  for await (const b of container.listBlobsFlat()) seen.set(b.name, b.properties.contentLength ?? -1);
  assert.deepEqual([...seen.keys()].sort(), [...md5s.keys()].sort());
  for (const [name, md5] of md5s) {
    const body = await container.getBlobClient(name).downloadToBuffer();
    assert.equal(createHash('md5').update(body).digest('hex'), md5, `${name}: the blob's bytes differ from the source`);
  }
}

function onlyJobId(jobDir: string): string {
  const ids = readdirSync(jobDir).filter((d) => existsSync(join(jobDir, d, 'job.json')));
  assert.equal(ids.length, 1, `one job folder expected in ${jobDir}: ${ids.join(', ')}`);
  return ids[0];
}

test('a SIGKILLed upload resumes with `azcp jobs resume` and sends only the missing blocks; the report covers the whole job', async () => {
  const container = await makeContainer('resume');
  const url = `${proxy.serviceUrl}/resume`;
  const jobDir = join(work, 'jobs-resume');
  proxy.resetCounters();
  // Kill at 60% of the blocks. Blocks queue first come first served, so by
  // then the small file and the first large file are usually committed, the
  // second is partly staged and the third not started.
  const killAt = Math.round(TOTAL_BLOCKS * 0.6);
  const first = await startKilledUpload(`${src}/*`, url, jobDir, killAt);
  assert.ok(first.killed, `azcp finished before the kill point (exit ${first.code}): ${first.stderr}`);
  assert.equal(first.code, 137, 'killed by SIGKILL');
  const jobId = onlyJobId(jobDir);
  assert.equal(existsSync(join(jobDir, jobId, 'report.json')), false, 'a killed job writes no report');
  const records = readFileSync(join(jobDir, jobId, 'transfers.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const completedBefore = records.filter((r) => r.status === 'Completed').map((r) => r.path as string);
  assert.ok(completedBefore.includes(SMALL), `the small file's Completed line is in the journal: ${JSON.stringify(records)}`);

  // What Azurite holds of the large files: staged blocks, and whole blobs
  // committed before the kill. A committed blob usually has its Completed
  // line, but the kill can fall between the commit and the line; the resume
  // must then recognise it at the destination (checked below).
  const staged = await settledStagedBytes(container);
  let committed = 0;
  const committedNames = new Set<string>();
  for (const name of LARGE) {
    if (await container.getBlockBlobClient(name).exists()) {
      committed += FILE_SIZE;
      committedNames.add(name);
    }
  }
  for (const name of completedBefore) assert.ok(name === SMALL || committedNames.has(name), `${name} is journalled Completed, so it is committed`);
  assert.ok(committed < TOTAL_BLOCK_BYTES, 'the kill came before the last large file was committed');
  assert.ok(staged + committed >= TOTAL_BLOCK_BYTES * 0.4, `at least 40% of the data was at Azurite before the kill (${(staged + committed) / MiB} MiB)`);

  proxy.resetCounters();
  const resumed = await azcp(['jobs', 'resume', jobId, '--job-dir', jobDir]);
  assert.equal(resumed.code, 0, resumed.stderr + resumed.stdout);
  await assertBlobsMatchSources(container);

  // What crossed the network after the restart: exactly the blocks Azurite
  // did not hold (files the journal says Completed are skipped; block ids
  // derive from size, mtime and index, and the resume asks for the
  // uncommitted list before staging) — not one byte is sent twice.
  // Killed at 60%, so that is about 40% of the data: bounded here at < 60%
  // of the total to leave room for blocks in flight at the kill that never
  // reached Azurite.
  const sentAfter = proxy.putBytesByKind.block ?? 0;
  assert.equal(sentAfter, TOTAL_BLOCK_BYTES - committed - staged, 'the resume sends exactly the blocks that were missing');
  assert.ok(sentAfter < TOTAL_BLOCK_BYTES * 0.6, `resume sent ${sentAfter / MiB} MiB of ${TOTAL_BLOCK_BYTES / MiB} MiB`);
  assert.equal(proxy.putBytesByKind.blob ?? 0, 0, 'the small file, completed before the kill, is not sent again');

  // The same job folder, and a report for the whole job.
  assert.equal(onlyJobId(jobDir), jobId, 'resume reuses the job folder');
  const report = JSON.parse(readFileSync(join(jobDir, jobId, 'report.json'), 'utf8'));
  assert.equal(report.jobId, jobId);
  assert.equal(report.status, 'Completed');
  assert.equal(report.counts.total, 4);
  assert.equal(report.counts.transferred, 4, 'the small file done before the kill counts as transferred by this job');
  assert.equal(report.counts.failed, 0);
  assert.equal(report.counts.skipped, 0);
  assert.equal(report.counts.bytes, TOTAL_BLOCK_BYTES + statSync(join(src, SMALL)).size, 'the bytes of the whole job, the killed run\'s included');
  assert.equal(report.reconciliation.matched, 4);
  // Done earlier = journalled Completed, or committed but killed before its line.
  const doneEarlier = new Set([...completedBefore, ...committedNames]);
  assert.equal(report.resume?.completedEarlier, doneEarlier.size, JSON.stringify(report.resume));

  // A second resume of a finished job has nothing left to send.
  proxy.resetCounters();
  const again = await azcp(['jobs', 'resume', jobId, '--job-dir', jobDir]);
  assert.equal(again.code, 0, again.stderr + again.stdout);
  assert.equal(proxy.putBodyBytes, 0, `a finished job sends nothing when resumed again (${JSON.stringify(proxy.putBytesByKind)})`);
  const report2 = JSON.parse(readFileSync(join(jobDir, jobId, 'report.json'), 'utf8'));
  assert.equal(report2.counts.transferred, 4);
  assert.equal(report2.status, 'Completed');
});

test('a plain copy again from a NEW job folder (a fresh machine) reuses the staged blocks', async () => {
  // One 48 MiB file, so the kill at 60% finds it staged but not committed.
  const bigDir = join(work, 'big');
  mkdirSync(bigDir);
  const data = randomBytes(48 * MiB);
  writeFileSync(join(bigDir, 'big.bin'), data);
  const container = await makeContainer('fresh');
  const url = `${proxy.serviceUrl}/fresh`;
  proxy.resetCounters();
  const first = await startKilledUpload(join(bigDir, 'big.bin'), url, join(work, 'jobs-machine-a'), Math.round(48 * 0.6));
  assert.ok(first.killed, `azcp finished before the kill point: ${first.stderr}`);
  const staged = await settledStagedBytes(container, ['big.bin']);
  assert.equal(await container.getBlockBlobClient('big.bin').exists(), false, 'not committed before the kill');
  assert.ok(staged >= 48 * MiB * 0.4, `blocks were staged before the kill (${staged / MiB} MiB)`);

  proxy.resetCounters();
  const machineB = join(work, 'jobs-machine-b');
  const again = await azcp(['copy', join(bigDir, 'big.bin'), url, '--block-size-mb', '1', '--concurrency', '3', '--job-dir', machineB]);
  assert.equal(again.code, 0, again.stderr + again.stdout);
  const body = await container.getBlobClient('big.bin').downloadToBuffer();
  assert.equal(createHash('md5').update(body).digest('hex'), createHash('md5').update(data).digest('hex'));
  // No journal on this "machine": the reuse comes from the block ids alone,
  // so exactly the blocks Azurite did not hold are sent (< 60% of the file,
  // as the kill came at 60%).
  const sent = proxy.putBytesByKind.block ?? 0;
  assert.equal(sent, 48 * MiB - staged, 'only the blocks Azurite did not hold are sent');
  assert.ok(sent < 48 * MiB * 0.6, `sent ${sent / MiB} MiB of 48 MiB`);
  const log = readFileSync(join(machineB, onlyJobId(machineB), 'azcp.log'), 'utf8');
  assert.match(log, /reused \d+ blocks already staged/);
});
