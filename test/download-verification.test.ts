// Downloads are verified by default, and "matches" never claims more than
// was checked: a byte flipped in transit fails the download (exit 1, an MD5
// mismatch, nothing left at the target), whether the blob carries a
// Content-MD5 (every blob azcp uploads does, by default) or not (written by
// another tool: then each range is checked against the MD5 the service
// sends with it). Downloads that had no Content-MD5 to check against are
// counted in one warning line; --check-md5 FailIfDifferentOrMissing fails
// them instead.
//
// Real: Azurite, azcp in-process, the files. Mocked: the network's fault —
// the proxy in front of Azurite flips one byte of one GET response body.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContainerClient } from '@azure/storage-blob';
import { startProxiedAzurite, type ProxiedAzurite, type ProxyRequestInfo, type FaultAction } from './helpers/fault-proxy.ts';
import { azcp } from './helpers/azcp.ts';
import { bytes, tempDir } from './helpers/trees.ts';
import { jsonReport } from './helpers/json-lines.ts';

const MiB = 1024 * 1024;

let env: ProxiedAzurite;

before(async () => {
  env = await startProxiedAzurite();
});

after(async () => {
  await env?.stop();
});

const md5 = (b: Buffer) => createHash('md5').update(b).digest('base64');

/** Flips one byte of the `nth` (1-based) GET of a blob's bytes (not a listing). */
function corruptNthBlobGet(nth: number): (info: ProxyRequestInfo) => FaultAction {
  let gets = 0;
  return (info) => {
    const url = new URL(info.url, 'http://x');
    const isBlobGet = info.method === 'GET' && !url.searchParams.has('comp') && !url.searchParams.has('restype') && url.pathname.split('/').length > 3;
    if (isBlobGet && ++gets === nth) return { kind: 'corruptBody' };
    return { kind: 'forward' };
  };
}

/** A blob written the way other tools write large files: staged blocks,
 *  committed without a Content-MD5. */
async function putWithoutMd5(container: ContainerClient, name: string, data: Buffer): Promise<void> {
  const blob = container.getBlockBlobClient(name);
  const ids: string[] = [];
  for (let at = 0, i = 0; at < data.length; at += MiB, i++) {
    const id = Buffer.from(`other-tool-${String(i).padStart(6, '0')}`).toString('base64');
    await blob.stageBlock(id, data.subarray(at, at + MiB), Math.min(MiB, data.length - at));
    ids.push(id);
  }
  await blob.commitBlockList(ids);
  const props = await blob.getProperties();
  assert.equal(props.contentMD5, undefined, 'the planted blob has no Content-MD5');
}

test('a byte flipped in transit fails a ranged download of a blob azcp uploaded with default options', async () => {
  const { proxy, service } = env;
  await service.getContainerClient('flip').create();
  const work = tempDir('flip');
  const data = bytes(12 * MiB, 3);
  writeFileSync(join(work, 'big.bin'), data);
  const up = await azcp(['copy', join(work, 'big.bin'), `${proxy.serviceUrl}/flip/big.bin`, '--block-size-mb', '1', '--job-dir', join(work, 'jobs')]);
  assert.equal(up.code, 0, up.stdout + up.stderr);
  const props = await service.getContainerClient('flip').getBlobClient('big.bin').getProperties();
  assert.equal(props.contentMD5 && Buffer.from(props.contentMD5).toString('base64'), md5(data), 'a block-staged upload carries its Content-MD5 by default');

  // 12 ranges of 1 MiB; the third arrives with one byte flipped.
  const out = join(work, 'out');
  proxy.setDecide(corruptNthBlobGet(3));
  const down = await azcp(['copy', `${proxy.serviceUrl}/flip/big.bin`, out + '/', '--block-size-mb', '1', '--job-dir', join(work, 'jobs')]);
  proxy.setDecide(() => ({ kind: 'forward' }));
  assert.equal(proxy.injected.corruptBody, 1, 'the proxy flipped a byte');
  assert.equal(down.code, 1, down.stdout + down.stderr);
  assert.match(down.stdout + down.stderr, /MD5 mismatch/);
  assert.equal(existsSync(join(out, 'big.bin')), false, 'the corrupt file is not put in place');
  assert.deepEqual(existsSync(out) ? readdirSync(out) : [], [], 'no temporary file is left behind');
});

