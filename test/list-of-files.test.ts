// --list-of-files FILE|- (AzCopy's flag): only the listed relative paths (a
// file, or a folder with everything below it) are acted on, on both sides.
// The list is streamed and sorted in the job folder in runs, so its length
// does not decide memory; a short list against a container is served by one
// listing per listed path, a long one by the whole listing beside the list.
// The order stays strictly ascending by UTF-8 bytes ("a" < "a-b" < "a/x").
//
// Real: Azurite and local files; standard input through a child process
// (the sources run with tsx).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startAzurite } from '../scripts/azurite.mjs';
import { azcp, repoRoot } from './helpers/azcp.ts';
import { tempDir, writeTree, listContainer, putBlobs, hashTree, readJob, seededRandom, type Azurite } from './helpers/trees.ts';
import { keepListed, unionOfListings } from '../src/engine/listed.ts';
import { loadListOfFiles, LIST_RUN } from '../src/job/list-of-files.ts';
import type { Entry } from '../src/engine/types.ts';
import { Readable } from 'node:stream';
import { startFaultProxy } from './helpers/fault-proxy.ts';
import { DEV_ACCOUNT } from '../scripts/azurite.mjs';
import { jsonReport } from './helpers/json-lines.ts';

let az: Azurite;
let work: string;
let n = 0;

before(async () => {
  az = await startAzurite();
  work = tempDir('list-of-files');
});
after(async () => {
  await az?.stop();
});

const entry = (name: string): Entry => ({ name, size: 1, mtimeMs: 0 });
async function* from<T>(items: T[]): AsyncGenerator<T> {
  yield* items;
}
async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

// Blob order: '-' (2D) < '.' (2E) < '/' (2F) < '0' (30).
const LISTING = ['a', 'a-b', 'a-b/c', 'a.txt', 'a/x', 'a/y/z', 'a0', 'b/q', 'c'];

test('keepListed keeps a listed file, and a listed folder with everything below it, across UTF-8 order traps', async () => {
  const kept = (list: string[]) => collect(keepListed(from(LISTING.map(entry)), from(list))).then((es) => es.map((e) => e.name));
  assert.deepEqual(await kept(['a']), ['a', 'a/x', 'a/y/z']);
  assert.deepEqual(await kept(['a', 'a-b']), ['a', 'a-b', 'a-b/c', 'a/x', 'a/y/z']);
  assert.deepEqual(await kept(['a-b/c', 'a/y', 'c']), ['a-b/c', 'a/y/z', 'c']);
  assert.deepEqual(await kept(['nothing', 'zz']), []);
  // Names below a name prefix (copying folder `site` names its files site/…): the list is relative to it.
  const prefixed = await collect(keepListed(from(LISTING.map((x) => entry(`site/${x}`))), from(['a-b', 'c']), 'site/'));
  assert.deepEqual(prefixed.map((e) => e.name), ['site/a-b', 'site/a-b/c', 'site/c']);
});

test('unionOfListings: one listing per listed path, merged strictly ascending where they interleave', async () => {
  const under = (p: string) => from(LISTING.filter((x) => x.startsWith(p)).map(entry));
  const opened: string[] = [];
  const merged = await collect(unionOfListings(from(['a', 'a-b', 'a/y', 'c']), (p) => (opened.push(p), under(p))));
  const names = merged.map((e) => e.name);
  assert.deepEqual(names, [...new Set(names)].sort((x, y) => (Buffer.from(x) < Buffer.from(y) ? -1 : 1)), 'strictly ascending, each once');
  assert.deepEqual(opened, ['a', 'a-b', 'c'], 'a path under a listed folder is not listed again');
  assert.deepEqual(await collect(keepListed(from(merged), from(['a', 'a-b', 'a/y', 'c']))).then((es) => es.map((e) => e.name)), ['a', 'a-b', 'a-b/c', 'a/x', 'a/y/z', 'c']);
});

test('a list longer than one sorting run is sorted on disk, each path once, with one digest whatever its order', async () => {
  const dir = tempDir('list-runs');
  const count = LIST_RUN * 2 + 123;
  const names = Array.from({ length: count }, (_, i) => `d${i % 97}/f${i}.txt`);
  const random = seededRandom(7);
  const shuffled = [...names].sort(() => random() - 0.5);
  const text = (list: string[]) => list.map((x, i) => (i % 10 === 0 ? `./${x}\r` : x)).join('\n') + '\n\n' + list.slice(0, 50).join('\n');
  const a = await loadListOfFiles('-', join(dir), '--list-of-files', { stdin: Readable.from([text(shuffled)]) });
  const dir2 = join(dir, 'again');
  mkdirSync(dir2);
  writeFileSync(join(dir2, 'in.txt'), text(names));
  const b = await loadListOfFiles(join(dir2, 'in.txt'), dir2, '--list-of-files');
  assert.equal(a.count, count, 'duplicates, blank lines, ./ and CR dropped');
  assert.equal(a.digest, b.digest, 'one list, one digest, in any order');
  const sorted = await collect(a.paths());
  assert.deepEqual(sorted, [...names].sort((x, y) => Buffer.compare(Buffer.from(x), Buffer.from(y))));
});

