// azcp over a faulty network: copy, sync and download finish with exit 0,
// nothing lost, and report.json counts the retries.
//
// Mocked, because it cannot be real here: the faulty network. A small HTTP
// proxy (test/helpers/fault-proxy.ts) sits between azcp and Azurite and, on
// a seeded ~25% of requests, answers 503, 500 or 429 with Retry-After,
// resets the connection (socket.destroy), or forwards the request and holds
// the response longer than azcp's per-try timeout (AZCP_TRY_TIMEOUT_MS).
// Everything else is real: the built bundle in a child process, Azurite,
// the files, and an independent SDK listing straight against Azurite.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, unlinkSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { BlobServiceClient, ContainerClient } from '@azure/storage-blob';
import { startProxiedAzurite, seededFaults, type FaultProxy, type FaultAction, type ProxiedAzurite } from './helpers/fault-proxy.ts';
import { buildPrivateBundle, startBundle, type PrivateBundle } from './helpers/bundle.ts';
import { tempDir } from './helpers/temp.ts';
import { jsonReport } from './helpers/json-lines.ts';

const MiB = 1024 * 1024;
const TRY_TIMEOUT_MS = 1500;
const KINDS: FaultAction[] = [
  { kind: 'status', status: 503 },
  { kind: 'status', status: 500 },
  { kind: 'status', status: 429, retryAfterSeconds: 1 },
  { kind: 'reset' },
  { kind: 'stall', ms: TRY_TIMEOUT_MS + 1500 },
];
const ENV = { AZCP_TRY_TIMEOUT_MS: String(TRY_TIMEOUT_MS), AZCP_RETRY_DELAY_MS: '50', AZCP_MAX_RETRY_DELAY_MS: '2000' };

let env: ProxiedAzurite;
let proxy: FaultProxy;
let service: BlobServiceClient;
let bundle: PrivateBundle;
let work: string;
let src: string;
const seen: Record<string, number> = {};

before(async () => {
  bundle = await buildPrivateBundle();
  env = await startProxiedAzurite();
  ({ proxy, service } = env);
  work = tempDir('faults');
  src = join(work, 'src');
  mkdirSync(join(src, 'nested', 'deeper'), { recursive: true });
  for (let i = 0; i < 24; i++) {
    const dir = i % 3 === 0 ? src : i % 3 === 1 ? join(src, 'nested') : join(src, 'nested', 'deeper');
    writeFileSync(join(dir, `file-${String(i).padStart(2, '0')}.dat`), randomBytes(1024 + ((i * 7919) % 60_000)));
  }
  writeFileSync(join(src, 'large-a.bin'), randomBytes(5 * MiB + 123));
  writeFileSync(join(src, 'large-b.bin'), randomBytes(3 * MiB));
});

after(async () => {
  await env?.stop();
  bundle?.cleanup();
});

function localTree(root: string): Map<string, { size: number; md5: string }> {
  const out = new Map<string, { size: number; md5: string }>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else {
        const data = readFileSync(p);
        out.set(relative(root, p).split('\\').join('/'), { size: data.length, md5: createHash('md5').update(data).digest('hex') });
      }
    }
  };
  walk(root);
  return out;
}

/** Names, sizes and MD5s of the bytes (downloaded, not the stored header), straight from Azurite. */
async function containerTree(container: ContainerClient): Promise<Map<string, { size: number; md5: string }>> {
  const out = new Map<string, { size: number; md5: string }>();
  for await (const b of container.listBlobsFlat()) {
    const data = await container.getBlobClient(b.name).downloadToBuffer();
    assert.equal(data.length, b.properties.contentLength);
    out.set(b.name, { size: data.length, md5: createHash('md5').update(data).digest('hex') });
  }
  return out;
}

async function runFaulted(args: string[], seed: number) {
  proxy.resetCounters();
  proxy.setDecide(seededFaults({ seed, share: 0.25, kinds: KINDS, maxInARow: 2 }));
  const r = await startBundle(bundle.entry, [...args, '--output-type', 'json', '--job-dir', join(work, 'jobs')], ENV, 55_000).done;
  proxy.setDecide(() => ({ kind: 'forward' }));
  for (const [k, v] of Object.entries(proxy.injected)) seen[k] = (seen[k] ?? 0) + v;
  assert.equal(r.code, 0, `exit ${r.code}\n${r.stderr}\n${r.stdout.slice(0, 2000)}`);
  const report = jsonReport(r.stdout);
  const injected = proxy.injectedTotal();
  assert.ok(injected >= 3, `the proxy injected faults (${JSON.stringify(proxy.injected)} in ${proxy.requests} requests)`);
  // Every injected fault costs the client exactly one retry (a 5xx/429
  // answer, a reset, or a try abandoned at the timeout); more are possible
  // (a keep-alive socket closed under a new request), fewer are not.
  assert.ok(report.retries >= injected, `report.retries ${report.retries} < ${injected} injected faults ${JSON.stringify(proxy.injected)}`);
  assert.equal(report.status, 'Completed');
  assert.equal(report.counts.failed, 0);
  assert.equal(report.reconciliation?.ok, true);
  return { report, injected };
}

