// The local walk makes its file-system calls on the main thread while they
// are fast, and through the thread pool once a few have been slow (a
// network or cold disk, where blocking the main thread would stall every
// transfer). Both ways must walk alike. The slowness is a stand-in clock:
// this machine's disk is fast, and a slow file system cannot be made here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, symlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { walkLocal } from '../src/storage/local/walk.ts';
import { WalkCalls, SLOW_CALL_MS, SLOW_CALLS_TO_SWITCH } from '../src/storage/local/walk-calls.ts';

/** A clock that moves `stepMs` each time it is read: every timed call (read before and after) seems to take that long. */
function steppingClock(stepMs: number): () => number {
  let now = 0;
  return () => (now += stepMs);
}

function tree(t: { after: (fn: () => void) => void }): string {
  const root = mkdtempSync(join(tmpdir(), 'azcp-walk-calls-'));
  t.after(() => rmSync(root, { recursive: true, force: true }));
  for (const d of ['a', 'a/b', 'c']) mkdirSync(join(root, d));
  for (const f of ['top.txt', 'a/one', 'a/b/two', 'a/b/three', 'c/four', 'z']) writeFileSync(join(root, f), f);
  symlinkSync(join(root, 'gone'), join(root, 'a', 'broken'));
  return root;
}

async function walk(root: string, calls?: WalkCalls) {
  const names: string[] = [];
  const problems: string[] = [];
  for await (const e of walkLocal(root, '', { recursive: true, calls, onProblem: (p) => problems.push(p.path.slice(root.length + 1)) })) names.push(`${e.name}:${e.size}`);
  return { names, problems };
}

test('calls that stay fast keep the walk on the main thread', async (t) => {
  const root = tree(t);
  const calls = new WalkCalls(steppingClock(SLOW_CALL_MS / 10));
  for (let i = 0; i < 50; i++) await calls.lstat(root);
  assert.equal(calls.inline, true);
  assert.deepEqual(await walk(root, calls), await walk(root));
  assert.equal(calls.inline, true);
});

test(`after ${SLOW_CALLS_TO_SWITCH} slow calls the walk goes through the thread pool, and walks alike`, async (t) => {
  const root = tree(t);
  const inline = await walk(root);
  assert.deepEqual(inline.problems, ['a/broken'], 'the broken link is reported');

  const calls = new WalkCalls(steppingClock(SLOW_CALL_MS * 2));
  for (let i = 1; i < SLOW_CALLS_TO_SWITCH; i++) {
    await calls.lstat(root);
    assert.equal(calls.inline, true, `still inline after ${i} slow call(s)`);
  }
  await calls.lstat(root);
  assert.equal(calls.inline, false, 'moved to the thread pool');
  assert.deepEqual(await walk(root, calls), inline);

  // A walk that turns slow partway gives the same entries and problems too.
  const partway = new WalkCalls(steppingClock(SLOW_CALL_MS * 2));
  const result = await walk(root, partway);
  assert.equal(partway.inline, false);
  assert.deepEqual(result, inline);
});

test('a failing call is the same rejection either way', async (t) => {
  const root = tree(t);
  const fast = new WalkCalls();
  const slow = new WalkCalls(steppingClock(SLOW_CALL_MS * 2));
  for (let i = 0; i < SLOW_CALLS_TO_SWITCH; i++) await slow.lstat(root);
  for (const calls of [fast, slow]) {
    await assert.rejects(calls.lstat(join(root, 'missing')), { code: 'ENOENT' });
    await assert.rejects(calls.readdir(join(root, 'top.txt')), { code: 'ENOTDIR' });
    await assert.rejects(calls.stat(join(root, 'a', 'broken')), { code: 'ENOENT' });
  }
});
