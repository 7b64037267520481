// A destination or job folder that cannot be made fails at once with exit 2,
// naming the path and the reason, before anything is transferred. Under
// /proc, mkdir answers ENOENT for a folder whose parent exists; a recursive
// mkdir then retried for ever at full CPU, and SIGTERM could not end it.
// These run the shipped bundle as a child with a hard kill after a timeout,
// so a hang fails the test instead of hanging the suite.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startAzurite } from '../scripts/azurite.mjs';
import { distEntry } from './helpers/azcp.ts';
import { tempDir, createContainer, putBlobs, type Azurite } from './helpers/trees.ts';

const linux = process.platform === 'linux' && existsSync('/proc/self');
let az: Azurite;
let work: string;

before(async () => {
  az = await startAzurite();
  await createContainer(az, 'src');
  await putBlobs(az, 'src', { 'a.txt': 'a', 'dir/b.txt': 'b' });
  work = tempDir('unwritable');
  writeFileSync(join(work, 'a-file'), 'in the way');
});
after(async () => {
  await az?.stop();
});

function run(args: string[]): { code: number | null; signal: NodeJS.Signals | null; stderr: string; ms: number } {
  const started = Date.now();
  const r = spawnSync(process.execPath, [distEntry, ...args], { encoding: 'utf8', timeout: 15_000, killSignal: 'SIGKILL', env: { ...process.env, AZCP_JOB_DIR: '' } });
  return { code: r.status, signal: r.signal, stderr: r.stderr, ms: Date.now() - started };
}

test('a --job-dir under /proc fails at once with exit 2, naming the folder and the reason', { skip: !linux && 'needs /proc' }, () => {
  const r = run(['copy', join(work, 'a-file'), `${az.serviceUrl}/src/up.txt`, '--job-dir', '/proc/azcp-x']);
  assert.equal(r.signal, null, `killed after ${r.ms} ms: the job folder's mkdir never settled`);
  assert.equal(r.code, 2, r.stderr);
  assert.match(r.stderr, /job folder cannot be created: cannot create the folder "\/proc\/azcp-x": .*\(ENOENT\)/);
  assert.match(r.stderr, /--job-dir/);
});

test('a download destination under /proc fails at once with exit 2, nothing transferred', { skip: !linux && 'needs /proc' }, () => {
  for (const [args, what] of [
    [['copy', `${az.serviceUrl}/src/a.txt`, '/proc/azcp-x/y'], 'one blob'],
    [['copy', `${az.serviceUrl}/src/*`, '/proc/azcp-x/y', '--recursive'], 'a folder of blobs'],
  ] as const) {
    const r = run([...args, '--job-dir', join(work, 'jobs')]);
    assert.equal(r.signal, null, `${what}: killed after ${r.ms} ms`);
    assert.equal(r.code, 2, `${what}: ${r.stderr}`);
    assert.match(r.stderr, /destination "\/proc\/azcp-x\/y" cannot be written: cannot create the folder "\/proc\/azcp-x"/, what);
  }
});

test('a file in the way of the job folder or the destination is exit 2 with the reason', () => {
  const jobs = run(['copy', `${az.serviceUrl}/src/*`, join(work, 'out'), '--recursive', '--job-dir', join(work, 'a-file', 'jobs')]);
  assert.equal(jobs.code, 2, jobs.stderr);
  assert.match(jobs.stderr, /job folder cannot be created: .*a-file.*(not a folder|ENOTDIR)/);

  const dest = run(['copy', `${az.serviceUrl}/src/*`, join(work, 'a-file', 'out'), '--recursive', '--job-dir', join(work, 'jobs')]);
  assert.equal(dest.code, 2, dest.stderr);
  assert.match(dest.stderr, /cannot be written: .*a-file.*(not a folder|ENOTDIR)/);
});