test('a blob without Content-MD5 is checked range by range in transit: a flipped byte fails it, a clean download is counted as not verified end to end', async () => {
  const { proxy, service } = env;
  const container = service.getContainerClient('nomd5');
  await container.create();
  const work = tempDir('nomd5');
  const big = bytes(6 * MiB + 123, 4);
  const small = bytes(200 * 1024, 5);
  await putWithoutMd5(container, 'big.bin', big);
  await putWithoutMd5(container, 'small.bin', small);

  // Ranged (6 MiB in 1 MiB ranges) and streamed-size blobs alike.
  for (const [name, nth] of [['big.bin', 4], ['small.bin', 1]] as const) {
    const out = join(work, `bad-${name}`);
    proxy.setDecide(corruptNthBlobGet(nth));
    proxy.resetCounters();
    const down = await azcp(['copy', `${proxy.serviceUrl}/nomd5/${name}`, out + '/', '--block-size-mb', '1', '--job-dir', join(work, 'jobs')]);
    proxy.setDecide(() => ({ kind: 'forward' }));
    assert.equal(proxy.injected.corruptBody, 1, `${name}: the proxy flipped a byte`);
    assert.equal(down.code, 1, `${name}: ${down.stdout}${down.stderr}`);
    assert.match(down.stdout + down.stderr, /MD5 mismatch in transit/, name);
    assert.equal(existsSync(join(out, name)), false, `${name}: the corrupt file is not put in place`);
  }

  // Clean: both arrive intact, and the report says what was (not) checked.
  const out = join(work, 'good');
  const down = await azcp(['copy', `${proxy.serviceUrl}/nomd5/*`, out, '--output-type', 'json', '--job-dir', join(work, 'jobs')]);
  assert.equal(down.code, 0, down.stdout + down.stderr);
  assert.equal(md5(readFileSync(join(out, 'big.bin'))), md5(big));
  assert.equal(md5(readFileSync(join(out, 'small.bin'))), md5(small));
  const report = jsonReport(down.stdout);
  assert.deepEqual(report.verification, { endToEnd: 0, inTransit: 2, none: 0 });
  const warnings = (report.warnings as string[]).filter((w) => /no Content-MD5/.test(w));
  assert.equal(warnings.length, 1, `one warning line for all of them, not one per file: ${JSON.stringify(report.warnings)}`);
  assert.match(warnings[0], /^2 download\(s\) had no Content-MD5/);
  assert.match(report.message, /2 download\(s\) not verified against a Content-MD5/);
});

test('--check-md5 FailIfDifferentOrMissing fails a blob that has no Content-MD5 and writes nothing', async () => {
  const { proxy, service } = env;
  const container = service.getContainerClient('strict');
  await container.create();
  const work = tempDir('strict');
  await putWithoutMd5(container, 'plain.bin', bytes(2 * MiB, 6));
  const out = join(work, 'out');
  const down = await azcp(['copy', `${proxy.serviceUrl}/strict/plain.bin`, out + '/', '--check-md5', 'FailIfDifferentOrMissing', '--job-dir', join(work, 'jobs')]);
  assert.equal(down.code, 1, down.stdout + down.stderr);
  assert.match(down.stdout + down.stderr, /no Content-MD5/);
  assert.equal(existsSync(join(out, 'plain.bin')), false);
});

test('--put-md5=false leaves Content-MD5 off a block-staged upload (the opt-out), and a download of it is checked in transit', async () => {
  const { proxy, service } = env;
  await service.getContainerClient('optout').create();
  const work = tempDir('optout');
  const data = bytes(5 * MiB, 7);
  writeFileSync(join(work, 'f.bin'), data);
  const up = await azcp(['copy', join(work, 'f.bin'), `${proxy.serviceUrl}/optout/f.bin`, '--block-size-mb', '1', '--put-md5=false', '--job-dir', join(work, 'jobs')]);
  assert.equal(up.code, 0, up.stdout + up.stderr);
  const props = await service.getContainerClient('optout').getBlobClient('f.bin').getProperties();
  assert.equal(props.contentMD5, undefined);
  const down = await azcp(['copy', `${proxy.serviceUrl}/optout/f.bin`, join(work, 'out') + '/', '--output-type', 'json', '--job-dir', join(work, 'jobs')]);
  assert.equal(down.code, 0, down.stdout + down.stderr);
  assert.deepEqual(jsonReport(down.stdout).verification, { endToEnd: 0, inTransit: 1, none: 0 });
});
