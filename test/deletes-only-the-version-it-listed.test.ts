// A sync deletes what it listed and judged extra, never what someone wrote
// under that name afterwards: a deploy or a writer running beside the job,
// or between a sharded job's shards and its merge. A blob is deleted with
// If-Match on the listed ETag; a local file only while its size and time
// are still the listed ones; a merge compares the version its shard listed
// with the one there now. A version written since is kept, reported as a
// failure with its reason, and the job does not say it succeeded.
//
// Real: azcp (in-process CLI), Azurite, the files. Mocked: the concurrent
// writer's timing, by the fault proxy in front of the service, which writes
// the new version itself just before it forwards azcp's request (a real
// writer cannot be made to land in that gap on demand); and Azure Files,
// by the in-memory stand-in (no emulator serves it).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { azcpReport } from './helpers/azcp.ts';
import { startFaultProxy, startProxiedAzurite, type FaultProxy, type ProxiedAzurite } from './helpers/fault-proxy.ts';
import { putFiles, shareService, startFilesServer, type FilesServer } from './helpers/shares.ts';
import { tempDir, writeTree } from './helpers/trees.ts';
import { shardOf } from '../src/engine/shard.ts';

let az: ProxiedAzurite;
let files: FilesServer;
let filesProxy: FaultProxy;
let work: string;
let n = 0;
const savedEndpoint = process.env.AZCP_FILE_ENDPOINT;

before(async () => {
  az = await startProxiedAzurite();
  files = await startFilesServer();
  filesProxy = await startFaultProxy(files.port, files.account);
  process.env.AZCP_FILE_ENDPOINT = filesProxy.serviceUrl;
  work = tempDir('deletes-listed');
});
after(async () => {
  if (savedEndpoint === undefined) delete process.env.AZCP_FILE_ENDPOINT;
  else process.env.AZCP_FILE_ENDPOINT = savedEndpoint;
  await filesProxy?.stop();
  await files?.close();
  await az?.stop();
});

const run = azcpReport;

async function put(container: string, name: string, text: string): Promise<void> {
  await az.service.getContainerClient(container).getBlockBlobClient(name).upload(text, Buffer.byteLength(text));
}

async function text(container: string, name: string): Promise<string | undefined> {
  try {
    return (await az.service.getContainerClient(container).getBlobClient(name).downloadToBuffer()).toString();
  } catch (err) {
    if ((err as { statusCode?: number }).statusCode === 404) return undefined;
    throw err;
  }
}

test('a sync keeps a blob written again after it was listed, deletes the extras that were not, and fails naming the kept one', async () => {
  const c = `listed${++n}`;
  await az.service.getContainerClient(c).create();
  const src = join(work, `src${n}`);
  writeTree(src, { 'index.html': 'new site' });
  await put(c, 'old-page.html', 'listed as extra');
  await put(c, 'stale.css', 'listed as extra, untouched');
  let rewritten = false;
  az.proxy.setDecide((info) => {
    if (info.method === 'DELETE' && info.url.includes('/old-page.html') && !rewritten) {
      rewritten = true;
      // The other writer lands between azcp's listing and its delete.
      return { kind: 'forward', after: put(c, 'old-page.html', 'published by another deploy') };
    }
    return { kind: 'forward' };
  });
  try {
    const r = await run(['sync', src, `${az.proxy.serviceUrl}/${c}`, '--delete-destination', 'true', '--max-delete', '10', '--job-dir', join(work, `jobs${n}`)]);
    assert.ok(rewritten, `the delete of the rewritten blob reached the proxy: ${r.stderr} ${JSON.stringify(r.report)?.slice(0, 1500)}`);
    assert.equal(await text(c, 'old-page.html'), 'published by another deploy', 'the version written after the listing was deleted');
    assert.equal(await text(c, 'stale.css'), undefined, 'an extra nobody touched is still deleted');
    assert.equal(r.code, 1, r.stderr);
    const failure = r.report.failures.find((f: { path: string }) => f.path === 'old-page.html');
    assert.ok(failure, JSON.stringify(r.report.failures));
    assert.match(failure.error, /written again after it was listed.*not deleted/);
  } finally {
    az.proxy.setDecide(() => ({ kind: 'forward' }));
  }
});

