// startNow (src/engine/started.ts): the reconciliation's source listing is
// asked for while the last transfers run. What it must keep: the same items
// in the same order, the listing's error thrown to the reader (and never as
// an unhandled rejection when nobody reads it), and an unread listing
// released.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setImmediate as tick } from 'node:timers/promises';
import { startNow } from '../src/engine/started.ts';

test('the first item is asked for at once; reading yields every item in order, once', async () => {
  let asked = 0;
  async function* listing() {
    for (const name of ['a', 'b', 'c']) {
      asked++;
      yield name;
    }
  }
  const started = startNow(listing());
  await tick();
  assert.equal(asked, 1, 'the first item is asked for before anyone reads');
  const got: string[] = [];
  for await (const n of started) got.push(n);
  assert.deepEqual(got, ['a', 'b', 'c']);
  assert.throws(() => started[Symbol.asyncIterator](), /one reader/);
});

test("a listing that fails: its error reaches the reader; unread, it is no unhandled rejection", async () => {
  async function* failing(): AsyncGenerator<string> {
    throw new Error('403 AuthorizationFailure');
  }
  const unhandled: unknown[] = [];
  const onUnhandled = (e: unknown) => unhandled.push(e);
  process.on('unhandledRejection', onUnhandled);
  try {
    const read = startNow(failing());
    const unread = startNow(failing());
    await tick();
    await tick();
    await assert.rejects(async () => {
      for await (const _ of read);
    }, /403 AuthorizationFailure/);
    await unread.close();
    await tick();
    assert.deepEqual(unhandled, []);
  } finally {
    process.off('unhandledRejection', onUnhandled);
  }
});

test('an unread listing is released by close(): the listing itself is told to stop', async () => {
  let released = false;
  let pulled = 0;
  async function* listing() {
    try {
      for (let i = 0; ; i++) {
        pulled++;
        yield i;
      }
    } finally {
      released = true;
    }
  }
  const started = startNow(listing());
  await started.close();
  assert.equal(released, true);
  assert.equal(pulled, 1, 'nothing beyond the first item was asked for');
});

// A local source's walk reads ahead while the destination's first page is on
// its way (src/job/sides.ts): bounded, and nothing lost or reordered.
test('readAhead: up to that many items are read before anyone reads, no more; then all of them in order, the rest straight through', async () => {
  let asked = 0;
  async function* listing() {
    for (let i = 0; i < 10; i++) {
      asked++;
      yield i;
    }
  }
  const started = startNow(listing(), { readAhead: 4 });
  for (let i = 0; i < 20; i++) await tick();
  assert.equal(asked, 4, 'the read-ahead stops at its bound');
  const got: number[] = [];
  for await (const n of started) got.push(n);
  assert.deepEqual(got, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
});

test('readAhead: an error after some items reaches the reader after those items; answered() is the first item, not the error', async () => {
  async function* listing() {
    yield 'a';
    yield 'b';
    throw new Error('folder vanished');
  }
  const started = startNow(listing(), { readAhead: 10 });
  await started.answered();
  const got: string[] = [];
  await assert.rejects(async () => {
    for await (const n of started) got.push(n);
  }, /folder vanished/);
  assert.deepEqual(got, ['a', 'b']);
  // A first answer that is an error is answered()'s rejection.
  async function* denied(): AsyncGenerator<string> {
    throw new Error('403 AuthorizationFailure');
  }
  await assert.rejects(startNow(denied()).answered(), /403 AuthorizationFailure/);
});

test('readAhead: a reader that starts mid-way gets every item once, and one that stops early releases the listing', async () => {
  let released = false;
  async function* listing() {
    try {
      for (let i = 0; i < 1000; i++) {
        yield i;
        if (i % 7 === 0) await tick();
      }
    } finally {
      released = true;
    }
  }
  const started = startNow(listing(), { readAhead: 500 });
  await tick();
  const got: number[] = [];
  for await (const n of started) {
    got.push(n);
    if (got.length === 600) break;
  }
  assert.deepEqual(got, Array.from({ length: 600 }, (_, i) => i));
  assert.equal(released, true);
});
