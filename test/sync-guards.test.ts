// The guards that keep a sync from deleting by accident: an unreadable
// source folder, an empty source, too many deletions (count, percentage,
// default 50%). Each one fires with a clear message, exit 1, and deletes
// nothing. And a sync killed halfway (SIGKILL, the built bundle) completes
// on the next run to the same state as an uninterrupted one.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { startAzurite } from '../scripts/azurite.mjs';
import { azcp, distEntry } from './helpers/azcp.ts';
import { tempDir, writeTree, listContainer, createContainer, putBlobs, sha256Map, type Azurite } from './helpers/trees.ts';
import { jsonReport } from './helpers/json-lines.ts';

let az: Azurite;
let work: string;
let jobDir: string;
let n = 0;

before(async () => {
  az = await startAzurite();
  work = tempDir('guards');
  chmodSync(work, 0o755);
  jobDir = join(work, 'jobs');
});
after(async () => {
  await az?.stop();
});

const names = async (c: string) => (await listContainer(az, c)).map((b) => b.name).sort();

function run(args: string[], options: { uid?: number; gid?: number; env?: NodeJS.ProcessEnv } = {}) {
  const child = spawn(process.execPath, [distEntry, ...args], {
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    uid: options.uid,
    gid: options.gid,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, done };
}

test('an unreadable source folder: no deletions, exit 1, a message naming the folder', async (t) => {
  if (!existsSync(distEntry)) return t.skip('dist/index.js is not built (npm run build)');
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) {
    return t.skip('needs root to start the CLI as user "nobody" (and as non-root, chmod 000 alone would do; not covered here)');
  }
  // As root, chmod 000 does not stop reads; the CLI runs as "nobody", for
  // whom the locked folder really cannot be listed.
  const c = `guard${++n}`;
  await putBlobs(az, c, { 'ok.txt': 'ok', 'locked/secret.txt': 'secret', 'locked/deeper/x.txt': 'x', 'extra.txt': 'extra' });
  const src = join(work, 'unreadable');
  writeTree(src, { 'ok.txt': 'ok', 'locked/secret.txt': 'secret', 'locked/deeper/x.txt': 'x' });
  chmodSync(src, 0o755);
  chmodSync(join(src, 'locked'), 0o000);
  const jobs = join(work, 'jobs-nobody');
  mkdirSync(jobs, { mode: 0o777 });
  chmodSync(jobs, 0o777);
  const { done } = run(['sync', src, `${az.serviceUrl}/${c}`, '--delete-destination', 'true', '--max-delete', '100%', '--job-dir', jobs], {
    uid: 65534,
    gid: 65534,
    env: { HOME: jobs },
  });
  const r = await done;
  // A copy (nothing to delete) from the same source: what the locked folder
  // holds was not copied, so the job must not end Completed either.
  const copyContainer = `guard${++n}`;
  await putBlobs(az, copyContainer, {});
  const copy = await run(['copy', `${src}/*`, `${az.serviceUrl}/${copyContainer}`, '--recursive', '--job-dir', jobs, '--output-type', 'json'], {
    uid: 65534,
    gid: 65534,
    env: { HOME: jobs },
  }).done;
  chmodSync(join(src, 'locked'), 0o755);
  assert.equal(r.code, 1, r.stderr + r.stdout);
  assert.match(r.stderr + r.stdout, /could not be read/);
  assert.match(r.stderr + r.stdout, /locked/);
  assert.deepEqual(await names(c), ['extra.txt', 'locked/deeper/x.txt', 'locked/secret.txt', 'ok.txt'], 'nothing was deleted');

  assert.equal(copy.code, 1, copy.stderr + copy.stdout);
  const report = jsonReport(copy.stdout);
  assert.equal(report.status, 'CompletedWithErrors');
  assert.match(report.message, /1 source path\(s\) could not be read, so what they hold was not copied/);
  // Reported once, though the reconciliation lists the source a second time.
  assert.equal(report.warnings.filter((w: string) => /could not read .*locked/.test(w)).length, 1, report.warnings.join('\n'));
  assert.deepEqual(await names(copyContainer), ['ok.txt']);
});

test('an empty source is refused unless --allow-empty-source; even then --max-delete applies', async () => {
  const c = `guard${++n}`;
  await putBlobs(az, c, { 'a.txt': 'a', 'b.txt': 'b', 'c/d.txt': 'd' });
  const empty = join(work, 'empty');
  mkdirSync(empty);
  const url = `${az.serviceUrl}/${c}`;
  const refused = await azcp(['sync', empty, url, '--delete-destination', 'true', '--job-dir', jobDir]);
  assert.equal(refused.code, 1, refused.stderr + refused.stdout);
  assert.match(refused.stderr, /no files in scope/);
  assert.match(refused.stderr, /--allow-empty-source/);
  assert.equal((await names(c)).length, 3);

  const tooMany = await azcp(['sync', empty, url, '--delete-destination', 'true', '--allow-empty-source', '--job-dir', jobDir]);
  assert.equal(tooMany.code, 1, tooMany.stderr + tooMany.stdout);
  assert.match(tooMany.stderr, /refusing to delete 3 of 3 destination objects \(100\.0%\).*--max-delete 50%/);
  assert.equal((await names(c)).length, 3);

  const allowed = await azcp(['sync', empty, url, '--delete-destination', 'true', '--allow-empty-source', '--max-delete', '100%', '--job-dir', jobDir]);
  assert.equal(allowed.code, 0, allowed.stderr + allowed.stdout);
  assert.deepEqual(await names(c), []);
});

