// The planner's join reads each side ahead of itself (src/engine/read-ahead.ts):
// while it waits for one side (a listing page on its way), the other keeps
// being read (the local walk), up to a bound, without changing what either
// side yields, where an error surfaces, or that a stopped side is released.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readAhead } from '../src/engine/read-ahead.ts';
import { mergeJoin, READ_AHEAD } from '../src/engine/diff.ts';
import type { Entry } from '../src/engine/types.ts';

const tick = () => new Promise((r) => setImmediate(r));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A source of n names that counts how many were pulled and whether it was released. */
function counted(n: number, opts: { failAt?: number; prefix?: string } = {}) {
  const state = { pulled: 0, released: false };
  async function* gen(): AsyncGenerator<Entry> {
    try {
      for (let i = 0; i < n; i++) {
        if (i === opts.failAt) throw new Error(`listing broke at ${i}`);
        state.pulled++;
        await tick();
        yield { name: `${opts.prefix ?? 'f'}${String(i).padStart(6, '0')}`, size: i, mtimeMs: 0 } as Entry;
      }
    } finally {
      state.released = true;
    }
  }
  return { state, iterable: gen() };
}

test('read ahead yields exactly the source, in order', async () => {
  const { iterable } = counted(3000);
  const got: string[] = [];
  for await (const e of readAhead(iterable, 100)) got.push(e.name);
  assert.equal(got.length, 3000);
  assert.deepEqual(got, [...got].sort());
  assert.equal(got[0], 'f000000');
  assert.equal(got[2999], 'f002999');
});

test('while the consumer waits, the source is read ahead, but never more than the bound', async () => {
  const { state, iterable } = counted(10_000);
  const it = readAhead(iterable, 250)[Symbol.asyncIterator]();
  await it.next();
  await sleep(100); // the consumer is busy elsewhere
  assert.ok(state.pulled >= 200, `read ahead while the consumer waited (pulled ${state.pulled})`);
  assert.ok(state.pulled <= 252, `at most the bound ahead (pulled ${state.pulled})`);
  await it.return!(undefined);
  assert.equal(state.released, true, 'stopping early releases the source');
});

test('an error arrives after the entries read before it', async () => {
  const { iterable } = counted(100, { failAt: 40 });
  const got: string[] = [];
  await assert.rejects(async () => {
    for await (const e of readAhead(iterable, 1000)) got.push(e.name);
  }, /listing broke at 40/);
  assert.equal(got.length, 40);
});

test('the join walks one side while the other side\'s first page is on its way', async () => {
  // The destination's first entry takes 200 ms (a listing page over a WAN);
  // the source is a fast local walk. Before, the join pulled one source
  // entry and then waited, so the walk started only when the page came.
  const local = counted(20_000, { prefix: 'a' });
  let pageArrivedAtPulled = -1;
  async function* slowListing(): AsyncGenerator<Entry> {
    await sleep(200);
    pageArrivedAtPulled = local.state.pulled;
    for (let i = 0; i < 10; i++) yield { name: `b${i}`, size: 1, mtimeMs: 0 } as Entry;
  }
  let pairs = 0;
  for await (const _ of mergeJoin(local.iterable, slowListing())) pairs++;
  assert.equal(pairs, 20_010);
  assert.ok(pageArrivedAtPulled >= Math.min(1000, READ_AHEAD), `the local side was read ahead while the page was on its way (${pageArrivedAtPulled} entries)`);
  assert.ok(pageArrivedAtPulled <= READ_AHEAD + 2, `but not beyond the bound (${pageArrivedAtPulled})`);
});
