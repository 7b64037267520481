// Upload and download of a tree with awkward names, empty files, a file
// above one block (staged blocks) and one large enough for ranged download;
// checked byte for byte, and the upload checked independently with the
// plain SDK and with AzCopy's `list` (test/helpers/azcopy.ts fetches the
// libraries AzCopy links when the machine lacks them).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startAzurite } from '../scripts/azurite.mjs';
import { azcp } from './helpers/azcp.ts';
import { runAzCopy } from './helpers/azcopy.ts';
import { tempDir, writeTree, hashTree, sha256Map, bytes, listContainer, createContainer, containerSas, readJob, evidenceFolder, type Azurite } from './helpers/trees.ts';

const MiB = 1024 * 1024;
let az: Azurite;
let work: string;
let jobDir: string;
const src = () => join(work, 'site');

// Names that sort differently by UTF-16, by locale and by UTF-8 bytes of the
// full path, plus unicode, spaces, nesting and empty files.
const FILES: Record<string, string | Buffer> = {
  'a-b': 'dash',
  'a.b': 'dot',
  'a/b': 'slash',
  a0: 'zero',
  B: 'upper',
  b: 'lower',
  'ünï cødé/файл 1.txt': 'unicode ✓',
  'a b/c d.txt': 'spaces',
  'deep/er/nest/leaf.txt': 'leaf',
  'empty.txt': '',
  'deep/empty2': '',
  'big.bin': bytes(3 * MiB + 123, 7),
  'huge.bin': bytes(5 * MiB + 7, 9),
};

before(async () => {
  az = await startAzurite();
  work = tempDir('updown');
  jobDir = join(work, 'jobs');
  writeTree(src(), FILES);
  await createContainer(az, 'upl');
});
after(async () => {
  await az?.stop();
});

test('upload of a folder puts its files under the folder name; the plain SDK sees the same names, sizes and MD5s', async () => {
  const r = await azcp(['copy', src(), `${az.serviceUrl}/upl`, '--recursive', '--block-size-mb', '1', '--put-md5', '--concurrency', '4', '--job-dir', jobDir]);
  assert.equal(r.code, 0, r.stderr + r.stdout);
  const { report } = readJob(evidenceFolder(r.stdout));
  assert.equal(report.counts.transferred, Object.keys(FILES).length);
  assert.equal(report.reconciliation.ok, true);

  const local = hashTree(src());
  const listed = await listContainer(az, 'upl');
  assert.deepEqual(listed.map((b) => b.name).sort(), [...local.keys()].map((k) => `site/${k}`).sort());
  for (const b of listed) {
    const l = local.get(b.name.slice('site/'.length))!;
    assert.equal(b.size, l.size, `size of ${b.name}`);
    assert.equal(b.md5, l.md5, `Content-MD5 of ${b.name}`);
    // The source mtime travels in metadata so a later sync can compare times.
    assert.equal(Date.parse(b.metadata.mtime), Math.round(l.mtimeMs), `mtime metadata of ${b.name}`);
  }
});

test('the staged-block path committed the big file in blocks of the chosen size', async () => {
  const c = (await createContainer(az, 'upl')).getBlockBlobClient('site/big.bin');
  const list = await c.getBlockList('committed');
  assert.equal(list.committedBlocks?.length, 4, 'a 3 MiB + 123 B file in 1 MiB blocks is 4 blocks');
  assert.ok(list.committedBlocks!.slice(0, 3).every((b) => b.size === MiB));
});

test('AzCopy list (an independent tool) sees the same names, sizes and MD5s', async () => {
  const azLogs = join(work, 'azcopy');
  mkdirSync(azLogs, { recursive: true });
  // runAzCopy fetches the libraries AzCopy links (libsecret, GLib) when the machine lacks them.
  const run = runAzCopy(['list', `${az.serviceUrl}/upl?${containerSas('upl', 'rl')}`, '--machine-readable', '--location', 'Blob', '--properties', 'ContentMD5'], {
    env: { ...process.env, AZCOPY_LOG_LOCATION: azLogs, AZCOPY_JOB_PLAN_LOCATION: azLogs },
    timeoutMs: 30_000,
  });
  assert.ok(!run.error && run.status !== null, `AzCopy did not run: ${run.error?.message ?? run.signal}`);
  assert.equal(run.status, 0, run.stdout + run.stderr);
  // Lines look like: "site/a b/c d.txt; ContentMD5: XUFA…==; Content Length: 6"
  const seen = new Map<string, string>();
  for (const line of run.stdout.split('\n')) {
    const m = /^(.+); ContentMD5: (\S*); Content Length: (\d+)$/.exec(line.trim());
    if (m) seen.set(m[1], `${m[3]} ${m[2]}`);
  }
  const expected = new Map([...hashTree(src())].map(([k, v]) => [`site/${k}`, `${v.size} ${v.md5}`]));
  assert.deepEqual(new Map([...seen].sort()), new Map([...expected].sort()));
});