test('an empty blob source does not empty the local folder', async () => {
  const c = `guard${++n}`;
  await createContainer(az, c);
  const dest = join(work, 'local-kept');
  writeTree(dest, { 'precious.txt': 'keep me', 'sub/also.txt': 'me too' });
  const r = await azcp(['sync', `${az.serviceUrl}/${c}`, dest, '--delete-destination', 'true', '--max-delete', '100%', '--job-dir', jobDir]);
  assert.equal(r.code, 1, r.stderr + r.stdout);
  assert.match(r.stderr, /--allow-empty-source/);
  assert.deepEqual(Object.keys(sha256Map(dest)).sort(), ['precious.txt', 'sub/also.txt']);
});

test('--max-delete: the default 50%, a count, a percentage', async () => {
  const c = `guard${++n}`;
  const src = join(work, 'maxdel');
  const files = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`f${i}.txt`, `file ${i}`]));
  writeTree(src, files);
  const url = `${az.serviceUrl}/${c}`;
  await createContainer(az, c);
  assert.equal((await azcp(['sync', src, url, '--job-dir', jobDir])).code, 0);
  for (let i = 0; i < 6; i++) rmSync(join(src, `f${i}.txt`));

  const byDefault = await azcp(['sync', src, url, '--delete-destination', 'true', '--job-dir', jobDir]);
  assert.equal(byDefault.code, 1);
  assert.match(byDefault.stderr, /refusing to delete 6 of 10 destination objects \(60\.0%\): more than --max-delete 50% allows \(5\); nothing was deleted/);
  assert.equal((await names(c)).length, 10);

  const byCount = await azcp(['sync', src, url, '--delete-destination', 'true', '--max-delete', '5', '--job-dir', jobDir]);
  assert.equal(byCount.code, 1);
  assert.match(byCount.stderr, /more than --max-delete 5 allows/);
  assert.equal((await names(c)).length, 10);

  const byPercent = await azcp(['sync', src, url, '--delete-destination', 'true', '--max-delete', '59%', '--job-dir', jobDir]);
  assert.equal(byPercent.code, 1);
  assert.equal((await names(c)).length, 10);

  const ok = await azcp(['sync', src, url, '--delete-destination', 'true', '--max-delete', '60%', '--job-dir', jobDir, '--output-type', 'json']);
  assert.equal(ok.code, 0, ok.stderr);
  assert.equal(jsonReport(ok.stdout).counts.deleted, 6);
  assert.deepEqual(await names(c), ['f6.txt', 'f7.txt', 'f8.txt', 'f9.txt']);
});

test('a sync killed halfway (SIGKILL) completes on the next run, same final state as an uninterrupted one', async (t) => {
  if (!existsSync(distEntry)) return t.skip('dist/index.js is not built (npm run build)');
  const src = join(work, 'many');
  const count = 400;
  writeTree(src, Object.fromEntries(Array.from({ length: count }, (_, i) => [`d${i % 7}/file-${String(i).padStart(4, '0')}.txt`, `content ${i} `.repeat(40)])));
  await createContainer(az, 'killed');
  await createContainer(az, 'whole');
  // A stale blob that the sync must delete, in both containers.
  await putBlobs(az, 'killed', { 'stale.txt': 'old' });
  await putBlobs(az, 'whole', { 'stale.txt': 'old' });

  const { child, done } = run(['sync', src, `${az.serviceUrl}/killed`, '--concurrency', '1', '--delete-destination', 'true', '--max-delete', '1', '--job-dir', jobDir]);
  let landed = 0;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline && child.exitCode === null) {
    landed = (await listContainer(az, 'killed')).length - 1;
    if (landed >= 40) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill('SIGKILL');
  const killed = await done;
  assert.equal(killed.signal, 'SIGKILL', `the run had already ended: ${killed.stderr}`);
  const afterKill = await names('killed');
  assert.ok(afterKill.length - 1 < count, `the kill came before the end (${afterKill.length - 1} of ${count} landed)`);
  t.diagnostic(`killed after ${afterKill.length - 1} of ${count} blobs had landed`);
  assert.ok(afterKill.includes('stale.txt'), 'no deletion happened before the transfers finished');

  const resumed = await azcp(['sync', src, `${az.serviceUrl}/killed`, '--delete-destination', 'true', '--max-delete', '1', '--job-dir', jobDir, '--output-type', 'json']);
  assert.equal(resumed.code, 0, resumed.stderr);
  const report = jsonReport(resumed.stdout);
  assert.equal(report.counts.transferred, count - (afterKill.length - 1), 'only what was missing is sent again');
  assert.equal(report.counts.deleted, 1);

  const whole = await azcp(['sync', src, `${az.serviceUrl}/whole`, '--delete-destination', 'true', '--max-delete', '1', '--job-dir', jobDir]);
  assert.equal(whole.code, 0, whole.stderr);
  const a = (await listContainer(az, 'killed')).map((b) => [b.name, b.size, b.md5, b.metadata.mtime]);
  const b = (await listContainer(az, 'whole')).map((b) => [b.name, b.size, b.md5, b.metadata.mtime]);
  assert.equal(a.length, count);
  assert.deepEqual(a, b);
});