test('a download sync keeps a local file written again after it was listed', async () => {
  const c = `listed${++n}`;
  await az.service.getContainerClient(c).create();
  await put(c, 'b.txt', 'from the container');
  const dst = join(work, `dst${n}`);
  // Listed before b.txt (names are joined in order), so it is planned as
  // extra before the GET of b.txt, when the other writer changes it.
  writeTree(dst, { 'a-extra.txt': 'listed as extra' });
  const extra = join(dst, 'a-extra.txt');
  az.proxy.setDecide((info) => {
    if (info.method === 'GET' && info.url.includes('/b.txt')) writeFileSync(extra, 'a longer body, written by another process');
    return { kind: 'forward' };
  });
  try {
    const r = await run(['sync', `${az.proxy.serviceUrl}/${c}`, dst, '--delete-destination', 'true', '--max-delete', '10', '--job-dir', join(work, `jobs${n}`)]);
    assert.equal(readFileSync(join(dst, 'b.txt'), 'utf8'), 'from the container');
    assert.ok(statSync(extra, { throwIfNoEntry: false }), 'the file written after the listing was deleted');
    assert.equal(readFileSync(extra, 'utf8'), 'a longer body, written by another process');
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.report.failures.find((f: { path: string }) => f.path === 'a-extra.txt')?.error ?? '', /changed after it was listed.*not deleted/);
  } finally {
    az.proxy.setDecide(() => ({ kind: 'forward' }));
  }
});

test('a merge keeps a blob written again between its shard and the merge', async () => {
  const c = `listed${++n}`;
  await az.service.getContainerClient(c).create();
  const src = join(work, `src${n}`);
  writeTree(src, { 'a.txt': 'a', 'b.txt': 'b' });
  let old = '';
  for (let i = 0; !old; i++) if (shardOf(`old${i}.txt`, 2) === 1) old = `old${i}.txt`;
  await put(c, old, 'listed as extra by shard 1');
  const jobDir = join(work, `jobs${n}`);
  const shards: string[] = [];
  for (const i of [1, 2]) {
    const r = await run(['sync', src, `${az.proxy.serviceUrl}/${c}`, '--delete-destination', 'true', '--max-delete', '10', '--shard', `${i}/2`, '--job-dir', jobDir]);
    assert.equal(r.code, 0, r.stderr);
    shards.push(r.report.jobFolder as string);
  }
  assert.equal(readFileSync(join(shards[0], 'deletions.jsonl'), 'utf8').trim().split('\n').length, 1, 'shard 1 planned the deletion');
  await put(c, old, 'published after the shards ran');
  const m = await run(['jobs', 'merge', ...shards, '--job-dir', jobDir]);
  assert.equal(await text(c, old), 'published after the shards ran', 'the merge deleted a version its shard never listed');
  assert.equal(m.code, 1, m.stderr);
  assert.match(m.report.failures.find((f: { path: string }) => f.path === old)?.error ?? '', /written again after its shard listed it/);
});

test('a sync to Azure Files keeps a file written again after it was listed (the share has no conditional delete: its ETag is read first)', async () => {
  const name = `listed${++n}`;
  await putFiles(files, name, { 'old-page.html': 'listed as extra', 'stale.css': 'listed as extra, untouched' });
  const src = join(work, `src${n}`);
  writeTree(src, { 'index.html': 'new site' });
  const file = shareService(files).getShareClient(name).rootDirectoryClient.getFileClient('old-page.html');
  let rewritten = false;
  filesProxy.setDecide((info) => {
    if ((info.method === 'HEAD' || info.method === 'DELETE') && info.url.includes('/old-page.html') && !rewritten) {
      rewritten = true;
      return { kind: 'forward', after: file.uploadData(Buffer.from('published by another deploy')) };
    }
    return { kind: 'forward' };
  });
  try {
    const r = await run(['sync', src, `${filesProxy.serviceUrl}/${name}`, '--delete-destination', 'true', '--max-delete', '10', '--job-dir', join(work, `jobs${n}`)]);
    assert.ok(rewritten, `the delete of the rewritten file reached the proxy: ${r.stderr}`);
    const left = new Map<string, string>();
    for await (const item of shareService(files).getShareClient(name).rootDirectoryClient.listFilesAndDirectories()) {
      left.set(item.name, (await shareService(files).getShareClient(name).rootDirectoryClient.getFileClient(item.name).downloadToBuffer()).toString());
    }
    assert.equal(left.get('old-page.html'), 'published by another deploy', 'the version written after the listing was deleted');
    assert.ok(!left.has('stale.css'), 'an extra nobody touched is still deleted');
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.report.failures.find((f: { path: string }) => f.path === 'old-page.html')?.error ?? '', /written again after it was listed.*not deleted/);
  } finally {
    filesProxy.setDecide(() => ({ kind: 'forward' }));
  }
});
