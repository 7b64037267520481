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