test('download of the uploaded folder is byte-identical and keeps the source mtimes', async () => {
  const dest = join(work, 'down');
  const r = await azcp(['copy', `${az.serviceUrl}/upl/site`, dest, '--recursive', '--block-size-mb', '1', '--concurrency', '4', '--job-dir', jobDir]);
  assert.equal(r.code, 0, r.stderr + r.stdout);
  assert.deepEqual(sha256Map(join(dest, 'site')), sha256Map(src()));
  const original = hashTree(src());
  for (const [name, got] of hashTree(join(dest, 'site'))) {
    assert.equal(Math.round(got.mtimeMs), Math.round(original.get(name)!.mtimeMs), `mtime of ${name}`);
  }
  // No temporary files left beside the targets.
  assert.ok(![...hashTree(dest).keys()].some((k) => k.includes('.azcp-')), 'no .part files remain');
});

test('download of folder/* puts the contents directly in the destination', async () => {
  const dest = join(work, 'contents');
  const r = await azcp(['copy', `${az.serviceUrl}/upl/site/*`, dest, '--recursive', '--block-size-mb', '1', '--job-dir', jobDir]);
  assert.equal(r.code, 0, r.stderr + r.stdout);
  assert.deepEqual(sha256Map(dest), sha256Map(src()));
});

test('upload of folder/* puts the contents at the container root', async () => {
  await createContainer(az, 'flat');
  const r = await azcp(['copy', `${src()}/*`, `${az.serviceUrl}/flat`, '--recursive', '--block-size-mb', '1', '--job-dir', jobDir]);
  assert.equal(r.code, 0, r.stderr + r.stdout);
  const names = (await listContainer(az, 'flat')).map((b) => b.name).sort();
  assert.deepEqual(names, Object.keys(FILES).sort());
  const back = join(work, 'flat-back');
  const d = await azcp(['copy', `${az.serviceUrl}/flat/*`, back, '--recursive', '--block-size-mb', '1', '--job-dir', jobDir]);
  assert.equal(d.code, 0, d.stderr + d.stdout);
  assert.deepEqual(sha256Map(back), sha256Map(src()));
});


test('a ranged download whose ranges arrive as many socket chunks is byte-identical and MD5-checked', async () => {
  // 3 MiB ranges of a 14 MiB file: each range is gathered into several
  // file writes, ranges finish out of order, and the whole-blob MD5 (set by
  // --put-md5) is checked against the bytes hashed in order.
  const dir = join(work, 'ranged-src');
  writeTree(dir, { 'r.bin': bytes(14 * MiB + 5, 21) });
  await createContainer(az, 'ranged');
  const up = await azcp(['copy', join(dir, 'r.bin'), `${az.serviceUrl}/ranged`, '--put-md5', '--job-dir', jobDir]);
  assert.equal(up.code, 0, up.stderr + up.stdout);
  const dest = join(work, 'ranged-down');
  mkdirSync(dest);
  const r = await azcp(['copy', `${az.serviceUrl}/ranged/r.bin`, dest, '--block-size-mb', '3', '--concurrency', '4', '--job-dir', jobDir]);
  assert.equal(r.code, 0, r.stderr + r.stdout);
  assert.deepEqual(sha256Map(dest), sha256Map(dir));
  const { report } = readJob(evidenceFolder(r.stdout));
  assert.equal(report.reconciliation.ok, true);
  // Exit 0 also proves the MD5 check passed: a hash fed out of order fails
  // the download with an MD5 mismatch (the default --check-md5 FailIfDifferent).
});
