// A large upload first asks the service which of its blocks an earlier run
// left staged (Get Block List, uncommitted), so a rerun sends only what is
// missing. Only "no such blob" (404) means nothing is staged. When the
// question is refused, the file fails with the service's reason and nothing
// of it is sent: no block is staged on a guess, no blob is committed, the
// job does not say it succeeded, and the other files of the job still
// arrive. (Taking any error as "nothing staged" fails this test.)
//
// Real: azcp (in-process CLI), Azurite, the files. Mocked: the service's
// 403 to Get Block List, by the fault proxy in front of Azurite (a real
// account cannot be made to refuse one kind of request on demand).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { azcpReport } from './helpers/azcp.ts';
import { startProxiedAzurite, type ProxiedAzurite } from './helpers/fault-proxy.ts';
import { tempDir } from './helpers/temp.ts';
import { setEnv } from './helpers/env.ts';

let az: ProxiedAzurite;
let work: string;
let restoreEnv: () => void = () => undefined;

before(async () => {
  az = await startProxiedAzurite();
  await az.service.getContainerClient('staged').create();
  work = tempDir('staged-list');
  mkdirSync(join(work, 'src'));
  // 3 MiB in 1 MiB blocks: a block upload. The small file goes in one Put Blob.
  writeFileSync(join(work, 'src', 'large.bin'), randomBytes(3 * 1024 * 1024));
  writeFileSync(join(work, 'src', 'small.txt'), 'small\n');
  restoreEnv = setEnv({ AZCP_MAX_TRIES: '2', AZCP_RETRY_DELAY_MS: '1' });
});
after(async () => {
  restoreEnv();
  await az?.stop();
});

test('a large file whose staged-block list is refused fails with that reason; none of its blocks is sent, the rest of the job arrives', async () => {
  az.proxy.setDecide(({ method, url }) => (method === 'GET' && /comp=blocklist/.test(url) ? { kind: 'status', status: 403 } : { kind: 'forward' }));
  az.proxy.resetCounters();
  try {
    const r = await azcpReport(['copy', join(work, 'src'), `${az.proxy.serviceUrl}/staged`, '--recursive', '--block-size-mb', '1', '--job-dir', join(work, 'jobs')]);
    assert.equal(r.code, 1, r.stderr);
    assert.ok(az.proxy.injected['status 403'] >= 1, 'the staged-block list was asked for and refused');
    assert.equal(r.report.counts.failed, 1, JSON.stringify(r.report.counts));
    assert.equal(r.report.counts.transferred, 1, 'the small file still arrived');
    assert.equal(r.report.failures.length, 1);
    assert.match(r.report.failures[0].path, /large\.bin$/);
    assert.match(r.report.failures[0].error, /403|AuthorizationFailure|refused|permission/i, r.report.failures[0].error);
    assert.equal(az.proxy.putBytesByKind.block ?? 0, 0, 'no block of the large file was staged');
    assert.equal(az.proxy.putBytesByKind.blocklist ?? 0, 0, 'nothing was committed');
    const names: string[] = [];
    for await (const b of az.service.getContainerClient('staged').listBlobsFlat()) names.push(b.name);
    assert.deepEqual(names, ['src/small.txt'], 'only the small file is at the destination');
  } finally {
    az.proxy.setDecide(() => ({ kind: 'forward' }));
  }
});