function runWithStdin(args: string[], stdin: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'src', 'main.ts'), ...args], {
    cwd: repoRoot,
    env: { ...process.env, AZCP_HOST: 'cli' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  child.stdin.end(stdin);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

test('copy from a container with --list-of-files - (standard input): only the listed files and folders, each listed path listed on its own', async () => {
  const c = `lof${++n}`;
  // No name is both a file and a folder here (a download could not write both); the order traps stay.
  const blobs = ['a-b/c', 'a.txt', 'a/x', 'a/y/z', 'a0', 'b/q', 'c'];
  await putBlobs(az, c, Object.fromEntries(blobs.map((x) => [x, `body of ${x}`])));
  const out = join(work, `down${n}`);
  const jobDir = join(work, 'jobs');
  // A counting proxy (it forwards every request unchanged) records the prefix of every List Blobs request.
  const prefixes: string[] = [];
  const proxy = await startFaultProxy(az.port, DEV_ACCOUNT, (info) => {
    const q = new URL(info.url, 'http://x').searchParams;
    // (The preflight probe asks for one name: maxresults=1.)
    if (q.get('comp') === 'list' && q.get('maxresults') !== '1') prefixes.push(q.get('prefix') ?? '');
    return { kind: 'forward' };
  });
  let r;
  try {
    r = await runWithStdin(['copy', `${proxy.serviceUrl}/${c}/*`, out, '--recursive', '--list-of-files', '-', '--job-dir', jobDir, '--output-type', 'json'], 'a-b\na/y\n./c\nmissing.txt\na\n');
  } finally {
    await proxy.stop();
  }
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual([...hashTree(out).keys()].sort(), ['a-b/c', 'a/x', 'a/y/z', 'c'].sort());
  const report = jsonReport(r.stdout);
  assert.deepEqual(report.listOfFiles.paths, 5);
  assert.equal(report.reconciliation.ok, true);
  assert.equal(report.reconciliation.sourceCount, 4);
  const log = readJob(report.jobFolder).log;
  assert.match(log, /listing the source under each of the 5 listed path\(s\)/);
  // One listing per outermost listed path, for the plan and again for the reconciliation; never the whole container.
  assert.deepEqual([...new Set(prefixes)].sort(), ['a', 'a-b', 'c', 'missing.txt']);
  assert.ok(!prefixes.includes(''), 'no listing of the whole container');
  assert.equal(readFileSync(join(report.jobFolder, 'list-of-files.txt'), 'utf8'), 'a\na-b\na/y\nc\nmissing.txt\n', 'the sorted list is kept in the job folder');
});

test('sync with --list-of-files compares and deletes only within the listed paths', async () => {
  const c = `lof${++n}`;
  await putBlobs(az, c, { 'keep/outside.txt': 'not listed', 'site/gone.txt': 'listed, gone from the source', 'site/old/x.txt': 'under a listed folder' });
  const src = join(work, `src${n}`);
  writeTree(src, { 'site/a.txt': 'a', 'site/b.txt': 'b', 'other.txt': 'not listed' });
  const list = join(work, `list${n}.txt`);
  writeFileSync(list, 'site/a.txt\nsite/gone.txt\nsite/old\n');
  const r = await azcp(['sync', src, `${az.serviceUrl}/${c}`, '--delete-destination', 'true', '--max-delete', '100%', '--list-of-files', list, '--job-dir', join(work, 'jobs'), '--output-type', 'json']);
  assert.equal(r.code, 0, r.stderr);
  const report = jsonReport(r.stdout);
  assert.equal(report.counts.transferred, 1);
  assert.equal(report.counts.deleted, 2);
  assert.deepEqual((await listContainer(az, c)).map((b) => b.name).sort(), ['keep/outside.txt', 'site/a.txt']);
  assert.equal(report.reconciliation.ok, true);

  const missing = await azcp(['sync', src, `${az.serviceUrl}/${c}`, '--list-of-files', join(work, 'no-such-list.txt'), '--job-dir', join(work, 'jobs')]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /--list-of-files ".*no-such-list.txt" does not exist/);
});
