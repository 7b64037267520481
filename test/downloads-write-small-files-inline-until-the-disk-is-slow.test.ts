// A download puts its small files in place (write the body, set the time,
// rename over the target) on the main thread while the disk answers fast,
// and through the thread pool once a few calls have been slow, for the
// rest of the job (storage/disk.ts, storage/inline-calls.ts). Either way
// the files, their times and the errors are the same. The slowness is a
// stand-in clock: this machine's disk is fast, and a slow one cannot be
// made here. A real download through both paths runs in the transfer
// tests; this one checks the switch and the sameness.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { commitTempFile, DiskCalls } from '../src/storage/disk.ts';
import { SLOW_CALL_MS, SLOW_CALLS_TO_SWITCH } from '../src/storage/inline-calls.ts';
import { tempDir } from './helpers/temp.ts';

/** A clock that moves `stepMs` each time it is read: every timed call seems to take that long. */
function steppingClock(stepMs: number): () => number {
  let now = 0;
  return () => (now += stepMs);
}

const MTIME = Date.UTC(2024, 0, 2, 3, 4, 5, 600);

/** Writes `name` the way a download does, and reads back what is there. */
async function putInPlace(dir: string, calls: DiskCalls, name: string): Promise<{ text: string; mtimeMs: number }> {
  const temp = join(dir, `.${name}.azcp-tmp`);
  await calls.writeFile(temp, Buffer.from(`bytes of ${name}`), 'wx');
  await commitTempFile(temp, join(dir, name), MTIME, calls);
  return { text: readFileSync(join(dir, name), 'utf8'), mtimeMs: Math.round(statSync(join(dir, name)).mtimeMs) };
}

test('fast calls stay on the main thread; the file, its time and its name are the download\'s', async () => {
  const dir = tempDir('disk-calls-fast');
  const calls = new DiskCalls(steppingClock(SLOW_CALL_MS / 10));
  for (let i = 0; i < 20; i++) assert.deepEqual(await putInPlace(dir, calls, `f${i}.txt`), { text: `bytes of f${i}.txt`, mtimeMs: MTIME });
  assert.equal(calls.inline, true);
});

test(`after ${SLOW_CALLS_TO_SWITCH} slow calls the rest go through the thread pool, with the same results`, async () => {
  const dir = tempDir('disk-calls-slow');
  const calls = new DiskCalls(steppingClock(SLOW_CALL_MS * 2));
  // Each file is three calls (write, time, rename): the switch comes during the second file.
  assert.deepEqual(await putInPlace(dir, calls, 'one.txt'), { text: 'bytes of one.txt', mtimeMs: MTIME });
  assert.equal(calls.inline, true, `still inline after 3 slow calls (switch at ${SLOW_CALLS_TO_SWITCH})`);
  assert.deepEqual(await putInPlace(dir, calls, 'two.txt'), { text: 'bytes of two.txt', mtimeMs: MTIME });
  assert.equal(calls.inline, false, 'moved to the thread pool');
  assert.deepEqual(await putInPlace(dir, calls, 'three.txt'), { text: 'bytes of three.txt', mtimeMs: MTIME });
});

test('a failing call is the same error either way: an existing temp file (wx), a folder where the file goes', async () => {
  const dir = tempDir('disk-calls-errors');
  const fast = new DiskCalls();
  const slow = new DiskCalls(steppingClock(SLOW_CALL_MS * 2));
  for (let i = 0; i < SLOW_CALLS_TO_SWITCH; i++) await slow.utimes(dir, new Date(MTIME));
  assert.equal(slow.inline, false);
  for (const [n, calls] of [fast, slow].entries()) {
    const temp = join(dir, `t${n}`);
    writeFileSync(temp, 'left by an earlier try');
    await assert.rejects(calls.writeFile(temp, Buffer.from('x'), 'wx'), { code: 'EEXIST' });
    mkdirSync(join(dir, `target${n}`, 'inside'), { recursive: true });
    await assert.rejects(commitTempFile(temp, join(dir, `target${n}`), MTIME, calls), /a folder already exists where the file ".*target\d" should go/);
  }
});

test(`slow calls now and then (fewer than ${SLOW_CALLS_TO_SWITCH} in a row: a busy machine, not a slow disk) keep the calls inline`, async () => {
  const dir = tempDir('disk-calls-sporadic');
  // Each call reads the clock twice; this one makes calls take slow, slow, slow, fast, and again.
  const durations = [...Array(SLOW_CALLS_TO_SWITCH - 1).fill(SLOW_CALL_MS * 3), 0];
  let now = 0;
  let reads = 0;
  const calls = new DiskCalls(() => (reads++ % 2 === 0 ? now : (now += durations[(reads / 2 - 1) % durations.length])));
  for (let i = 0; i < 12; i++) await putInPlace(dir, calls, `s${i}.txt`);
  assert.equal(calls.inline, true, 'still on the main thread after 36 calls, three in four of them slow');
});
