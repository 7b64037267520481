// A local directory walk and a blob listing must put names in the same order,
// or the merge join pairs the wrong names. The truth is the byte order of the
// names' UTF-8 encoding (how Blob Storage lists), so every expectation here is
// computed with Buffer.compare rather than written down by hand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareUtf8 } from '../src/engine/order.ts';
import { seededRandom } from './helpers/trees.ts';

const byUtf8Bytes = (a: string, b: string) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
const sign = (n: number) => Math.sign(n);

test('separator characters sort by byte: a-b < a.b < a/b < a0 < aB < a_b < ab', () => {
  const expected = ['a-b', 'a.b', 'a/b', 'a0', 'aB', 'a_b', 'ab'];
  // The hand-written list is only trusted because the bytes agree with it.
  assert.deepEqual([...expected].sort(byUtf8Bytes), expected);
  const shuffled = ['ab', 'a/b', 'a_b', 'a0', 'a-b', 'aB', 'a.b'];
  assert.deepEqual([...shuffled].sort(compareUtf8), expected);
});

test('a file beside a folder of the same stem sorts before the folder contents: a-b before a/b', () => {
  // A naive walk that visits a folder, then its children, before moving on,
  // would produce a/b before a-b; a blob listing produces a-b first.
  assert.ok(compareUtf8('a-b', 'a/b') < 0);
  assert.ok(compareUtf8('dir/x', 'dir.txt') > 0);
  assert.ok(compareUtf8('dir', 'dir/x') < 0, 'a prefix sorts first');
});

test('code points above U+FFFF sort after U+E000–U+FFFF, as their UTF-8 bytes do (unlike JS string order)', () => {
  const astral = 'x\u{1F600}'; // surrogate pair D83D DE00; UTF-8 F0 9F 98 80
  for (const bmpHigh of ['x\uE000', 'x\uFFFD', 'x\uFFFF', 'x\uFF01']) {
    assert.ok(byUtf8Bytes(bmpHigh, astral) < 0, 'bytes say the BMP character comes first');
    assert.ok(bmpHigh > astral, 'plain JS comparison gets this case wrong, which is why compareUtf8 exists');
    assert.ok(compareUtf8(bmpHigh, astral) < 0);
    assert.ok(compareUtf8(astral, bmpHigh) > 0);
  }
  // Below the surrogate range JS order and byte order already agree.
  assert.ok(compareUtf8('x\uD7FF', astral) < 0);
  assert.equal(compareUtf8(astral, 'x\u{1F600}'), 0);
  assert.ok(compareUtf8('x\u{1F600}', 'x\u{1F601}') < 0);
  assert.ok(compareUtf8('x\u{10000}', 'x\u{10FFFF}') < 0);
});

/** Random well-formed names, weighted towards the characters where orders can disagree. */
function randomName(random: () => number): string {
  const pools: Array<() => number> = [
    () => 0x20 + Math.floor(random() * 0x5f), // printable ASCII, includes - . / 0 A _ a
    () => 0x80 + Math.floor(random() * 0x780), // two-byte UTF-8
    () => 0xe000 + Math.floor(random() * 0x2000), // U+E000–U+FFFF, the range that clashes with surrogates
    () => 0x0800 + Math.floor(random() * (0xd800 - 0x800)), // three-byte below surrogates
    () => 0x10000 + Math.floor(random() * 0x100000), // astral: a surrogate pair in JS
  ];
  const length = Math.floor(random() * 6);
  let s = '';
  for (let i = 0; i < length; i++) s += String.fromCodePoint(pools[Math.floor(random() * pools.length)]());
  return s;
}

test('compareUtf8 agrees with Buffer.compare of UTF-8 bytes on 5,000 random names (seeded)', () => {
  // Seeded, so a failure can be reproduced from its seed.
  const random = seededRandom(20260131);
  const names: string[] = [];
  for (let i = 0; i < 5000; i++) names.push(randomName(random));
  // Shared prefixes make the interesting comparisons happen past index 0.
  for (let i = 0; i < 1000; i++) names.push(names[i] + randomName(random));

  let disagreementsWithJs = 0;
  for (let i = 0; i < names.length; i++) {
    const a = names[i];
    const b = names[(i * 7919 + 1) % names.length];
    const expected = sign(byUtf8Bytes(a, b));
    assert.equal(sign(compareUtf8(a, b)), expected, `compareUtf8(${JSON.stringify(a)}, ${JSON.stringify(b)})`);
    if (sign(a < b ? -1 : a > b ? 1 : 0) !== expected) disagreementsWithJs++;
  }
  // Proves the sample exercises the surrogate case at all.
  assert.ok(disagreementsWithJs > 0, 'the random names should include cases plain JS order gets wrong');

  const sortedByBytes = [...names].sort(byUtf8Bytes);
  const sortedByCompare = [...names].sort(compareUtf8);
  assert.deepEqual(sortedByCompare, sortedByBytes);
});
