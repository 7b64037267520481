// A file rewritten after an upload that staged its blocks but never
// committed them (here: Put Block List refused) — keeping its size and its
// modification time, as builds that pin mtimes do — must reach the blob with
// its NEW bytes when copied again. Staged blocks may be reused only where
// they provably hold the file's current bytes: the unchanged beginning of
// the file, not the rewritten rest.
//
// Real: Azurite, the files, azcp in-process. The proxy in front of Azurite
// refuses Put Block List on the first run (the one fault mocked: a commit
// that fails), and counts the Put Block bytes of the second.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startProxiedAzurite, type ProxiedAzurite } from './helpers/fault-proxy.ts';
import { azcp } from './helpers/azcp.ts';
import { bytes, tempDir } from './helpers/trees.ts';

const MiB = 1024 * 1024;
const BLOCKS = 10;
const CHANGED_FROM_BLOCK = 4;

let env: ProxiedAzurite;

before(async () => {
  env = await startProxiedAzurite();
});

after(async () => {
  await env?.stop();
});

const md5 = (b: Buffer) => createHash('md5').update(b).digest('base64');
const isCommit = (url: string) => new URL(url, 'http://x').searchParams.get('comp') === 'blocklist';

test('a file rewritten with the same size and mtime after an uncommitted upload arrives with its new bytes; only its unchanged blocks are reused', async () => {
  const { proxy, service } = env;
  await service.getContainerClient('rewrite').create();
  const work = tempDir('rewrite');
  const path = join(work, 'build.bin');
  const pinned = new Date('2020-01-01T00:00:00Z');
  const oldBytes = bytes(BLOCKS * MiB, 1);
  writeFileSync(path, oldBytes);
  utimesSync(path, pinned, pinned);
  const url = `${proxy.serviceUrl}/rewrite/build.bin`;
  const args = ['copy', path, url, '--block-size-mb', '1', '--job-dir', join(work, 'jobs')];

  // First run: every block staged, the commit refused.
  proxy.setDecide((info) => (info.method === 'PUT' && isCommit(info.url) ? { kind: 'status', status: 400 } : { kind: 'forward' }));
  const first = await azcp(args);
  assert.equal(first.code, 1, first.stdout + first.stderr);
  const blob = service.getContainerClient('rewrite').getBlockBlobClient('build.bin');
  const staged = await blob.getBlockList('uncommitted');
  assert.equal(staged.uncommittedBlocks?.length, BLOCKS, 'the first run left all its blocks staged');
  assert.equal(await blob.exists(), false, 'nothing was committed');

  // The file is rewritten from block 4 on; size and mtime stay the same.
  const newBytes = Buffer.concat([oldBytes.subarray(0, CHANGED_FROM_BLOCK * MiB), bytes((BLOCKS - CHANGED_FROM_BLOCK) * MiB, 2)]);
  assert.equal(newBytes.length, oldBytes.length);
  writeFileSync(path, newBytes);
  utimesSync(path, pinned, pinned);

  proxy.setDecide(() => ({ kind: 'forward' }));
  proxy.resetCounters();
  const second = await azcp(args);
  assert.equal(second.code, 0, second.stdout + second.stderr);

  const body = await blob.downloadToBuffer();
  assert.equal(md5(body), md5(newBytes), 'the blob holds the file as it is now, not the bytes staged before the rewrite');
  const props = await blob.getProperties();
  assert.equal(props.contentMD5 && Buffer.from(props.contentMD5).toString('base64'), md5(newBytes), 'the blob carries the Content-MD5 of its bytes');
  // The unchanged beginning is proven by its content and reused; everything
  // from the first changed block on is sent again.
  assert.equal(proxy.putBytesByKind.block ?? 0, (BLOCKS - CHANGED_FROM_BLOCK) * MiB, 'only the blocks from the rewrite on are sent');
});
