// Small files are bound by --concurrency, not by the block-memory budget:
// every request used to take one of at most 16 block slots, so no more than
// 16 requests were ever in flight, which over a network's round trip is what
// bounded small-file speed. Measured through the benchmark's latency proxy
// (a real TCP proxy that delays each direction and counts HTTP requests in
// flight) in front of a real Azurite; nothing is mocked.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startAzurite, DEV_ACCOUNT } from '../scripts/azurite.mjs';
import { startLatencyProxy } from '../bench/lib/latency-proxy.mjs';
import { azcp } from './helpers/azcp.ts';
import { tempDir, writeTree, createContainer, bytes, type Azurite } from './helpers/trees.ts';

let az: Azurite;
let proxy: Awaited<ReturnType<typeof startLatencyProxy>>;
let work: string;
const FILES = 120;

before(async () => {
  az = await startAzurite();
  // 15 ms each way: slow enough that requests overlap, fast enough for a test.
  proxy = await startLatencyProxy({ targetPort: az.port, delayMs: 15, connectRtts: 1 });
  work = tempDir('inflight');
  writeTree(join(work, 'src'), Object.fromEntries(Array.from({ length: FILES }, (_, i) => [`f${i}.bin`, bytes(1000 + i * 37, i)])));
  await createContainer(az, 'many');
});
after(async () => {
  await proxy?.close();
  await az?.stop();
});

test('an upload of many small files keeps more than 16 requests in flight when --concurrency allows it', async () => {
  proxy.beginRun();
  const r = await azcp(['copy', join(work, 'src', '*'), `${proxy.serviceUrl(DEV_ACCOUNT)}/many`, '--concurrency', '48', '--job-dir', join(work, 'jobs')]);
  const link = proxy.endRun();
  assert.equal(r.code, 0, r.stderr + r.stdout);
  assert.ok(link.peak > 16, `peak in flight ${link.peak} (16 was the old cap)`);
});

test('a download of the same small files does too', async () => {
  proxy.beginRun();
  const r = await azcp(['copy', `${proxy.serviceUrl(DEV_ACCOUNT)}/many/*`, join(work, 'out'), '--concurrency', '48', '--job-dir', join(work, 'jobs')]);
  const link = proxy.endRun();
  assert.equal(r.code, 0, r.stderr + r.stdout);
  assert.ok(link.peak > 16, `peak in flight ${link.peak} (16 was the old cap)`);
});
