// list, make and remove on an Azure Files share: make creates a share
// (idempotent), list walks the directories in strict UTF-8 order of the full
// name (the service lists one directory at a time in its own order), remove
// takes files and the directories it empties, with filters and --max-delete.
// Azure Files is served by the in-memory stand-in (scripts/files-server.mjs)
// because no emulator of it exists.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { mkdirSync, writeFileSync } from 'node:fs';
import { azcp } from './helpers/azcp.ts';
import { tempDir } from './helpers/temp.ts';
import { listDirectories, listShare, putFiles, shareService, startFilesServer, useFilesEndpoint, type FilesServer } from './helpers/shares.ts';
import { compareUtf8 } from '../src/engine/order.ts';
import { jobWideFailure } from '../src/storage/errors.ts';
import { listedObjects } from './helpers/json-lines.ts';

let server: FilesServer;
let jobDir: string;
let restore: () => void;
const FILES = { 'logs/2024/a.log': 'aaaa', 'logs/2024/b.txt': 'bb', 'logs/2025/c.log': 'c', 'keep/me.txt': 'keep', 'top.log': 'top' };
// Names whose order differs by directory walk, by UTF-16 and by UTF-8 of the full path.
const AWKWARD = { 'a-b': '1', 'a.b': '2', 'a/b': '3', a0: '4', B: '5', 'c/\u{1F600}': '6', 'c/\uFFFD': '7', 'ab/x': '8' };

before(async () => {
  server = await startFilesServer();
  jobDir = join(tempDir('files-lmr'), 'jobs');
  restore = useFilesEndpoint(server);
});
after(async () => {
  restore();
  await server?.close();
});

const names = async (share: string) => (await listShare(server, share)).map((f) => f.name);

test('make creates a share; a second make says it already exists', async () => {
  const first = await azcp(['make', `${server.url}/made`, '--job-dir', jobDir]);
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stdout, /Created .*\/made/);
  assert.equal(await shareService(server).getShareClient('made').exists(), true);
  const second = await azcp(['make', `${server.url}/made`, '--job-dir', jobDir]);
  assert.equal(second.code, 0, second.stderr);
  assert.match(second.stdout, /already exists/i);
});

test('list walks every directory and prints the files in strict UTF-8 order of the full name', async () => {
  await putFiles(server, 'listed', { ...FILES, ...AWKWARD });
  const r = await azcp(['list', `${server.url}/listed`, '--output-type', 'json', '--job-dir', jobDir]);
  assert.equal(r.code, 0, r.stderr);
  const listed = listedObjects(r.stdout).map((b) => b.name);
  assert.deepEqual(listed, Object.keys({ ...FILES, ...AWKWARD }).sort(compareUtf8));
  const under = await azcp(['list', `${server.url}/listed/logs`, '--include-pattern', '*.log', '--output-type', 'json', '--job-dir', jobDir]);
  assert.deepEqual(listedObjects(under.stdout).map((b) => b.name), ['logs/2024/a.log', 'logs/2025/c.log']);
});

test('list follows the continuation markers of a directory larger than one page (5,000)', async () => {
  const local = join(tempDir('files-many'), 'many');
  mkdirSync(local, { recursive: true });
  const N = 5003;
  for (let i = 0; i < N; i++) writeFileSync(join(local, `f${String(i).padStart(5, '0')}`), '');
  await shareService(server).getShareClient('many').create();
  const up = await azcp(['copy', `${local}/*`, `${server.url}/many`, '--job-dir', jobDir]);
  assert.equal(up.code, 0, up.stderr);
  const mark = server.requests.length;
  const r = await azcp(['list', `${server.url}/many`, '--output-type', 'json', '--job-dir', jobDir]);
  assert.equal(r.code, 0, r.stderr);
  const listed = listedObjects(r.stdout).map((b) => b.name);
  assert.equal(listed.length, N);
  assert.equal(new Set(listed).size, N);
  assert.deepEqual(listed, [...listed].sort(compareUtf8));
  const pages = server.requests.slice(mark).filter((q) => q.operation === 'ListFilesAndDirectories');
  assert.ok(pages.length >= 2, `${pages.length} listing page(s)`);
});

test('list of a missing share is exit 2 with advice', async () => {
  const r = await azcp(['list', `${server.url}/no-such-share`, '--job-dir', jobDir]);
  assert.equal(r.code, 2, r.stderr);
  assert.match(r.stderr, /share "no-such-share" does not exist/);
});

test('remove of a directory needs --recursive, then removes its files and the directories, deepest first', async () => {
  await putFiles(server, 'rm-dir', FILES);
  const refused = await azcp(['remove', `${server.url}/rm-dir/logs`, '--job-dir', jobDir]);
  assert.equal(refused.code, 2, refused.stderr);
  const r = await azcp(['remove', `${server.url}/rm-dir/logs`, '--recursive', '--job-dir', jobDir]);
  assert.equal(r.code, 0, r.stderr + r.stdout);
  assert.deepEqual(await names('rm-dir'), ['keep/me.txt', 'top.log']);
  assert.deepEqual(await listDirectories(server, 'rm-dir'), ['keep']);
});

test('remove with a filter keeps the directories that still hold files', async () => {
  await putFiles(server, 'rm-filter', FILES);
  const r = await azcp(['remove', `${server.url}/rm-filter`, '--recursive', '--include-pattern', '*.log', '--job-dir', jobDir]);
  assert.equal(r.code, 0, r.stderr + r.stdout);
  assert.deepEqual(await names('rm-filter'), ['keep/me.txt', 'logs/2024/b.txt']);
  assert.deepEqual(await listDirectories(server, 'rm-filter'), ['keep', 'logs', 'logs/2024']);
});

test('remove refuses more than --max-delete and removes nothing (exit 1)', async () => {
  await putFiles(server, 'rm-max', FILES);
  const r = await azcp(['remove', `${server.url}/rm-max`, '--recursive', '--max-delete', '2', '--job-dir', jobDir]);
  assert.equal(r.code, 1, r.stderr + r.stdout);
  assert.match(r.stderr + r.stdout, /refusing to remove 5 files/);
  assert.equal((await names('rm-max')).length, 5);
});

test('remove one file', async () => {
  await putFiles(server, 'rm-one', FILES);
  const r = await azcp(['remove', `${server.url}/rm-one/top.log`, '--job-dir', jobDir]);
  assert.equal(r.code, 0, r.stderr + r.stdout);
  assert.deepEqual(await names('rm-one'), ['keep/me.txt', 'logs/2024/a.log', 'logs/2024/b.txt', 'logs/2025/c.log']);
});

test('a share that vanished under a job stops it, as a vanished container does (job-wide failure)', () => {
  assert.equal(jobWideFailure({ statusCode: 404, details: { errorCode: 'ShareNotFound' } }), 'the share no longer exists');
});
