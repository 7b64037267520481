// --list-of-files with a share on either side: a short list is served by
// one look per listed path (a file: one Get File Properties; a directory:
// a listing of that directory and what is below it), never by a walk of the
// whole share; the job acts on the listed paths only. Azure Files is served
// by the in-memory stand-in (scripts/files-server.mjs) because no emulator
// of it exists; its request log counts the directory listings.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { azcp } from './helpers/azcp.ts';
import { tempDir } from './helpers/temp.ts';
import { hashTree, writeTree } from './helpers/trees.ts';
import { jsonReport } from './helpers/json-lines.ts';
import { listShare, putFiles, startFilesServer, useFilesEndpoint, type FilesServer } from './helpers/shares.ts';

let server: FilesServer;
let work: string;
let jobDir: string;
let restore: () => void;

before(async () => {
  server = await startFilesServer();
  work = tempDir('files-lof');
  jobDir = join(work, 'jobs');
  restore = useFilesEndpoint(server);
});
after(async () => {
  restore();
  await server?.close();
});

/** The directories listed (ListFilesAndDirectories, share-relative) since request `from`. */
const listings = (share: string, from: number) =>
  server.requests.slice(from).filter((r) => r.operation === 'ListFilesAndDirectories').map((r) => r.path.split(`/${share}`)[1].replace(/^\//, ''));

// Ten directories nobody listed: a walk of the share would list every one.
const OTHERS = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`other${i}/deep/f.txt`, `o${i}`]));

test('copy from a share with --list-of-files lists only the listed directories, and reads a listed file by itself', async () => {
  await putFiles(server, 'lof1', { ...OTHERS, 'a.txt': 'a', 'a-b/c.txt': 'c', 'site/x.txt': 'x', 'site/y/z.txt': 'z' });
  const list = join(work, 'list1.txt');
  writeFileSync(list, 'site\na-b/c.txt\nmissing.txt\n');
  const out = join(work, 'down1');
  const at = server.requests.length;
  const r = await azcp(['copy', `${server.url}/lof1/*`, out, '--recursive', '--list-of-files', list, '--job-dir', jobDir, '--output-type', 'json']);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual([...hashTree(out).keys()].sort(), ['a-b/c.txt', 'site/x.txt', 'site/y/z.txt']);
  const report = jsonReport(r.stdout);
  assert.equal(report.reconciliation.ok, true);
  const dirs = new Set(listings('lof1', at));
  // (The preflight probe lists the root once, one name.)
  assert.deepEqual([...dirs].filter((d) => d !== '').sort(), ['missing.txt', 'site', 'site/y']);
  for (let i = 0; i < 10; i++) assert.ok(!dirs.has(`other${i}`), `other${i} was not listed`);
});

test('sync into a share with --list-of-files compares and deletes only under the listed paths, listing only those', async () => {
  await putFiles(server, 'lof2', { ...OTHERS, 'keep/outside.txt': 'not listed', 'site/gone.txt': 'listed, gone from the source', 'site/old/x.txt': 'under a listed folder' });
  const src = join(work, 'src2');
  writeTree(src, { 'site/a.txt': 'a', 'site/b.txt': 'b', 'other.txt': 'not listed' });
  const list = join(work, 'list2.txt');
  writeFileSync(list, 'site/a.txt\nsite/gone.txt\nsite/old\n');
  const at = server.requests.length;
  const r = await azcp(['sync', src, `${server.url}/lof2`, '--delete-destination', 'true', '--max-delete', '100%', '--list-of-files', list, '--job-dir', jobDir, '--output-type', 'json']);
  assert.equal(r.code, 0, r.stderr);
  const report = jsonReport(r.stdout);
  assert.equal(report.counts.transferred, 1);
  assert.equal(report.counts.deleted, 2);
  assert.equal(report.reconciliation.ok, true);
  const dirs = new Set(listings('lof2', at));
  assert.deepEqual((await listShare(server, 'lof2')).map((f) => f.name).filter((n) => !n.startsWith('other')), ['keep/outside.txt', 'site/a.txt']);
  for (let i = 0; i < 10; i++) assert.ok(!dirs.has(`other${i}`) && !dirs.has(`other${i}/deep`), `other${i} was not listed`);
  assert.ok(!dirs.has('keep'), 'keep/ was not listed');
});

test('a whole share copied with --list-of-files: the listed paths under SHARE/, only those listed', async () => {
  await putFiles(server, 'lof3', { ...OTHERS, 'site/x.txt': 'x', 'top.txt': 't' });
  const list = join(work, 'list3.txt');
  writeFileSync(list, 'site\ntop.txt\n');
  const out = join(work, 'down3');
  const at = server.requests.length;
  const r = await azcp(['copy', `${server.url}/lof3`, out, '--recursive', '--list-of-files', list, '--job-dir', jobDir, '--output-type', 'json']);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual([...hashTree(out).keys()].sort(), ['lof3/site/x.txt', 'lof3/top.txt']);
  const dirs = new Set(listings('lof3', at));
  for (let i = 0; i < 10; i++) assert.ok(!dirs.has(`other${i}`), `other${i} was not listed`);
});