test('copy local → blob through a faulty network: exit 0, every byte there, retries counted', async () => {
  const container = service.getContainerClient('faulty');
  await container.create();
  const { report } = await runFaulted(['copy', `${src}/*`, `${proxy.serviceUrl}/faulty`, '--recursive', '--block-size-mb', '1', '--concurrency', '4'], 1234);
  assert.equal(report.counts.transferred, 26);
  assert.deepEqual(await containerTree(container), localTree(src));
});

test('sync local → blob (changes, additions, a deletion) through a faulty network', async () => {
  const container = service.getContainerClient('faulty');
  writeFileSync(join(src, 'nested', 'file-01.dat'), randomBytes(40_000));
  writeFileSync(join(src, 'new-1.txt'), 'new file one\n');
  writeFileSync(join(src, 'nested', 'new-2.bin'), randomBytes(2 * MiB + 5));
  unlinkSync(join(src, 'file-03.dat'));
  const { report } = await runFaulted(
    ['sync', src, `${proxy.serviceUrl}/faulty`, '--delete-destination', 'true', '--block-size-mb', '1', '--concurrency', '4'],
    7,
  );
  assert.equal(report.counts.deleted, 1);
  assert.equal(report.counts.transferred, 3);
  assert.deepEqual(await containerTree(container), localTree(src));
});

test('copy blob → local (download) through a faulty network', async () => {
  const dest = join(work, 'download');
  const { report } = await runFaulted(['copy', `${proxy.serviceUrl}/faulty/*`, dest, '--recursive', '--block-size-mb', '1', '--concurrency', '4'], 4242);
  assert.equal(report.counts.failed, 0);
  assert.deepEqual(localTree(dest), localTree(src), 'downloaded files equal the sources');
  // No temporary .part file is left behind by a try that was cut off.
  assert.deepEqual([...localTree(dest).keys()].filter((n) => n.includes('.azcp-')), []);
});

test('download: a body that breaks off after the headers is fetched again: listing pages, small files and ranges alike', async () => {
  // The first GET of every listing page, blob and range answers 200 and
  // then cuts the connection halfway through the first chunk. The pipeline cannot see this (the
  // answer was a success); azcp must notice the short body and ask again.
  const dest = join(work, 'download-truncated');
  const cut = new Set<string>();
  proxy.resetCounters();
  proxy.setDecide((info) => {
    if (info.method !== 'GET') return { kind: 'forward' };
    const key = info.url;
    if (cut.has(key)) return { kind: 'forward' };
    cut.add(key);
    return { kind: 'truncate' };
  });
  const r = await startBundle(bundle.entry, ['copy', `${proxy.serviceUrl}/faulty/*`, dest, '--recursive', '--block-size-mb', '1', '--concurrency', '4', '--output-type', 'json', '--job-dir', join(work, 'jobs')], ENV, 55_000).done;
  proxy.setDecide(() => ({ kind: 'forward' }));
  assert.equal(r.code, 0, `exit ${r.code}\n${r.stderr}\n${r.stdout.slice(0, 2000)}`);
  const report = jsonReport(r.stdout);
  assert.ok((proxy.injected.truncate ?? 0) >= 27, `every first GET was cut (${JSON.stringify(proxy.injected)})`);
  assert.ok(report.retries >= proxy.injected.truncate, `each cut is counted as a retry (${report.retries})`);
  assert.equal(report.counts.failed, 0);
  assert.equal(report.reconciliation.ok, true);
  assert.deepEqual(localTree(dest), localTree(src), 'downloaded files equal the sources');
  assert.deepEqual([...localTree(dest).keys()].filter((n) => n.includes('.azcp-')), [], 'no .part file is left behind');
});

test('download: a body that goes silent halfway is abandoned after the try timeout and fetched again', async () => {
  // The first GET of every listing page, blob and range answers 200, sends
  // half a chunk and then nothing, with the connection left open: without
  // a watch on the body the job would wait forever (and this test would
  // run into its 55 s limit).
  const dest = join(work, 'download-stalled');
  const seenUrls = new Set<string>();
  proxy.resetCounters();
  proxy.setDecide((info) => {
    if (info.method !== 'GET' || seenUrls.has(info.url)) return { kind: 'forward' };
    seenUrls.add(info.url);
    return { kind: 'stallBody' };
  });
  const r = await startBundle(bundle.entry, ['copy', `${proxy.serviceUrl}/faulty/*`, dest, '--recursive', '--block-size-mb', '1', '--concurrency', '16', '--output-type', 'json', '--job-dir', join(work, 'jobs')], ENV, 55_000).done;
  proxy.setDecide(() => ({ kind: 'forward' }));
  assert.equal(r.code, 0, `exit ${r.code}\n${r.stderr}\n${r.stdout.slice(0, 2000)}`);
  const report = jsonReport(r.stdout);
  assert.ok((proxy.injected.stallBody ?? 0) >= 27, `every first GET went silent (${JSON.stringify(proxy.injected)})`);
  assert.ok(report.retries >= proxy.injected.stallBody, `each silent body is counted as a retry (${report.retries})`);
  assert.equal(report.reconciliation.ok, true);
  assert.deepEqual(localTree(dest), localTree(src), 'downloaded files equal the sources');
});

test('every kind of fault was exercised', () => {
  for (const k of ['status 503', 'status 500', 'status 429', 'reset', 'stall']) assert.ok((seen[k] ?? 0) > 0, `no "${k}" fault was injected: ${JSON.stringify(seen)}`);
});
